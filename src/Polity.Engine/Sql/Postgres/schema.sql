-- Polity event log, PostgreSQL. Append-only: rows are inserted, never updated.
-- {schema} is replaced by the quoted schema name; the script runs in one transaction under the log's
-- advisory lock, so several processes opening a new log at once do not race on CREATE.
-- body holds the entry's exact canonical bytes (bytea, not jsonb, which would reorder keys and
-- re-space numbers; not text, so no client or server encoding can touch them). Read it as text with
-- convert_from(body, 'UTF8').
CREATE SCHEMA IF NOT EXISTS {schema};
CREATE TABLE IF NOT EXISTS {schema}.events (
    seq  bigint PRIMARY KEY CHECK (seq > 0),
    type text   NOT NULL,
    hash text   NOT NULL,
    body bytea  NOT NULL
);
CREATE TABLE IF NOT EXISTS {schema}.meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO {schema}.meta (key, value) VALUES ('format', 'polity-log/1') ON CONFLICT (key) DO NOTHING;
