namespace Polity.Chain;

/// <summary>A mined transaction.</summary>
/// <param name="Hash">The transaction hash, <c>0x</c> and 64 hex digits.</param>
/// <param name="Block">The block number.</param>
/// <param name="Success">Whether it succeeded.</param>
/// <param name="GasUsed">Gas it used.</param>
public sealed record ChainTx(string Hash, long Block, bool Success, long GasUsed);

/// <summary>A house's veto holders on chain: any <paramref name="Threshold"/> of <paramref name="Holders"/> stop a batch.</summary>
/// <param name="House">The house's id in the charter.</param>
/// <param name="Threshold">k, at least 1.</param>
/// <param name="Holders">The n holders' addresses.</param>
public sealed record VetoHouse(string House, int Threshold, IReadOnlyList<string> Holders);

/// <summary>What the executor is deployed with.</summary>
/// <param name="Anchor">The PolityAnchor's address.</param>
/// <param name="Avatar">The Safe it is a module of, or null to call directly.</param>
/// <param name="DelaySeconds">The charter's timelock.</param>
/// <param name="GraceSeconds">The charter's grace period.</param>
/// <param name="Houses">Veto holders per house, in house-number order.</param>
public sealed record ExecutorSettings(string Anchor, string? Avatar, long DelaySeconds, long GraceSeconds, IReadOnlyList<VetoHouse> Houses);

/// <summary>Where a batch stands on chain.</summary>
public enum BatchState
{
    /// <summary>Never queued.</summary>
    None,

    /// <summary>Queued, waiting for its timelock or executable.</summary>
    Queued,

    /// <summary>Executed.</summary>
    Executed,

    /// <summary>Vetoed by a house.</summary>
    Vetoed,

    /// <summary>Cancelled by a later batch.</summary>
    Cancelled,
}

/// <summary>A batch's on-chain record.</summary>
/// <param name="Id">The batch's id: the leaf hash of its approving log entry.</param>
/// <param name="Batch">The batch hash.</param>
/// <param name="Eta">Earliest execution time (Unix seconds), 0 when not queued.</param>
/// <param name="State">Where it stands.</param>
public sealed record BatchStatus(string Id, string Batch, long Eta, BatchState State);
