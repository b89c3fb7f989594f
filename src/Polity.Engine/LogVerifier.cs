using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Engine.Serialization;
using Polity.Engine.Storage;
using Polity.Ledger;

namespace Polity.Engine;

/// <summary>
/// Replays a whole log from its bytes alone: canonical form, seq, hash links, times and signatures
/// (in parallel across cores), then every event against the rules of the state before it. Reports the
/// first failing seq exactly.
/// </summary>
public static class LogVerifier
{
    /// <summary>Entries per pipelined segment: large enough to keep every core busy, small enough to overlap well.</summary>
    private const int SegmentSize = 4_096;

    private const int DecodeChunk = 256;

    /// <summary>Verifies every entry of a store.</summary>
    public static async Task<VerifyReport> VerifyAsync(IEventStore store, CancellationToken ct = default)
    {
        var bodies = new List<ReadOnlyMemory<byte>>();
        var storedHashes = new List<string>();
        await foreach (var stored in store.ReadAsync(1, ct))
        {
            bodies.Add(stored.Body);
            storedHashes.Add(stored.Hash);
        }
        return Verify(bodies, storedHashes);
    }

    /// <summary>Verifies entries given as canonical bytes (seq i+1 at index i); <paramref name="storedHashes"/> may be null.</summary>
    public static VerifyReport Verify(IReadOnlyList<ReadOnlyMemory<byte>> bodies, IReadOnlyList<string>? storedHashes = null)
    {
        if (bodies.Count == 0)
        {
            return new VerifyReport(0, null, null);
        }
        string network;
        try
        {
            var genesis = EventEnvelope.Parse(bodies[0].Span);
            network = genesis.Payload["network"]?.GetValue<string>() ?? "";
        }
        catch (Exception ex) when (ex is LedgerFormatException or InvalidOperationException or FormatException)
        {
            return new VerifyReport(0, null, new VerifyFailure(1, "format", ex.Message));
        }
        // The chain checks (mostly signature recovery) of the next segment run on all cores while this thread
        // replays the rules over the segment before it, so the sequential replay hides behind them.
        NetworkState? state = null;
        var signatures = new SignatureRegister();
        Task<Segment>? next = CheckSegmentAsync(bodies, storedHashes, network, 0);
        for (var start = 0; start < bodies.Count; start += SegmentSize)
        {
            var segment = next!.GetAwaiter().GetResult();
            next = start + SegmentSize < bodies.Count ? CheckSegmentAsync(bodies, storedHashes, network, start + SegmentSize) : null;
            for (var j = 0; j < segment.Chain.Envelopes.Count; j++)
            {
                var i = start + j;
                var envelope = segment.Chain.Envelopes[j];
                if (segment.HashMismatch[j])
                {
                    return new VerifyReport(i, state, new VerifyFailure(envelope.Seq, "hash", "the stored hash column does not match the entry's bytes"));
                }
                if (segment.Events[j] is not { } e)
                {
                    return new VerifyReport(i, state, new VerifyFailure(envelope.Seq, "format", segment.DecodeErrors[j]!));
                }
                if (!Address.TryParse(envelope.Author, out var author))
                {
                    return new VerifyReport(i, state, new VerifyFailure(envelope.Seq, "format", $"author '{envelope.Author}' is not an address"));
                }
                if (!signatures.Add(envelope.Signature))
                {
                    return new VerifyReport(i, state, new VerifyFailure(envelope.Seq, "replay", "this signed event already appears earlier in the log"));
                }
                var ctx = new EventContext(envelope.Seq, author, envelope.Time);
                if (NetworkRules.Check(state, e, ctx) is { } rejection)
                {
                    return new VerifyReport(i, state, new VerifyFailure(envelope.Seq, "rule", $"{envelope.Type} by {author}: {rejection}"));
                }
                try
                {
                    state = NetworkFold.Apply(state, e, ctx);
                }
                catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or InvalidCastException)
                {
                    return new VerifyReport(i, state, new VerifyFailure(envelope.Seq, "rule", $"{envelope.Type} cannot be applied: {ex.Message}"));
                }
            }
            if (segment.Chain.FirstFailure is { } failure)
            {
                return new VerifyReport(start + segment.Chain.Envelopes.Count, state, new VerifyFailure(failure.Seq, failure.Kind, failure.Message));
            }
        }
        return new VerifyReport(bodies.Count, state, null);
    }

    /// <summary>
    /// The order-free checks of one segment, on the thread pool: the ledger's chain check (canonical form, seq,
    /// hash links, time, signatures, in parallel), then the stored hash column and payload decoding, in parallel.
    /// </summary>
    private static Task<Segment> CheckSegmentAsync(
        IReadOnlyList<ReadOnlyMemory<byte>> bodies, IReadOnlyList<string>? storedHashes, string network, int start) => Task.Run(() =>
    {
        var count = Math.Min(SegmentSize, bodies.Count - start);
        var slice = new ReadOnlyMemory<byte>[count];
        for (var j = 0; j < count; j++)
        {
            slice[j] = bodies[start + j];
        }
        // The links into this segment are checked from the previous entry's bytes; should that entry be malformed,
        // the previous segment reports it at a lower seq, so only its hash and time matter here.
        var (prev, previousTime) = start == 0 ? (EventEnvelope.GenesisPrev, long.MinValue) : LinkFrom(bodies[start - 1]);
        var chain = LogVerification.VerifyChain(slice, network, prev, start + 1, previousTime);
        var valid = chain.Envelopes.Count;
        var events = new PolityEvent?[valid];
        var errors = new string?[valid];
        var mismatch = new bool[valid];
        Parallel.For(0, (valid + DecodeChunk - 1) / DecodeChunk, chunk =>
        {
            for (var j = chunk * DecodeChunk; j < Math.Min(valid, (chunk + 1) * DecodeChunk); j++)
            {
                mismatch[j] = storedHashes is not null && storedHashes[start + j] != Hashing.ToHex(Hashing.Sha256(slice[j].Span));
                try
                {
                    events[j] = EventCodec.Decode(chain.Envelopes[j].Type, chain.Envelopes[j].Payload);
                }
                catch (EventFormatException ex)
                {
                    errors[j] = ex.Message;
                }
            }
        });
        return new Segment(chain, events, errors, mismatch);
    });

    private static (string Prev, long Time) LinkFrom(ReadOnlyMemory<byte> previous)
    {
        var prev = Hashing.ToHex(Hashing.Sha256(previous.Span));
        try
        {
            return (prev, EventEnvelope.Parse(previous.Span).Time);
        }
        catch (Exception ex) when (ex is LedgerFormatException or InvalidOperationException or FormatException)
        {
            return (prev, long.MinValue);
        }
    }

    private sealed record Segment(ChainCheck Chain, PolityEvent?[] Events, string?[] DecodeErrors, bool[] HashMismatch);
}

/// <summary>The result of replaying a log.</summary>
/// <param name="Verified">How many entries passed every check, from seq 1.</param>
/// <param name="State">The state after the last good entry.</param>
/// <param name="Failure">The first failure, or null when the whole log is sound.</param>
public sealed record VerifyReport(long Verified, NetworkState? State, VerifyFailure? Failure)
{
    /// <summary>True when every entry passed.</summary>
    public bool Ok => Failure is null;
}

/// <summary>The first entry that failed.</summary>
/// <param name="Seq">Its seq.</param>
/// <param name="Kind">format, seq, hash-link, hash, time, signature, replay or rule.</param>
/// <param name="Message">What failed.</param>
public sealed record VerifyFailure(long Seq, string Kind, string Message);
