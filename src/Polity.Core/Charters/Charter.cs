using Polity.Core.Primitives;

namespace Polity.Core.Charters;

/// <summary>
/// The governance framework as code: houses, decision types and treasury rules.
/// A network's charter changes only by a passed <c>amend-charter</c> action; each version is an event.
/// </summary>
/// <param name="Network">The network's short name.</param>
/// <param name="Purpose">What the network is for, in one or two sentences.</param>
/// <param name="Houses">Stakeholder groups with their own voice, in declaration order.</param>
/// <param name="DecisionTypes">Classes of decision, each with its own process, in declaration order.</param>
/// <param name="Treasury">Assets and spending limits.</param>
/// <param name="Roles">Role names stakeholders may hold (for example <c>stewards</c>).</param>
/// <param name="Chain">Where decided batches execute on an EVM chain, or null; left out of the payload when null, so charters written before it keep their bytes.</param>
public sealed record Charter(
    string Network,
    string Purpose,
    IReadOnlyList<House> Houses,
    IReadOnlyList<DecisionType> DecisionTypes,
    TreasuryRules Treasury,
    IReadOnlyList<string> Roles,
    ChainSettings? Chain = null)
{
    /// <summary>Relationship types, relationship conflicts of interest and objective stewards (the <c>stakeholders</c> section).</summary>
    public StakeholderRules Stakeholders { get; init; } = StakeholderRules.Empty;

    /// <summary>The house with this id, or null.</summary>
    public House? FindHouse(string id) => Houses.FirstOrDefault(h => h.Id == id);

    /// <summary>The decision type with this id, or null.</summary>
    public DecisionType? FindDecisionType(string id) => DecisionTypes.FirstOrDefault(d => d.Id == id);

    /// <summary>Semantic checks; an empty list means the charter is sound. Syntax is the loader's job.</summary>
    public IReadOnlyList<CharterProblem> Validate() => CharterValidation.Check(this);
}

/// <summary>A stakeholder group with its own membership and weight rule.</summary>
/// <param name="Id">Short name, e.g. <c>funders</c>.</param>
/// <param name="Weight">How much a member's ballot weighs.</param>
/// <param name="Admit">How a stakeholder becomes a member.</param>
/// <param name="Attesters">For <see cref="AdmissionRule.OpenWithAttestation"/>: houses whose members may attest.</param>
/// <param name="Description">Free text.</param>
public sealed record House(
    string Id,
    WeightRule Weight,
    AdmissionRule Admit,
    IReadOnlyList<string> Attesters,
    string Description = "")
{
    /// <summary>For <see cref="WeightRule.Reputation"/>: what earns points and how they decay; otherwise null.</summary>
    public ReputationRule? Reputation { get; init; }
}

/// <summary>How a member's ballot weighs in their house.</summary>
public enum WeightRule
{
    /// <summary>Every member counts 1 (<c>one-member-one-vote</c>).</summary>
    OneMemberOneVote,

    /// <summary>The member's recorded stake (<c>stake</c>).</summary>
    Stake,

    /// <summary>The integer square root of the member's stake, ⌊√stake⌋ (<c>quadratic-of-stake</c>).</summary>
    QuadraticOfStake,

    /// <summary>Points the member earned by the events the house's <see cref="ReputationRule"/> names, decayed (<c>reputation</c>).</summary>
    Reputation,
}

/// <summary>How a stakeholder joins a house.</summary>
public enum AdmissionRule
{
    /// <summary>Only by a passed proposal's <c>add-member</c> action (<c>by-proposal</c>).</summary>
    ByProposal,

    /// <summary>By a passed <c>add-member</c> proposal of a decision type on which this house votes (<c>by-house-vote</c>).</summary>
    ByHouseVote,

    /// <summary>Anyone registered may join (<c>open</c>).</summary>
    Open,

    /// <summary>Anyone may join once a member of an attesting house attests (<c>open-with-attestation</c>).</summary>
    OpenWithAttestation,
}

