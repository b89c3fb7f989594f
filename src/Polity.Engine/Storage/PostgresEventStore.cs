using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Polity.Engine.Sql;

namespace Polity.Engine.Storage;

/// <summary>
/// The log in a PostgreSQL schema, for several writer processes or machines on one database. Appends take a
/// transaction-level advisory lock named after the schema, then check the head and insert, so concurrent
/// writers queue rather than fork; the lock is released by commit or rollback, including when the writer's
/// connection dies.
/// </summary>
public sealed class PostgresEventStore : SqlEventStore
{
    /// <summary>The schema used when none is named.</summary>
    public const string DefaultSchema = "polity";

    private readonly NpgsqlDataSource _dataSource;
    private readonly long _lockKey;

    private PostgresEventStore(NpgsqlDataSource dataSource, string schema, Statements sql, long lockKey) : base(sql)
    {
        _dataSource = dataSource;
        Schema = schema;
        _lockKey = lockKey;
    }

    /// <summary>The schema holding this log's tables.</summary>
    public string Schema { get; }

    /// <summary>Opens (creating the schema and tables if needed) the log in <paramref name="schema"/>.</summary>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=…;Username=…;Database=…</c>).</param>
    /// <param name="schema">The schema: one log per schema.</param>
    /// <param name="ct">Cancels opening.</param>
    public static async Task<PostgresEventStore> OpenAsync(string connectionString, string schema = DefaultSchema, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(schema);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            var quoted = "\"" + schema.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            var table = quoted + ".events";
            var sql = new Statements(
                Head: $"SELECT seq, hash FROM {table} ORDER BY seq DESC LIMIT 1",
                LastSeq: $"SELECT coalesce(max(seq), 0) FROM {table}",
                Insert: $"INSERT INTO {table} (seq, type, hash, body) SELECT * FROM unnest(@p_seq, @p_type, @p_hash, @p_body)",
                Read: $"SELECT seq, type, hash, body FROM {table} WHERE seq >= @p_from ORDER BY seq");
            var store = new PostgresEventStore(dataSource, schema, sql, LockKey(schema));
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            await using var transaction = await store.BeginAppendAsync(connection, ct);
            await using (var create = connection.CreateCommand())
            {
                create.Transaction = (NpgsqlTransaction)transaction;
                create.CommandText = SqlScripts.Read("Postgres/schema.sql").Replace("{schema}", quoted, StringComparison.Ordinal);
                await create.ExecuteNonQueryAsync(ct);
            }
            await transaction.CommitAsync(ct);
            return store;
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    protected override async ValueTask<DbConnection> RentAsync(CancellationToken ct) => await _dataSource.OpenConnectionAsync(ct);

    /// <inheritdoc />
    protected override ValueTask ReturnAsync(DbConnection connection) => connection.DisposeAsync();

    /// <inheritdoc />
    /// <remarks>
    /// Read committed is enough: the head is read by a statement that starts after the lock is granted, so it
    /// sees every append committed by the previous holder.
    /// </remarks>
    protected override async Task<DbTransaction> BeginAppendAsync(DbConnection connection, CancellationToken ct)
    {
        var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, ct);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(@p_key)";
        command.Parameters.Add(new NpgsqlParameter<long>("p_key", _lockKey));
        await command.ExecuteNonQueryAsync(ct);
        return transaction;
    }

    /// <inheritdoc />
    /// <remarks>One statement for the whole batch: the columns travel as four arrays.</remarks>
    protected override async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StoredEvent> entries, CancellationToken ct)
    {
        await using var insert = (NpgsqlCommand)connection.CreateCommand();
        insert.Transaction = (NpgsqlTransaction)transaction;
        insert.CommandText = Sql.Insert;
        insert.Parameters.Add(new NpgsqlParameter<long[]>("p_seq", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = [.. entries.Select(e => e.Seq)] });
        insert.Parameters.Add(new NpgsqlParameter<string[]>("p_type", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. entries.Select(e => e.Type)] });
        insert.Parameters.Add(new NpgsqlParameter<string[]>("p_hash", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. entries.Select(e => e.Hash)] });
        insert.Parameters.Add(new NpgsqlParameter<byte[][]>("p_body", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { TypedValue = [.. entries.Select(e => e.Body)] });
        await insert.ExecuteNonQueryAsync(ct);
    }

    /// <inheritdoc />
    protected override object BodyValue(byte[] body) => body;

    /// <inheritdoc />
    protected override bool IsConflict(DbException exception) => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <inheritdoc />
    protected override ValueTask DisposeAsyncCore() => _dataSource.DisposeAsync();

    /// <summary>The advisory lock key for a schema's log: the first 8 bytes of SHA-256 over a fixed prefix and the name.</summary>
    private static long LockKey(string schema) =>
        BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("polity-log:" + schema)), 0);
}
