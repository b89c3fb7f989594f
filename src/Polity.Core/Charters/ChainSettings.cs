namespace Polity.Core.Charters;

/// <summary>
/// The charter's <c>chain:</c> section: where the network executes decided batches on an EVM chain
/// (docs/on-chain.md), and who may veto them there.
/// </summary>
/// <param name="ChainId">The chain's EIP-155 id.</param>
/// <param name="Rpc">A JSON-RPC URL of a node of that chain.</param>
/// <param name="Veto">Per house, its on-chain veto holders and how many of them stop a batch.</param>
/// <param name="Anchor">The PolityAnchor's address, once deployed.</param>
/// <param name="Executor">The PolityExecutor's address, once deployed.</param>
/// <param name="Safe">The Safe the executor is a module of, or null when it holds the funds itself.</param>
public sealed record ChainSettings(
    long ChainId,
    string Rpc,
    IReadOnlyList<ChainVetoHouse> Veto,
    string? Anchor = null,
    string? Executor = null,
    string? Safe = null);

/// <summary>A house's on-chain veto holders: any <paramref name="Threshold"/> of <paramref name="Holders"/> stop a batch.</summary>
/// <param name="House">A house of the charter.</param>
/// <param name="Threshold">k, from 1 to the number of holders.</param>
/// <param name="Holders">The holders' addresses (<c>0x</c> and 40 hex digits).</param>
public sealed record ChainVetoHouse(string House, int Threshold, IReadOnlyList<string> Holders);