/// <summary>A class of decision with its own process.</summary>
/// <param name="Id">Short name, e.g. <c>grant</c>.</param>
/// <param name="Proposers">Houses whose members may propose; empty means any member of any house.</param>
/// <param name="Deliberation">How long comments and objections run before voting opens.</param>
/// <param name="Voting">Method and period.</param>
/// <param name="Houses">Which houses vote, each with quorum and threshold, in declaration order.</param>
/// <param name="Combine">How house results make one outcome.</param>
/// <param name="Veto">A house that may veto during the timelock, or null.</param>
/// <param name="Timelock">Delay between success and execution; also the veto window.</param>
/// <param name="Grace">How long after the timelock a queued proposal may still execute before it expires.</param>
/// <param name="ConflictOfInterest">What happens to beneficiaries of the proposal's actions.</param>
/// <param name="Actions">Action kinds proposals of this type may carry.</param>
public sealed record DecisionType(
    string Id,
    IReadOnlyList<string> Proposers,
    Duration Deliberation,
    VotingRules Voting,
    IReadOnlyList<HouseVoteRule> Houses,
    CombineRule Combine,
    VetoRule? Veto,
    Duration Timelock,
    Duration Grace,
    ConflictOfInterestRule ConflictOfInterest,
    IReadOnlyList<string> Actions)
{
    /// <summary>Grace when the charter names none: 14 days.</summary>
    public static Duration DefaultGrace { get; } = Duration.FromDays(14);

    /// <summary>Action kinds allowed when the charter names none: all but <c>amend-charter</c>, which only a type named <c>amend-charter</c> carries by default.</summary>
    public static IReadOnlyList<string> DefaultActions(string decisionTypeId) =>
        decisionTypeId == "amend-charter"
            ? [ActionKinds.AmendCharter, ActionKinds.Signal]
            : [ActionKinds.Signal, ActionKinds.Transfer, ActionKinds.AddMember, ActionKinds.RemoveMember, ActionKinds.AllocateBudget, ActionKinds.AwardGrant,
                ActionKinds.OpenRound, ActionKinds.ChainBatch, ActionKinds.ReturnFunds, ActionKinds.CancelGrant];
}

/// <summary>The action kinds a proposal may carry.</summary>
public static class ActionKinds
{
    /// <summary>No effect beyond the recorded decision.</summary>
    public const string Signal = "signal";

    /// <summary>Move funds from the treasury to an address.</summary>
    public const string Transfer = "transfer";

    /// <summary>Admit a stakeholder to a house.</summary>
    public const string AddMember = "add-member";

    /// <summary>Remove a member from a house.</summary>
    public const string RemoveMember = "remove-member";

    /// <summary>Adopt a new charter version.</summary>
    public const string AmendCharter = "amend-charter";

    /// <summary>Move funds from the treasury into a budget program's envelope.</summary>
    public const string AllocateBudget = "allocate-budget";

    /// <summary>Award an eligible grant application: commit its money and fix its milestones.</summary>
    public const string AwardGrant = "award-grant";

    /// <summary>Open a grantmaking round: move its pool into the round's account and start its phases.</summary>
    public const string OpenRound = "open-round";

    /// <summary>Run a batch of calls on an EVM chain through the network's executor contract.</summary>
    public const string ChainBatch = "chain-batch";

    /// <summary>Move money back from a budget or a finished round's remainder to the treasury or another budget.</summary>
    public const string ReturnFunds = "return-funds";

    /// <summary>Cancel an awarded grant: close it and return its unpaid commitment to where it came from.</summary>
    public const string CancelGrant = "cancel-grant";

    /// <summary>Every kind, in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } = [Signal, Transfer, AddMember, RemoveMember, AmendCharter, AllocateBudget, AwardGrant, OpenRound, ChainBatch, ReturnFunds, CancelGrant];
}

/// <summary>Voting method, period and the method's own settings.</summary>
/// <param name="Method">A registered method name: <c>choice</c>, <c>approval</c>, <c>ranked</c>, …</param>
/// <param name="Period">How long voting stays open.</param>
public sealed record VotingRules(string Method, Duration Period)
{
    /// <summary>Method-specific settings written beside <c>method</c> and <c>period</c> (e.g. <c>seats: 3</c>).</summary>
    public Voting.MethodSettings Settings { get; init; } = Voting.MethodSettings.Empty;
}

