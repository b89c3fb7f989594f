namespace Polity.Core.Voting.Ranked;

/// <summary>How winners are chosen (RCTab's <c>winnerElectionMode</c>).</summary>
public enum WinnerElectionMode
{
    /// <summary><c>singleWinnerMajority</c>: instant-runoff for one seat.</summary>
    SingleWinnerMajority,

    /// <summary><c>multiWinnerAllowMultipleWinnersPerRound</c>: STV with fractional surplus transfer.</summary>
    MultiWinnerAllowMultipleWinnersPerRound,

    /// <summary><c>multiWinnerAllowOnlyOneWinnerPerRound</c>: STV electing at most one candidate a round.</summary>
    MultiWinnerAllowOnlyOneWinnerPerRound,

    /// <summary><c>bottomsUp</c>: eliminate until the seats equal the continuing candidates.</summary>
    BottomsUp,

    /// <summary><c>bottomsUpUsingPercentageThreshold</c>: eliminate until everyone left meets a share of the vote.</summary>
    BottomsUpUsingPercentageThreshold,

    /// <summary><c>multiPassIrv</c>: repeated single-winner passes, each excluding earlier winners.</summary>
    MultiPassIrv,
}
