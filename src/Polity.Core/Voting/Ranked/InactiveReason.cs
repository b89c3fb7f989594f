namespace Polity.Core.Voting.Ranked;

/// <summary>Why a ballot stopped counting, as RCTab reports it per round.</summary>
public enum InactiveReason
{
    /// <summary>The ballot ranked nobody (reported as <c>undervotes</c> in the summary).</summary>
    DidNotRankAnyCandidates,

    /// <summary><c>overvotes</c>.</summary>
    Overvote,

    /// <summary><c>skippedRankings</c>.</summary>
    SkippedRanking,

    /// <summary><c>exhaustedChoices</c>.</summary>
    ExhaustedChoices,

    /// <summary><c>repeatedRankings</c>.</summary>
    RepeatedRanking,

    /// <summary><c>finalRoundSurplus</c>: value left with winners once every seat is filled.</summary>
    FinalRoundSurplus,
}
