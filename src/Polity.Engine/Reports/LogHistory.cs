using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Rules;
using Polity.Engine.Serialization;
using Polity.Engine.Storage;
using Polity.Ledger;

namespace Polity.Engine.Reports;

/// <summary>Reads a whole log back as events with their context, for reports that fold history (metrics over time).</summary>
public static class LogHistory
{
    /// <summary>Every event in log order. Signatures are not checked here (<c>polity verify</c> does that).</summary>
    /// <exception cref="LogDamagedException">An entry cannot be parsed.</exception>
    public static async Task<List<(PolityEvent Event, EventContext Context)>> ReadAsync(IEventStore store, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var events = new List<(PolityEvent, EventContext)>();
        await foreach (var stored in store.ReadAsync(1, ct))
        {
            events.Add(Decode(stored));
        }
        return events;
    }

    /// <summary>One stored entry as its event and context. Its signature is not checked.</summary>
    /// <exception cref="LogDamagedException">The entry cannot be parsed.</exception>
    public static (PolityEvent Event, EventContext Context) Decode(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        try
        {
            var envelope = EventEnvelope.Parse(stored.Body);
            return (EventCodec.Decode(envelope.Type, envelope.Payload), new EventContext(envelope.Seq, new Address(envelope.Author), envelope.Time));
        }
        catch (Exception ex) when (ex is LedgerFormatException or EventFormatException or ArgumentException)
        {
            throw new LogDamagedException(stored.Seq, ex.Message, ex);
        }
    }
}
