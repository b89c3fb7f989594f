using System.Text.Json.Nodes;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Engine.Serialization;
using Polity.Engine.Signing;
using Polity.Engine.Storage;
using Polity.Ledger;

namespace Polity.Engine;

/// <summary>
/// A network as it runs: its state folded from the store, and the one path by which anything changes —
/// check the event against the rules, sign it, append it, fold it.
/// </summary>
public sealed partial class PolityNetwork : IDisposable
{
    /// <summary>How far (seconds) a wallet-signed event's time may lie ahead of the server's clock.</summary>
    public const long AllowedClockSkew = 300;

    private readonly IEventStore _store;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SignatureRegister _signatures = new();
    private NetworkState? _state;
    private LogHead _head;

    private PolityNetwork(IEventStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
        _head = new LogHead(0, EventEnvelope.GenesisPrev);
    }

    /// <summary>The current state, or null before the network is created.</summary>
    public NetworkState? StateOrNull => _state;

    /// <summary>The current state.</summary>
    /// <exception cref="NetworkMissingException">No network in this store yet.</exception>
    public NetworkState State => _state ?? throw new NetworkMissingException();

    /// <summary>Where the log ends.</summary>
    public LogHead Head => _head;

    /// <summary>The store underneath.</summary>
    public IEventStore Store => _store;

    /// <summary>Loads a network by folding every stored event (signatures are checked by <see cref="LogVerifier"/>, not here).</summary>
    public static async Task<PolityNetwork> OpenAsync(IEventStore store, TimeProvider time, CancellationToken ct = default)
    {
        var network = new PolityNetwork(store, time);
        await network.CatchUpCoreAsync(ct);
        return network;
    }

    /// <summary>The time the next event will carry: the simulated clock, or the system clock (never before the last event).</summary>
    public long NextTime()
    {
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        return _state switch
        {
            null => now,
            { Clock: ClockMode.Simulated } s => s.Now,
            var s => Math.Max(now, s.Now),
        };
    }

