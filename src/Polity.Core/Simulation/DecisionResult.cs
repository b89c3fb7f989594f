using Polity.Core.Primitives;

namespace Polity.Core.Simulation;

/// <summary>How a decision ended, recorded or simulated.</summary>
public enum DecisionOutcome
{
    /// <summary>An option passed and was not vetoed.</summary>
    Passed,

    /// <summary>Every house met its quorum and nothing passed.</summary>
    Defeated,

    /// <summary>Nothing passed and at least one voting house missed its quorum.</summary>
    QuorumFailed,

    /// <summary>An option passed and the veto house stopped it during the timelock.</summary>
    Vetoed,

    /// <summary>Voting had not closed when the log ended.</summary>
    Open,
}

/// <summary>One decision's result: the outcome, the options that passed, and each voting house's count.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Passed">Options that passed the vote (before any veto), in option order.</param>
/// <param name="Houses">Each voting house, in the decision type's order.</param>
public sealed record DecisionResult(DecisionOutcome Outcome, IReadOnlyList<string> Passed, IReadOnlyList<HouseResult> Houses)
{
    /// <summary>True once voting has closed.</summary>
    public bool Decided => Outcome != DecisionOutcome.Open;

    /// <summary>True when the vote carried an option, whether or not a veto then stopped it.</summary>
    public bool Carried => Outcome is DecisionOutcome.Passed or DecisionOutcome.Vetoed;
}

/// <summary>One voting house's part in a decision.</summary>
/// <param name="House">House id.</param>
/// <param name="ElectorateWeight">Total weight of its eligible members.</param>
/// <param name="TurnoutWeight">Weight that took part (abstentions and delegated weight included).</param>
/// <param name="Ballots">Ballots cast in it.</param>
/// <param name="QuorumMet">Whether turnout reached its quorum.</param>
/// <param name="Passed">Whether any option passed in this house.</param>
public sealed record HouseResult(string House, long ElectorateWeight, Fraction TurnoutWeight, int Ballots, bool QuorumMet, bool Passed);
