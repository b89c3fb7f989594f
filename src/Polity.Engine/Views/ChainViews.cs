using Polity.Core.Events;
using Polity.Core.State;

namespace Polity.Engine.Views;

/// <summary>The on-chain state of decisions, as the log records it: which batches were approved and what their receipts say.</summary>
public static class ChainViews
{
    /// <summary>What a batch carried by an option but not (yet) approved in the log shows as its state.</summary>
    public const string NotApproved = "not approved";

    /// <summary>What an approved batch with no receipt yet shows as its state.</summary>
    public const string Approved = "approved";

    /// <summary>
    /// The batches of one proposal's options (every chain-batch action, approved or not), or with
    /// <paramref name="proposal"/> null every approved batch, in log order.
    /// </summary>
    public static IReadOnlyList<ChainBatchView> Batches(NetworkState s, long? proposal)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (proposal is not { } id)
        {
            return [.. s.ChainBatches.Values.OrderBy(b => b.Seq).Select(b => View(s, b.Proposal, b.Option, b.Batch, Memo(s, b), Calls(s, b)))];
        }
        if (!s.Proposals.TryGetValue(id, out var p))
        {
            return [];
        }
        return [.. p.Options.SelectMany(o => o.Actions.OfType<ProposalAction.ChainBatch>().Select(c => View(s, id, o.Name, c.Batch, c.Memo, c.Calls.Count)))];
    }

    /// <summary>
    /// The state a batch's receipts add up to: the last successful step (queued, vetoed, executed, cancelled),
    /// else <see cref="Approved"/> when the log approved it, else <see cref="NotApproved"/>.
    /// </summary>
    public static string StateOf(ChainBatchRecord? record) =>
        record is null ? NotApproved : record.Receipts.LastOrDefault(r => r.Success)?.Step ?? Approved;

    private static ChainBatchView View(NetworkState s, long proposal, string option, string batch, string memo, int calls)
    {
        var record = s.ChainBatches.GetValueOrDefault(batch);
        return new ChainBatchView(batch, proposal, option, memo, calls, StateOf(record), record?.Seq, record is null ? null : Views.Time(record.ApprovedAt),
            record?.Receipts.Select(r => new ChainReceiptView(r.Step, r.ChainId, r.Tx, r.Block, r.Success)).ToList() ?? []);
    }

    private static ProposalAction.ChainBatch? Action(NetworkState s, ChainBatchRecord b) =>
        s.Proposals.TryGetValue(b.Proposal, out var p)
            ? p.Options.Where(o => o.Name == b.Option).SelectMany(o => o.Actions).OfType<ProposalAction.ChainBatch>().FirstOrDefault(c => c.Batch == b.Batch)
            : null;

    private static string Memo(NetworkState s, ChainBatchRecord b) => Action(s, b)?.Memo ?? "";

    private static int Calls(NetworkState s, ChainBatchRecord b) => Action(s, b)?.Calls.Count ?? 0;
}

/// <summary>An on-chain batch and its state.</summary>
/// <param name="Batch">The batch hash.</param>
/// <param name="Proposal">The proposal whose option carries it.</param>
/// <param name="Option">That option.</param>
/// <param name="Memo">What the batch is for.</param>
/// <param name="Calls">How many calls it makes.</param>
/// <param name="State">not approved, approved, queued, vetoed, executed or cancelled.</param>
/// <param name="ApprovedSeq">The seq of its approval entry, if approved.</param>
/// <param name="ApprovedAt">When it was approved.</param>
/// <param name="Receipts">The receipts recorded for it, in log order.</param>
public sealed record ChainBatchView(
    string Batch, long Proposal, string Option, string Memo, int Calls, string State, long? ApprovedSeq, string? ApprovedAt, IReadOnlyList<ChainReceiptView> Receipts);

/// <summary>A receipt: a transaction anyone can look up on the chain.</summary>
/// <param name="Step">queued, vetoed, executed or cancelled.</param>
/// <param name="ChainId">EIP-155 chain id.</param>
/// <param name="Tx">Transaction hash.</param>
/// <param name="Block">Block number.</param>
/// <param name="Success">Whether the transaction succeeded.</param>
public sealed record ChainReceiptView(string Step, long ChainId, string Tx, long Block, bool Success);
