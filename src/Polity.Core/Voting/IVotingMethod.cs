using Polity.Core.Events;

namespace Polity.Core.Voting;

/// <summary>
/// A voting method: how a ballot is formed and how one house's ballots turn into support per option.
/// Quorum, thresholds and the combination of houses are shared by all methods (<see cref="Tallying"/>).
/// </summary>
public interface IVotingMethod
{
    /// <summary>The name the charter uses.</summary>
    string Name { get; }

    /// <summary>Null when the ballot is well formed for these options, else the reason it is not.</summary>
    string? CheckBallot(IReadOnlyList<string> choices, IReadOnlyList<ProposalOption> options);

    /// <summary>Support per option and decisive weight from one house's weighted ballots.</summary>
    HouseCount Count(IEnumerable<WeightedBallot> ballots, IReadOnlyList<ProposalOption> options);

    /// <summary>True when several options may pass together (approval); false when at most one may (choice).</summary>
    bool MultipleWinners { get; }
}

/// <summary>A ballot with its voter's weight in one house.</summary>
/// <param name="Weight">Voting weight.</param>
/// <param name="Choices">The ballot's choices.</param>
public readonly record struct WeightedBallot(long Weight, IReadOnlyList<string> Choices);

/// <summary>What a method found in one house.</summary>
/// <param name="Support">Weight behind each option, in option order.</param>
/// <param name="Decisive">Weight of ballots that were not abstentions: the denominator of every option's share.</param>
public sealed record HouseCount(IReadOnlyList<long> Support, long Decisive);
