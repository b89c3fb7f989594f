using Polity.Core.Primitives;
using Polity.Core.Rules;
using Polity.Core.Simulation;
using Polity.Engine.Serialization;
using Polity.Engine.Storage;
using Polity.Ledger;

namespace Polity.Engine.Simulation;

/// <summary>Reads a log's events, with their contexts, for replay; never writes.</summary>
public static class LogHistory
{
    /// <summary>
    /// Every event at <paramref name="db"/>: a SQLite file opened read-only, or a PostgreSQL log (only
    /// read from). The file must exist.
    /// </summary>
    /// <exception cref="FileNotFoundException">No SQLite file at <paramref name="db"/>.</exception>
    public static async Task<IReadOnlyList<RecordedEvent>> ReadAsync(string db, CancellationToken ct = default)
    {
        if (!EventStores.IsPostgres(db) && !File.Exists(db))
        {
            throw new FileNotFoundException($"no network at {db}", db);
        }
        await using IEventStore store = EventStores.IsPostgres(db)
            ? await EventStores.OpenAsync(db, ct)
            : await SqliteEventStore.OpenReadOnlyAsync(db, ct);
        return await ReadAsync(store, ct);
    }

    /// <summary>Every event in <paramref name="store"/>, decoded.</summary>
    /// <exception cref="LogDamagedException">An entry cannot be parsed.</exception>
    public static async Task<IReadOnlyList<RecordedEvent>> ReadAsync(IEventStore store, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var events = new List<RecordedEvent>();
        await foreach (var stored in store.ReadAsync(1, ct))
        {
            try
            {
                var envelope = EventEnvelope.Parse(stored.Body);
                events.Add(new RecordedEvent(EventCodec.Decode(envelope.Type, envelope.Payload),
                    new EventContext(envelope.Seq, new Address(envelope.Author), envelope.Time)));
            }
            catch (Exception ex) when (ex is LedgerFormatException or EventFormatException or ArgumentException)
            {
                throw new LogDamagedException(stored.Seq, ex.Message, ex);
            }
        }
        return events;
    }
}
