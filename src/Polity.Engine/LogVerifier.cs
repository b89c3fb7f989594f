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
        var chain = LogVerification.VerifyChain(bodies, network);
        var signatures = new SignatureRegister();
        NetworkState? state = null;
        for (var i = 0; i < chain.Envelopes.Count; i++)
        {
            var envelope = chain.Envelopes[i];
            if (storedHashes is not null && storedHashes[i] != Hashing.ToHex(Hashing.Sha256(bodies[i].Span)))
            {
                return new VerifyReport(i, state, new VerifyFailure(envelope.Seq, "hash", "the stored hash column does not match the entry's bytes"));
            }
            PolityEvent e;
            try
            {
                e = EventCodec.Decode(envelope.Type, envelope.Payload);
            }
            catch (EventFormatException ex)
            {
                return new VerifyReport(i, state, new VerifyFailure(envelope.Seq, "format", ex.Message));
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
        return chain.FirstFailure is { } failure
            ? new VerifyReport(chain.Envelopes.Count, state, new VerifyFailure(failure.Seq, failure.Kind, failure.Message))
            : new VerifyReport(bodies.Count, state, null);
    }
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
