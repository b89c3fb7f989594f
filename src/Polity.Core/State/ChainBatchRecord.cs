using System.Collections.Immutable;
using Polity.Core.Events;

namespace Polity.Core.State;

/// <summary>An on-chain batch the log approved, and the receipts recorded for it.</summary>
/// <param name="Batch">The batch hash.</param>
/// <param name="Proposal">The proposal that approved it.</param>
/// <param name="Option">The passed option carrying it.</param>
/// <param name="Seq">The seq of its <see cref="ChainBatchApproved"/> entry (what the executor's proof is about).</param>
/// <param name="ApprovedAt">When it was approved.</param>
public sealed record ChainBatchRecord(string Batch, long Proposal, string Option, long Seq, long ApprovedAt)
{
    /// <summary>Receipts in log order.</summary>
    public ImmutableList<ChainReceipt> Receipts { get; init; } = [];
}
