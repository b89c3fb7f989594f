using Polity.Core.Events;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Engine.Serialization;
using Polity.Engine.Storage;
using Polity.Ledger;

namespace Polity.Engine;

public sealed partial class PolityNetwork
{
    /// <summary>Events per parallel work item when checking a batch's signatures (recovery is ~40 µs each).</summary>
    private const int SignatureChunk = 64;

    /// <summary>
    /// Appends many events their authors signed elsewhere, all or nothing: each payload is decoded and each
    /// signature recovered in parallel across cores, then the rules check and fold every event in order
    /// against the state the one before it left, and the whole batch is appended in one store transaction.
    /// </summary>
    /// <remarks>
    /// All-or-nothing: the first event that fails (bad payload, bad signature, time ahead of the clock, or a
    /// rule) refuses the whole batch, reported by its index, and nothing is written. Resubmit the events
    /// before it, or fix it and resubmit all. If another writer appends meanwhile, the batch is checked again
    /// against the new head (signatures do not depend on position).
    /// </remarks>
    /// <param name="events">The events, in the order they should take in the log.</param>
    /// <param name="ct">Cancels the wait for the writer gate and the store.</param>
    /// <returns>The seqs and new head, or the first refused index and why.</returns>
    /// <exception cref="ConcurrencyException">Other writers kept appending through three attempts.</exception>
    public async Task<BatchOutcome> SubmitSignedBatchAsync(IReadOnlyList<SignedEvent> events, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return new BatchOutcome.Appended(_head.Seq + 1, _head.Seq, _head.Hash);
        }

        // A network's name never changes (amendments must keep it), so it can be read outside the gate.
        var network = SigningNetwork(events[0]);
        var decoded = new PolityEvent?[events.Count];
        var refusals = new Rejection?[events.Count];
        CheckSignatures(events, network, decoded, refusals);

        await _gate.WaitAsync(ct);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var (outcome, entries, state) = Sequence(events, decoded, refusals);
                if (outcome is BatchOutcome.Refused)
                {
                    return outcome;
                }
                try
                {
                    await _store.AppendAsync(entries!, _head.Seq, ct);
                }
                catch (ConcurrencyException) when (attempt < 2)
                {
                    await CatchUpCoreAsync(ct);
                    continue;
                }
                _state = state;
                _head = new LogHead(entries![^1].Seq, entries[^1].Hash);
                foreach (var e in events)
                {
                    _signatures.Add(e.Signature);
                }
                return outcome;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Decodes every payload and recovers every signature, in parallel; fills one of the two arrays per index.</summary>
    private static void CheckSignatures(IReadOnlyList<SignedEvent> events, string network, PolityEvent?[] decoded, Rejection?[] refusals)
    {
        var chunks = (events.Count + SignatureChunk - 1) / SignatureChunk;
        Parallel.For(0, chunks, chunk =>
        {
            var end = Math.Min((chunk + 1) * SignatureChunk, events.Count);
            for (var i = chunk * SignatureChunk; i < end; i++)
            {
                refusals[i] = Unwrap(events[i], network, out decoded[i]);
            }
        });
    }

    /// <summary>Checks and folds the batch in order from the current head and seals each entry onto the hash chain.</summary>
    private (BatchOutcome Outcome, StoredEvent[]? Entries, NetworkState? State) Sequence(
        IReadOnlyList<SignedEvent> events, PolityEvent?[] decoded, Rejection?[] refusals)
    {
        var state = _state;
        var prev = _head.Hash;
        var entries = new StoredEvent[events.Count];
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var inBatch = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            if (refusals[i] is { } refused)
            {
                return (new BatchOutcome.Refused(i, refused), null, null);
            }
            var e = events[i];
            if (AheadOfClock(state, e.Time, now) is { } ahead)
            {
                return (new BatchOutcome.Refused(i, ahead), null, null);
            }
            var ctx = new EventContext(_head.Seq + 1 + i, e.Author, e.Time);
            if (NetworkRules.Check(state, decoded[i]!, ctx) is { } rejection)
            {
                return (new BatchOutcome.Refused(i, rejection), null, null);
            }
            if (_signatures.Contains(e.Signature) || !inBatch.Add(e.Signature))
            {
                return (new BatchOutcome.Refused(i, Replayed), null, null);
            }
            state = NetworkFold.Apply(state, decoded[i]!, ctx);
            var entry = StoredEvent.Seal(new EventEnvelope(ctx.Seq, prev, e.Time, e.Type, e.Author.Value, e.Payload, e.Signature));
            entries[i] = entry;
            prev = entry.Hash;
        }
        return (new BatchOutcome.Appended(_head.Seq + 1, _head.Seq + events.Count, prev), entries, state);
    }
}
