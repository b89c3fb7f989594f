using Polity.Ledger;

namespace Polity.Engine.Storage;

/// <summary>An append-only store of log entries. Implementations: SQLite (embedded default) and PostgreSQL, over one <see cref="SqlEventStore"/>; open either with <see cref="EventStores.OpenAsync"/>.</summary>
public interface IEventStore : IAsyncDisposable
{
    /// <summary>The last entry's seq and hash; seq 0 when the log is empty.</summary>
    Task<LogHead> HeadAsync(CancellationToken ct = default);

    /// <summary>
    /// Appends entries atomically if the log still ends at <paramref name="expectedHead"/>; all or none are written.
    /// </summary>
    /// <exception cref="ConcurrencyException">Another writer appended first.</exception>
    Task AppendAsync(IReadOnlyList<StoredEvent> entries, long expectedHead, CancellationToken ct = default);

    /// <summary>Entries from <paramref name="fromSeq"/> on, in order.</summary>
    IAsyncEnumerable<StoredEvent> ReadAsync(long fromSeq = 1, CancellationToken ct = default);
}

/// <summary>One stored log entry: its canonical bytes and, for convenience, its type and hash.</summary>
/// <param name="Seq">Position from 1.</param>
/// <param name="Type">Event wire name.</param>
/// <param name="Hash">Lowercase hex SHA-256 of <paramref name="Body"/>.</param>
/// <param name="Body">RFC 8785 canonical JSON of the signed envelope.</param>
public sealed record StoredEvent(long Seq, string Type, string Hash, byte[] Body)
{
    /// <summary>The entry for an envelope: its canonical bytes and their SHA-256 (what the next entry's prev names).</summary>
    /// <param name="envelope">The signed envelope, with its seq and prev already set.</param>
    /// <returns>The entry to append.</returns>
    public static StoredEvent Seal(EventEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var body = envelope.ToCanonicalBytes();
        return new StoredEvent(envelope.Seq, envelope.Type, Hashing.ToHex(Hashing.Sha256(body)), body);
    }
}

/// <summary>Where a log ends.</summary>
/// <param name="Seq">Last seq, 0 when empty.</param>
/// <param name="Hash">Last entry's hash, or the genesis value when empty.</param>
public readonly record struct LogHead(long Seq, string Hash);

/// <summary>The log moved on under a writer: it must reload and decide again.</summary>
public sealed class ConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConcurrencyException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public ConcurrencyException() { }

    /// <summary>Creates the exception.</summary>
    public ConcurrencyException(string message, Exception inner) : base(message, inner) { }
}
