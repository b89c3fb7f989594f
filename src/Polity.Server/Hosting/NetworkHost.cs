using Polity.Core.Events;
using Polity.Core.State;
using Polity.Engine;
using Polity.Engine.Signing;
using Polity.Engine.Storage;
using Polity.Ledger.Merkle;

namespace Polity.Server.Hosting;

/// <summary>
/// The one network a server instance holds. Every read first folds what other writers (other instances on the
/// same PostgreSQL, the CLI) appended, so several instances behave as one; every write goes through the engine's
/// checked append, which retries on a concurrent append. One gate serialises catch-up, appends and proofs.
/// </summary>
public sealed class NetworkHost : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IEventStore _store;
    private readonly PolityNetwork _network;
    private long _notifiedSeq;

    private NetworkHost(IEventStore store, PolityNetwork network)
    {
        _store = store;
        _network = network;
        _notifiedSeq = network.Head.Seq;
    }

    /// <summary>Raised (outside the gate) after the log grew, by this instance or another.</summary>
    public event Action<long>? Grew;

    /// <summary>Opens the log <paramref name="db"/> names.</summary>
    public static async Task<NetworkHost> OpenAsync(string db, TimeProvider time, CancellationToken ct = default)
    {
        var store = await EventStores.OpenAsync(db, ct);
        var network = await PolityNetwork.OpenAsync(store, time, ct);
        return new NetworkHost(store, network);
    }

    /// <summary>The state after folding everything in the store.</summary>
    /// <exception cref="NetworkMissingException">The store holds no network.</exception>
    public async Task<NetworkState> StateAsync(CancellationToken ct = default) => (await SnapshotAsync(ct)).State;

    /// <summary>State and head together, after catching up.</summary>
    public async Task<(NetworkState State, LogHead Head)> SnapshotAsync(CancellationToken ct = default)
    {
        var (state, head) = await ReadGatedAsync(() => (_network.State, _network.Head), ct);
        Notify(head.Seq);
        return (state, head);
    }

    /// <summary>State (null before the network is created) and head, after catching up.</summary>
    public Task<(NetworkState? State, LogHead Head)> SnapshotOrNullAsync(CancellationToken ct = default) =>
        ReadGatedAsync(() => (_network.StateOrNull, _network.Head), ct);

    /// <summary>The time the next event will carry.</summary>
    public Task<long> NextTimeAsync(CancellationToken ct = default) => ReadGatedAsync(_network.NextTime, ct);

    /// <summary>How often a write is tried again when other instances keep appending first.</summary>
    public const int MaxAttempts = 20;

    /// <summary>Signs with a server-held key and appends; when other writers keep getting in first, catches up and tries again.</summary>
    /// <exception cref="ConcurrencyException">Other writers got in first <see cref="MaxAttempts"/> times running.</exception>
    public async Task<AppendOutcome> SubmitAsync(PolityEvent e, IEventSigner signer, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = await WithGateAsync(() => _network.SubmitAsync(e, signer, ct), ct);
                Notify(_network.Head.Seq);
                return outcome;
            }
            catch (ConcurrencyException) when (attempt < MaxAttempts)
            {
                // The gate's catch-up folds the other writers' entries before the next try.
            }
        }
    }

    /// <summary>
    /// Appends an event a wallet signed. Its signature covers neither seq nor prev, so when another writer got in
    /// first the same envelope is checked again against the new state.
    /// </summary>
    public async Task<AppendOutcome> SubmitSignedAsync(SignedEnvelope signed, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            // Not under this host's gate: the engine groups concurrent signed submissions into one transaction and
            // catches up with other writers before each group.
            var outcome = await _network.SubmitSignedAsync(signed.Type, signed.Payload, signed.Author, signed.Time, signed.Signature, ct);
            Notify(_network.Head.Seq);
            if (outcome is not AppendOutcome.Refused { Reason.Code: "conflict" } || attempt >= MaxAttempts)
            {
                return outcome;
            }
        }
    }

    /// <summary>The current tree head.</summary>
    public Task<TreeHead> TreeHeadAsync(CancellationToken ct = default) => WithGateAsync(() => _network.TreeHeadAsync(ct), ct);

    /// <summary>The inclusion proof of entry <paramref name="seq"/> in the current tree.</summary>
    public Task<InclusionProof> ProveInclusionAsync(long seq, CancellationToken ct = default) =>
        WithGateAsync(() => _network.ProveInclusionAsync(seq, null, ct), ct);

    /// <summary>Stored entries from <paramref name="from"/>, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<StoredEvent>> EntriesAsync(long from, int limit, CancellationToken ct = default)
    {
        var entries = new List<StoredEvent>();
        await foreach (var entry in _store.ReadAsync(Math.Max(1, from), ct))
        {
            entries.Add(entry);
            if (entries.Count >= limit)
            {
                break;
            }
        }
        return entries;
    }

    private Task<T> ReadGatedAsync<T>(Func<T> read, CancellationToken ct) => WithGateAsync(() => Task.FromResult(read()), ct);

    private async Task<T> WithGateAsync<T>(Func<Task<T>> action, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await _network.CatchUpAsync(ct);
            return await action();
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Notify(long seq)
    {
        if (Interlocked.Exchange(ref _notifiedSeq, seq) != seq)
        {
            Grew?.Invoke(seq);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _network.Dispose();
        _gate.Dispose();
        await _store.DisposeAsync();
    }
}
