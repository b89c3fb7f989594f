namespace Polity.Core.Events;

/// <summary>One call of an on-chain batch, as a <see cref="ProposalAction.ChainBatch"/> carries it.</summary>
/// <param name="Target">The called address: <c>0x</c> and 40 lowercase hex digits.</param>
/// <param name="Value">Wei sent with the call, as decimal digits (a uint256 does not fit a JSON number).</param>
/// <param name="Data">The call data: <c>0x</c> and an even number of lowercase hex digits.</param>
public sealed record BatchCall(string Target, string Value, string Data);

/// <summary>
/// Records that an executed proposal's passed option approved an on-chain batch. Anyone may append it once the
/// proposal has executed. Its entry bytes and their Merkle proof are what the PolityExecutor contract checks before
/// it queues the batch: the payload's first key is <c>batch</c>, so the hash sits at a fixed offset of the entry.
/// </summary>
/// <param name="Batch">The batch hash, <c>0x</c> and 64 lowercase hex digits, as the option's chain-batch action carries it.</param>
/// <param name="Option">The passed option carrying the batch.</param>
/// <param name="Proposal">The executed proposal.</param>
public sealed record ChainBatchApproved(string Batch, string Option, long Proposal) : PolityEvent;

/// <summary>
/// What happened to an approved batch on chain: a claim anyone can check against the chain by its transaction hash.
/// </summary>
/// <param name="Batch">The batch hash.</param>
/// <param name="Step">One of <see cref="ChainSteps"/>.</param>
/// <param name="ChainId">The chain's EIP-155 id.</param>
/// <param name="Tx">The transaction hash, <c>0x</c> and 64 lowercase hex digits.</param>
/// <param name="Block">The block it was mined in.</param>
/// <param name="Success">Whether the transaction succeeded.</param>
public sealed record ChainReceipt(string Batch, string Step, long ChainId, string Tx, long Block, bool Success) : PolityEvent;

/// <summary>The steps a <see cref="ChainReceipt"/> may record.</summary>
public static class ChainSteps
{
    /// <summary>The batch was queued on chain with its proof.</summary>
    public const string Queued = "queued";

    /// <summary>A veto holder vetoed it.</summary>
    public const string Vetoed = "vetoed";

    /// <summary>It executed.</summary>
    public const string Executed = "executed";

    /// <summary>A later batch cancelled it.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>Every step.</summary>
    public static IReadOnlyList<string> All { get; } = [Queued, Vetoed, Executed, Cancelled];
}
