-- Polity event log, SQLite. Append-only: rows are inserted, never updated.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS events (
    seq  INTEGER PRIMARY KEY,
    type TEXT    NOT NULL,
    hash TEXT    NOT NULL,
    body TEXT    NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
INSERT OR IGNORE INTO meta (key, value) VALUES ('format', 'polity-log/1');
