using System.Data.Common;
using System.Runtime.CompilerServices;
using Polity.Ledger;

namespace Polity.Engine.Storage;

/// <summary>
/// The one event store over <see cref="DbConnection"/>: head, optimistic append and ordered reads, written once.
/// Each database supplies its SQL (from embedded scripts), how a writer takes the log's write lock, and how
/// the canonical bytes travel in and out of its body column.
/// </summary>
/// <remarks>
/// An append runs in one transaction: take the database's writer lock, read the last seq, refuse with
/// <see cref="ConcurrencyException"/> unless it is the caller's expected head, insert, commit. The lock makes
/// check-then-insert atomic across processes, so writers never fork the log or leave a gap, and a crash
/// before commit leaves nothing behind. The primary key on seq is a second line: a writer that skipped the
/// lock still cannot write a seq twice.
/// </remarks>
public abstract class SqlEventStore : IEventStore
{
    /// <summary>The statements this store runs, each naming the table as the database needs.</summary>
    /// <param name="Head">Selects (seq, hash) of the last entry, or no row.</param>
    /// <param name="LastSeq">Selects the last seq, 0 when empty (run under the writer lock).</param>
    /// <param name="Insert">Inserts one entry from parameters p_seq, p_type, p_hash, p_body.</param>
    /// <param name="Read">Selects (seq, type, hash, body) from parameter p_from on, in seq order.</param>
    protected sealed record Statements(string Head, string LastSeq, string Insert, string Read);

    private readonly Statements _sql;

    /// <summary>Creates the store with its statements.</summary>
    protected SqlEventStore(Statements sql) => _sql = sql;

    /// <summary>The statements this store runs.</summary>
    protected Statements Sql => _sql;

    /// <summary>A connection to run one operation on; give it back with <see cref="ReturnAsync"/>.</summary>
    protected abstract ValueTask<DbConnection> RentAsync(CancellationToken ct);

    /// <summary>Gives back a connection from <see cref="RentAsync"/>.</summary>
    protected abstract ValueTask ReturnAsync(DbConnection connection);

    /// <summary>Begins the append transaction holding the log's writer lock until commit or rollback.</summary>
    protected abstract Task<DbTransaction> BeginAppendAsync(DbConnection connection, CancellationToken ct);

    /// <summary>The body column's value for canonical bytes.</summary>
    protected abstract object BodyValue(byte[] body);

    /// <summary>True when a failed statement means another writer got there first (a duplicate seq).</summary>
    protected virtual bool IsConflict(DbException exception) => false;

    /// <summary>Inserts the entries, already checked to run consecutively from the head; one statement each by default.</summary>
    protected virtual async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StoredEvent> entries, CancellationToken ct)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = _sql.Insert;
        var seq = Parameter(insert, "p_seq");
        var type = Parameter(insert, "p_type");
        var hash = Parameter(insert, "p_hash");
        var body = Parameter(insert, "p_body");
        foreach (var entry in entries)
        {
            seq.Value = entry.Seq;
            type.Value = entry.Type;
            hash.Value = entry.Hash;
            body.Value = BodyValue(entry.Body);
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    /// <inheritdoc />
    public async Task<LogHead> HeadAsync(CancellationToken ct = default)
    {
        var connection = await RentAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = _sql.Head;
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct)
                ? new LogHead(reader.GetInt64(0), reader.GetString(1))
                : new LogHead(0, EventEnvelope.GenesisPrev);
        }
        finally
        {
            await ReturnAsync(connection);
        }
    }

    /// <inheritdoc />
    public async Task AppendAsync(IReadOnlyList<StoredEvent> entries, long expectedHead, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Seq != expectedHead + 1 + i)
            {
                throw new ArgumentException($"entries must be consecutive from {expectedHead + 1}", nameof(entries));
            }
        }
        var connection = await RentAsync(ct);
        try
        {
            await using var transaction = await BeginAppendAsync(connection, ct);
            await using (var check = connection.CreateCommand())
            {
                check.Transaction = transaction;
                check.CommandText = _sql.LastSeq;
                var head = Convert.ToInt64(await check.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
                if (head != expectedHead)
                {
                    throw new ConcurrencyException($"the log ends at {head}, not {expectedHead}: another writer appended first");
                }
            }
            await InsertAsync(connection, transaction, entries, ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbException ex) when (IsConflict(ex))
        {
            throw new ConcurrencyException($"seq {entries[0].Seq} was taken by another writer", ex);
        }
        finally
        {
            await ReturnAsync(connection);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredEvent> ReadAsync(long fromSeq = 1, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var connection = await RentAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = _sql.Read;
            Parameter(command, "p_from").Value = fromSeq;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                yield return new StoredEvent(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<byte[]>(3));
            }
        }
        finally
        {
            await ReturnAsync(connection);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore();
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the store's connections.</summary>
    protected abstract ValueTask DisposeAsyncCore();

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