    /// <summary>Checks, signs and appends an event authored by <paramref name="signer"/>.</summary>
    public async Task<AppendOutcome> SubmitAsync(PolityEvent e, IEventSigner signer, CancellationToken ct = default)
    {
        var (type, payload) = EventCodec.Encode(e);
        await _gate.WaitAsync(ct);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var time = NextTime();
                var network = _state?.Network ?? ((NetworkCreated)e).Network;
                var signature = signer.Sign(network, time, type, payload);
                var outcome = await AppendCheckedAsync(e, type, payload, signer.Address, time, signature, attempt, ct);
                if (outcome is not null)
                {
                    return outcome;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Refusal of a signature already in the log.</summary>
    private static readonly Rejection Replayed = new("replayed", "this signed event is already in the log: each signed message is accepted once");

    /// <summary>
    /// What a wallet-signed event must pass before the rules see it: its payload decodes, and its signature
    /// recovers to its author over the network's typed data. Shared by single and batch appends.
    /// </summary>
    private static Rejection? Unwrap(SignedEvent signed, string network, out PolityEvent? decoded)
    {
        decoded = null;
        try
        {
            decoded = EventCodec.Decode(signed.Type, signed.Payload);
        }
        catch (EventFormatException ex)
        {
            return new Rejection("bad-payload", ex.Message);
        }
        var probe = new EventEnvelope(0, EventEnvelope.GenesisPrev, signed.Time, signed.Type, signed.Author.Value, signed.Payload, signed.Signature);
        return EventSigning.Verify(probe, network) ? null : new Rejection("bad-signature", $"the signature does not recover to {signed.Author}");
    }

    /// <summary>The network name an event is signed for: this network's, or before genesis, the one the first event creates.</summary>
    private string SigningNetwork(SignedEvent first)
    {
        if (_state is not null)
        {
            return _state.Network;
        }
        try
        {
            return (EventCodec.Decode(first.Type, first.Payload) as NetworkCreated)?.Network ?? "";
        }
        catch (EventFormatException)
        {
            return "";
        }
    }

    /// <summary>On a system clock, an author's time may not run ahead of the server's by more than <see cref="AllowedClockSkew"/>.</summary>
    private static Rejection? AheadOfClock(NetworkState? state, long time, long now) =>
        state is { Clock: ClockMode.System } && time > now + AllowedClockSkew
            ? new Rejection("time-ahead", $"event time {time} is ahead of the server's clock")
            : null;

    /// <summary>Returns null when another writer got in first and the caller should try again with fresh state.</summary>
    private async Task<AppendOutcome?> AppendCheckedAsync(
        PolityEvent e, string type, JsonObject payload, Address author, long time, string signature, int attempt, CancellationToken ct)
    {
        var ctx = new EventContext(_head.Seq + 1, author, time);
        if (NetworkRules.Check(_state, e, ctx) is { } rejection)
        {
            return new AppendOutcome.Refused(rejection);
        }
        if (_signatures.Contains(signature))
        {
            return new AppendOutcome.Refused(Replayed);
        }
        var entry = StoredEvent.Seal(new EventEnvelope(ctx.Seq, _head.Hash, time, type, author.Value, payload, signature));
        try
        {
            await _store.AppendAsync([entry], _head.Seq, ct);
        }
        catch (ConcurrencyException) when (attempt < 3)
        {
            await CatchUpCoreAsync(ct);
            return null;
        }
        _state = NetworkFold.Apply(_state, e, ctx);
        _head = new LogHead(ctx.Seq, entry.Hash);
        _signatures.Add(signature);
        return new AppendOutcome.Appended(ctx.Seq, entry.Hash, e);
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    /// <summary>
    /// Folds whatever other writers appended since this instance last looked. Signatures are not checked
    /// here (that is <see cref="LogVerifier"/>'s job), but an entry the fold cannot read stops with its seq.
    /// </summary>
    /// <exception cref="LogDamagedException">An entry cannot be parsed or folded.</exception>
    public async Task CatchUpAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await CatchUpCoreAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary><see cref="CatchUpAsync"/> for a caller that holds the writer gate.</summary>
    private async Task CatchUpCoreAsync(CancellationToken ct)
    {
        await foreach (var stored in _store.ReadAsync(_head.Seq + 1, ct))
        {
            try
            {
                var envelope = EventEnvelope.Parse(stored.Body);
                var e = EventCodec.Decode(envelope.Type, envelope.Payload);
                _state = NetworkFold.Apply(_state, e, new EventContext(envelope.Seq, new Address(envelope.Author), envelope.Time));
                _signatures.Add(envelope.Signature);
            }
            catch (Exception ex) when (ex is LedgerFormatException or EventFormatException or KeyNotFoundException
                                           or InvalidOperationException or InvalidCastException or ArgumentException or NullReferenceException)
            {
                throw new LogDamagedException(stored.Seq, ex.Message, ex);
            }
            _head = new LogHead(stored.Seq, stored.Hash);
        }
    }
}

/// <summary>What became of a submitted event.</summary>
public abstract record AppendOutcome
{
    private AppendOutcome() { }

    /// <summary>Appended at <paramref name="Seq"/>.</summary>
    /// <param name="Seq">Position.</param>
    /// <param name="Hash">Entry hash.</param>
    /// <param name="Event">The event.</param>
    public sealed record Appended(long Seq, string Hash, PolityEvent Event) : AppendOutcome;

    /// <summary>Refused by the rules; nothing was written.</summary>
    /// <param name="Reason">Why.</param>
    public sealed record Refused(Rejection Reason) : AppendOutcome;
}

/// <summary>A stored entry cannot be read or folded: the log was damaged outside Polity.</summary>
public sealed class LogDamagedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LogDamagedException(long seq, string message, Exception inner)
        : base($"the log is damaged at seq {seq}: {message} (run 'polity verify' for the first failing entry)", inner) => Seq = seq;

    /// <summary>Creates the exception.</summary>
    public LogDamagedException() { }

    /// <summary>Creates the exception.</summary>
    public LogDamagedException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public LogDamagedException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The entry that could not be read.</summary>
    public long Seq { get; }
}

/// <summary>The store holds no network yet.</summary>
public sealed class NetworkMissingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NetworkMissingException() : base("no network here yet: create one with 'polity init'") { }

    /// <summary>Creates the exception.</summary>
    public NetworkMissingException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public NetworkMissingException(string message, Exception inner) : base(message, inner) { }
}
