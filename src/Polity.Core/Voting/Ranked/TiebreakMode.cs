namespace Polity.Core.Voting.Ranked;

/// <summary>How ties for last place (or for the one winner of a round) are broken (RCTab's <c>tiebreakMode</c>).</summary>
public enum TiebreakMode
{
    /// <summary><c>random</c>: java.util.Random seeded with the configured seed.</summary>
    Random,

    /// <summary><c>stopCountingAndAsk</c>: interactive; a tie is an error here.</summary>
    StopCountingAndAsk,

    /// <summary><c>previousRoundCountsThenRandom</c>.</summary>
    PreviousRoundCountsThenRandom,

    /// <summary><c>previousRoundCountsThenAsk</c>: a tie left after previous rounds is an error here.</summary>
    PreviousRoundCountsThenAsk,

    /// <summary><c>useCandidateOrder</c>: the configured candidate order (earlier wins, later loses).</summary>
    UseCandidateOrder,

    /// <summary><c>generatePermutation</c>: a seeded shuffle of the sorted candidate names.</summary>
    GeneratePermutation,
}
