using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Polity.Engine.Sql;
using Polity.Ledger;

namespace Polity.Engine.Storage;

/// <summary>
/// The embedded default: one SQLite file in WAL mode. Appends run in an immediate transaction that first
/// checks the head, so two writers on one file never fork the log; a crash mid-append leaves the last
/// committed transaction intact.
/// </summary>
public sealed class SqliteEventStore : IEventStore
{
    private readonly SqliteConnection _connection;

    private SqliteEventStore(SqliteConnection connection) => _connection = connection;

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

    /// <inheritdoc />
    public async Task<LogHead> HeadAsync(CancellationToken ct = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new LogHead(reader.GetInt64(0), reader.GetString(1))
            : new LogHead(0, EventEnvelope.GenesisPrev);
    }

    /// <inheritdoc />
    public async Task AppendAsync(IReadOnlyList<StoredEvent> entries, long expectedHead, CancellationToken ct = default)
    {
        if (entries.Count == 0)
        {
            return;
        }
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        await using (var check = _connection.CreateCommand())
        {
            check.Transaction = transaction;
            check.CommandText = "SELECT coalesce(max(seq), 0) FROM events";
            var head = (long)(await check.ExecuteScalarAsync(ct))!;
            if (head != expectedHead)
            {
                throw new ConcurrencyException($"the log ends at {head}, not {expectedHead}: another writer appended first");
            }
        }
        await using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO events (seq, type, hash, body) VALUES ($seq, $type, $hash, $body)";
        var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
        var type = insert.Parameters.Add("$type", SqliteType.Text);
        var hash = insert.Parameters.Add("$hash", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        insert.Prepare();
        var expected = expectedHead + 1;
        foreach (var entry in entries)
        {
            if (entry.Seq != expected++)
            {
                throw new ArgumentException($"entries must be consecutive from {expectedHead + 1}", nameof(entries));
            }
            seq.Value = entry.Seq;
            type.Value = entry.Type;
            hash.Value = entry.Hash;
            body.Value = System.Text.Encoding.UTF8.GetString(entry.Body);
            await insert.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredEvent> ReadAsync(long fromSeq = 1, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT seq, type, hash, body FROM events WHERE seq >= $from ORDER BY seq";
        command.Parameters.AddWithValue("$from", fromSeq);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new StoredEvent(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<byte[]>(3));
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
    }
}
