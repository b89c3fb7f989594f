using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Core.Voting;

/// <summary>A proposal's tally: each house, the combination, the outcome. Reproducible from the log alone.</summary>
/// <param name="Proposal">Proposal number.</param>
/// <param name="Method">Voting method.</param>
/// <param name="Combine">The combination rule's name.</param>
/// <param name="Houses">Per-house results, in charter order.</param>
/// <param name="Options">Combined result per option.</param>
/// <param name="Passed">Options that passed, in option order.</param>
/// <param name="Outcome">The outcome once voting has closed.</param>
public sealed record ProposalTally(
    long Proposal,
    string Method,
    string Combine,
    IReadOnlyList<HouseTally> Houses,
    IReadOnlyList<CombinedOption> Options,
    IReadOnlyList<string> Passed,
    ProposalStatus Outcome);

/// <summary>One house's count.</summary>
/// <param name="House">House id.</param>
/// <param name="ElectorateWeight">Total weight of eligible (non-recused) members.</param>
/// <param name="Electorate">Eligible members.</param>
/// <param name="TurnoutWeight">Weight of ballots cast, abstentions included, with the weight delegated to the voters.</param>
/// <param name="Ballots">Ballots cast.</param>
/// <param name="Quorum">Required share of the electorate weight.</param>
/// <param name="QuorumMet">Whether turnout reached the quorum.</param>
/// <param name="Threshold">Share of decisive weight an option must exceed.</param>
/// <param name="DecisiveWeight">Weight of ballots that were not abstentions.</param>
/// <param name="Options">Support for each option and whether it passed here.</param>
/// <param name="Recused">Beneficiaries excluded from this house's electorate.</param>
/// <param name="Disclosed">Beneficiaries who voted under a disclose rule.</param>
public sealed record HouseTally(
    string House,
    long ElectorateWeight,
    int Electorate,
    Fraction TurnoutWeight,
    int Ballots,
    Ratio Quorum,
    bool QuorumMet,
    Ratio Threshold,
    Fraction DecisiveWeight,
    IReadOnlyList<OptionSupport> Options,
    IReadOnlyList<Address> Recused,
    IReadOnlyList<Address> Disclosed)
{
    /// <summary>The house's own method when it differs from the decision type's, else null.</summary>
    public string? Method { get; init; }

    /// <summary>The method's working in this house (rounds, pairwise matrix, …), or null.</summary>
    public object? Detail { get; init; }

    /// <summary>Weight cast by delegation: each piece with its delegator, the non-voting delegates it passed through, and the voter who cast it.</summary>
    public IReadOnlyList<DelegatedWeight> Delegated { get; init; } = [];

    /// <summary>For each recused or disclosed member whom the stakeholder map (not the proposal itself) ties to a beneficiary, the relationship that did.</summary>
    public IReadOnlyList<Map.ConflictLink> Conflicts { get; init; } = [];
}

/// <summary>An option's support in one house.</summary>
/// <param name="Option">Option name.</param>
/// <param name="Weight">Supporting weight.</param>
/// <param name="Share">Share of the decisive weight.</param>
/// <param name="Passed">Passed in this house.</param>
public sealed record OptionSupport(string Option, Fraction Weight, Fraction Share, bool Passed);

/// <summary>An option's combined result.</summary>
/// <param name="Option">Option name.</param>
/// <param name="HousesPassed">Houses in which it passed.</param>
/// <param name="WeightedShare">Under a weighted combination, the weighted share; otherwise null.</param>
/// <param name="Passed">Passed overall.</param>
public sealed record CombinedOption(string Option, IReadOnlyList<string> HousesPassed, Fraction? WeightedShare, bool Passed);
