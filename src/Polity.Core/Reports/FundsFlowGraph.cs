namespace Polity.Core.Reports;

/// <summary>The funds-flow graph of a journal: one <see cref="AssetFlow"/> per asset that moved, in ordinal order of asset code.</summary>
/// <param name="Assets">Per-asset graphs.</param>
public sealed record FundsFlowGraph(IReadOnlyList<AssetFlow> Assets);

/// <summary>Where one asset went: the accounts it passed through and every (from, to) flow between them.</summary>
/// <param name="Asset">The asset code.</param>
/// <param name="Decimals">The asset's decimals (for display; amounts stay in minor units).</param>
/// <param name="Nodes">Accounts that moved this asset, by stage, then by throughput (largest first), then by name.</param>
/// <param name="Edges">Flows, by stage of the source, then stage of the target, then amount (largest first), then names.</param>
public sealed record AssetFlow(string Asset, int Decimals, IReadOnlyList<FlowNode> Nodes, IReadOnlyList<FlowEdge> Edges)
{
    /// <summary>Everything funders paid in (the sum of the edges leaving the <see cref="FlowStage.Funders"/> stage).</summary>
    public long FundedIn => Edges.Where(e => Stage(e.From) == FlowStage.Funders).Sum(e => e.Amount);

    private FlowStage? Stage(string account) => Nodes.FirstOrDefault(n => n.Account == account)?.Stage;
}

/// <summary>An account in the picture.</summary>
/// <param name="Account">The account's written form (<c>treasury</c>, <c>budget:small-grants</c>, …).</param>
/// <param name="Stage">Its column.</param>
/// <param name="Label">A name for people (the stakeholder's name, the grant's title), or the account itself.</param>
/// <param name="In">Minor units that arrived (sum of incoming edges).</param>
/// <param name="Out">Minor units that left (sum of outgoing edges).</param>
/// <param name="Balance">The journal balance: always <c>In − Out</c> (what stayed; negative for funders).</param>
public sealed record FlowNode(string Account, FlowStage Stage, string Label, long In, long Out, long Balance)
{
    /// <summary>The larger of in and out: the node's height in a Sankey diagram.</summary>
    public long Throughput => Math.Max(In, Out);
}

/// <summary>
/// Money that moved from one account to another in one asset, summed over the journal entries that moved it.
/// </summary>
/// <param name="From">Source account.</param>
/// <param name="To">Target account.</param>
/// <param name="Asset">Asset code.</param>
/// <param name="Amount">Exact sum, minor units (always positive).</param>
/// <param name="Seqs">The log positions of the journal entries behind the flow, ascending, each once.</param>
public sealed record FlowEdge(string From, string To, string Asset, long Amount, IReadOnlyList<long> Seqs);
