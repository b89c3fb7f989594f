namespace Polity.Core.Voting.Ranked;

/// <summary>What an overvoted rank does to a ballot (RCTab's <c>overvoteRule</c>).</summary>
public enum OvervoteRule
{
    /// <summary><c>exhaustImmediately</c>.</summary>
    ExhaustImmediately,

    /// <summary><c>alwaysSkipToNextRank</c>.</summary>
    AlwaysSkipToNextRank,

    /// <summary><c>exhaustIfMultipleContinuing</c>.</summary>
    ExhaustIfMultipleContinuing,
}
