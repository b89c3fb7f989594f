using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Polity.Engine.Sql;

namespace Polity.Engine.Storage;

/// <summary>
/// The embedded default: one SQLite file in WAL mode. Appends run in an immediate transaction (SQLite's
/// database-wide writer lock, waited for up to the busy timeout) that first checks the head, so several
/// writers on one file, in one process or many, never fork the log; a crash mid-append leaves the last
/// committed transaction intact.
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private static readonly Statements SqliteSql = new(
        Head: "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1",
        LastSeq: "SELECT coalesce(max(seq), 0) FROM events",
        Insert: "INSERT INTO events (seq, type, hash, body) VALUES ($p_seq, $p_type, $p_hash, $p_body)",
        Read: "SELECT seq, type, hash, body FROM events WHERE seq >= $p_from ORDER BY seq");

    private readonly SqliteConnection _connection;

    private SqliteEventStore(SqliteConnection connection) : base(SqliteSql) => _connection = connection;

    /// <summary>The file path.</summary>
    public required string Path { get; init; }

    /// <summary>Opens (creating if needed) the log at <paramref name="path"/>.</summary>
    public static async Task<SqliteEventStore> OpenAsync(string path, CancellationToken ct = default)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(ct);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA busy_timeout = 10000;" + SqlScripts.Read("Sqlite/schema.sql");
            await command.ExecuteNonQueryAsync(ct);
        }
        return new SqliteEventStore(connection) { Path = path };
    }

    /// <summary>
    /// Opens an existing log at <paramref name="path"/> for reading only: no schema script runs and SQLite
    /// refuses any write, so readers such as <c>polity simulate</c> leave the file's bytes as they were.
    /// </summary>
    public static async Task<SqliteEventStore> OpenReadOnlyAsync(string path, CancellationToken ct = default)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(ct);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA busy_timeout = 10000;";
            await command.ExecuteNonQueryAsync(ct);
        }
        return new SqliteEventStore(connection) { Path = path };
    }

    // One connection for the store's life, as before: SQLite has no server to pool against, and the
    // connection's prepared statements are reused.
    /// <inheritdoc />
    protected override ValueTask<DbConnection> RentAsync(CancellationToken ct) => ValueTask.FromResult<DbConnection>(_connection);

    /// <inheritdoc />
    protected override ValueTask ReturnAsync(DbConnection connection) => ValueTask.CompletedTask;

    /// <inheritdoc />
    /// <remarks>Serializable is Microsoft.Data.Sqlite's BEGIN IMMEDIATE: the write lock is taken before the head is read.</remarks>
    protected override async Task<DbTransaction> BeginAppendAsync(DbConnection connection, CancellationToken ct) =>
        await connection.BeginTransactionAsync(IsolationLevel.Serializable, ct);

    /// <inheritdoc />
    protected override object BodyValue(byte[] body) => System.Text.Encoding.UTF8.GetString(body);

    /// <inheritdoc />
    protected override ValueTask DisposeAsyncCore() => _connection.DisposeAsync();
}