/// <summary>One voting house's quorum and threshold.</summary>
/// <param name="House">The house id.</param>
/// <param name="Quorum">Share of the house's total weight that must take part (abstentions count).</param>
/// <param name="Threshold">Share of decisive votes an option must exceed to pass in this house.</param>
public sealed record HouseVoteRule(string House, Ratio Quorum, Ratio Threshold)
{
    /// <summary>
    /// The method this house counts with when it differs from the decision type's (e.g. funders by
    /// <c>choice</c> while the community ranks), with its own settings; null means the decision type's method.
    /// </summary>
    public HouseMethod? Method { get; init; }
}

/// <summary>A house's own voting method and its settings.</summary>
/// <param name="Name">A registered method name.</param>
/// <param name="Settings">Its settings, as written beside <c>method</c> in the house's entry.</param>
public sealed record HouseMethod(string Name, Voting.MethodSettings Settings);

/// <summary>How per-house results combine.</summary>
public abstract record CombineRule
{
    private CombineRule() { }

    /// <summary>The option passes in every voting house (concurrent majority).</summary>
    public sealed record AllHouses : CombineRule;

    /// <summary>The option passes in more than half of the voting houses.</summary>
    public sealed record MajorityOfHouses : CombineRule;

    /// <summary>A joint tally: each house's support share, weighted, must exceed <paramref name="Threshold"/>.</summary>
    /// <param name="Weights">Weight per house id (positive integers).</param>
    /// <param name="Threshold">Share the weighted support must exceed.</param>
    public sealed record Weighted(IReadOnlyDictionary<string, long> Weights, Ratio Threshold) : CombineRule;
}

/// <summary>A house that may stop a succeeded proposal during its timelock.</summary>
/// <param name="House">The vetoing house.</param>
/// <param name="Threshold">Share of the house's weight whose vetoes stop the proposal (vetoed when exceeded).</param>
public sealed record VetoRule(string House, Ratio Threshold);

/// <summary>What happens when a voter benefits from a proposal's actions.</summary>
public enum ConflictOfInterestRule
{
    /// <summary>No rule.</summary>
    None,

    /// <summary>Beneficiaries may not vote; the tally lists them as recused.</summary>
    Recuse,

    /// <summary>Beneficiaries may vote; the tally lists them as disclosed.</summary>
    Disclose,
}

/// <summary>Treasury assets and the charter's spending limits.</summary>
/// <param name="Assets">Assets the treasury holds, each with its decimals.</param>
/// <param name="SpendWithoutVote">Allowances a role may spend without a proposal, per period.</param>
public sealed record TreasuryRules(IReadOnlyList<Asset> Assets, IReadOnlyList<SpendAllowance> SpendWithoutVote)
{
    /// <summary>Budget programs (envelopes), in declaration order.</summary>
    public IReadOnlyList<BudgetProgram> Budgets { get; init; } = [];

    /// <summary>Who reviews, attests and pays grants; null when the network runs no grants.</summary>
    public GrantRules? Grants { get; init; }

    /// <summary>The asset with this code, or null.</summary>
    public Asset? FindAsset(string code) => Assets.FirstOrDefault(a => a.Code == code);

    /// <summary>The budget program with this name, or null.</summary>
    public BudgetProgram? FindBudget(string program) => Budgets.FirstOrDefault(b => b.Program == program);
}

/// <summary>An asset and how many decimals its minor unit has (<c>EUR</c> 2, <c>USDC</c> 6).</summary>
public sealed record Asset(string Code, int Decimals)
{
    /// <summary>How far below zero the unallocated treasury may go in this asset, minor units; 0 (the default) keeps it at or above zero.</summary>
    public long Overdraft { get; init; }
}

/// <summary>A role's allowance to spend without a vote.</summary>
/// <param name="Asset">Asset code.</param>
/// <param name="Limit">Most it may spend per period, in minor units.</param>
/// <param name="Per">The rolling period.</param>
/// <param name="Role">The role holding the allowance.</param>
public sealed record SpendAllowance(string Asset, long Limit, Duration Per, string Role)
{
    /// <summary>The budget program the allowance draws on, or null to draw on the unallocated treasury.</summary>
    public string? Budget { get; init; }
}

/// <summary>A semantic charter error at a path of keys, e.g. <c>decision-types.grant.houses.guests</c>.</summary>
/// <param name="Path">Dot-separated keys from the document root; list items by index.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record CharterProblem(string Path, string Message);
