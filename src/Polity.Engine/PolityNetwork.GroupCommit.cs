using System.Text.Json.Nodes;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Engine.Storage;
using Polity.Ledger;

namespace Polity.Engine;

public sealed partial class PolityNetwork
{
    /// <summary>At most this many waiting submissions go into one store transaction.</summary>
    public const int MaxGroup = 1_000;

    private readonly Lock _pendingLock = new();
    private List<Pending> _pending = [];

    /// <summary>A checked, signed submission waiting for the writer gate, and where its outcome goes.</summary>
    private sealed class Pending(SignedEvent signed, PolityEvent e)
    {
        public SignedEvent Signed { get; } = signed;

        public PolityEvent Event { get; } = e;

        public TaskCompletionSource<AppendOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>
    /// Appends an event its author signed elsewhere (a wallet): the signature must recover to
    /// <paramref name="author"/> over the network's typed data, and the rules must allow it.
    /// </summary>
    /// <remarks>
    /// Group commit: the payload is decoded and the signature recovered on the caller's thread, outside the writer
    /// gate. The event then waits for the gate; whoever holds it next takes every waiting submission (at most
    /// <see cref="MaxGroup"/>, in arrival order), catches up with other writers, checks and folds each one in turn
    /// against the state the one before it left (each refused alone, as if submitted by itself), and appends the
    /// accepted ones in one store transaction. Each caller's task completes only after that transaction committed.
    /// A store failure fails every submission of the group and writes none of them. <paramref name="ct"/> is heeded
    /// only before the submission is queued; once queued it is appended and the caller is given its outcome.
    /// </remarks>
    public async Task<AppendOutcome> SubmitSignedAsync(
        string type, JsonObject payload, Address author, long time, string signature, CancellationToken ct = default)
    {
        var signed = new SignedEvent(type, payload, author, time, signature);
        if ((Unwrap(signed, SigningNetwork(signed), out var e) ?? AheadOfClock(_state, time, _time.GetUtcNow().ToUnixTimeSeconds())) is { } refused)
        {
            return new AppendOutcome.Refused(refused);
        }
        ct.ThrowIfCancellationRequested();
        var mine = new Pending(signed, e!);
        lock (_pendingLock)
        {
            _pending.Add(mine);
        }
        // Once queued the submission will be appended, so the caller waits for its true outcome rather than being
        // told it failed on cancellation. Groups are capped, so keep committing until this submission's group is done.
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            while (!mine.Done.Task.IsCompleted)
            {
                await CommitPendingAsync();
            }
        }
        finally
        {
            _gate.Release();
        }
        return await mine.Done.Task;
    }

    /// <summary>Takes the waiting submissions (up to <see cref="MaxGroup"/>) and appends what the rules accept in one transaction. Holds the gate.</summary>
    private async Task CommitPendingAsync()
    {
        List<Pending> group;
        lock (_pendingLock)
        {
            if (_pending.Count <= MaxGroup)
            {
                group = _pending;
                _pending = [];
            }
            else
            {
                group = _pending[..MaxGroup];
                _pending.RemoveRange(0, MaxGroup);
            }
        }
        try
        {
            // Not the caller's token: one client giving up must not fail the others' submissions.
            await CatchUpCoreAsync(CancellationToken.None);
            for (var attempt = 0; ; attempt++)
            {
                var (outcomes, entries, state) = SequenceGroup(group);
                if (entries.Count > 0)
                {
                    try
                    {
                        await _store.AppendAsync(entries, _head.Seq, CancellationToken.None);
                    }
                    catch (ConcurrencyException) when (attempt < 2)
                    {
                        await CatchUpCoreAsync(CancellationToken.None);
                        continue;
                    }
                    catch (ConcurrencyException)
                    {
                        Complete(group, _ => new AppendOutcome.Refused(new Rejection("conflict", "the log moved on while appending: sign again")));
                        return;
                    }
                    _state = state;
                    _head = new LogHead(entries[^1].Seq, entries[^1].Hash);
                    for (var i = 0; i < group.Count; i++)
                    {
                        if (outcomes[i] is AppendOutcome.Appended)
                        {
                            _signatures.Add(group[i].Signed.Signature);
                        }
                    }
                }
                Complete(group, i => outcomes[i]);
                return;
            }
        }
        catch (Exception ex)
        {
            foreach (var pending in group)
            {
                pending.Done.TrySetException(ex);
            }
            throw;
        }
    }

    private static void Complete(List<Pending> group, Func<int, AppendOutcome> outcome)
    {
        for (var i = 0; i < group.Count; i++)
        {
            group[i].Done.TrySetResult(outcome(i));
        }
    }

    /// <summary>Checks and folds each submission in order from the current head; seals the accepted ones onto the hash chain.</summary>
    private (List<AppendOutcome> Outcomes, List<StoredEvent> Entries, NetworkState? State) SequenceGroup(List<Pending> group)
    {
        var state = _state;
        var head = _head;
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var inGroup = new HashSet<string>(StringComparer.Ordinal);
        var outcomes = new List<AppendOutcome>(group.Count);
        var entries = new List<StoredEvent>(group.Count);
        foreach (var (signed, e) in group.Select(p => (p.Signed, p.Event)))
        {
            var ctx = new EventContext(head.Seq + 1, signed.Author, signed.Time);
            var rejection = AheadOfClock(state, signed.Time, now) ?? NetworkRules.Check(state, e, ctx)
                ?? (_signatures.Contains(signed.Signature) || !inGroup.Add(signed.Signature) ? Replayed : null);
            if (rejection is not null)
            {
                outcomes.Add(new AppendOutcome.Refused(rejection));
                continue;
            }
            state = NetworkFold.Apply(state, e, ctx);
            var entry = StoredEvent.Seal(new EventEnvelope(ctx.Seq, head.Hash, signed.Time, signed.Type, signed.Author.Value, signed.Payload, signed.Signature));
            entries.Add(entry);
            head = new LogHead(entry.Seq, entry.Hash);
            outcomes.Add(new AppendOutcome.Appended(entry.Seq, entry.Hash, e));
        }
        return (outcomes, entries, state);
    }
}
