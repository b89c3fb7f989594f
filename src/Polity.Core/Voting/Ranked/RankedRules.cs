namespace Polity.Core.Voting.Ranked;

/// <summary>The counting rules, mirroring RCTab's <c>rules</c> section.</summary>
public sealed record RankedRules
{
    /// <summary>How winners are chosen.</summary>
    public WinnerElectionMode WinnerElectionMode { get; init; } = WinnerElectionMode.SingleWinnerMajority;

    /// <summary>How ties are broken.</summary>
    public TiebreakMode TiebreakMode { get; init; } = TiebreakMode.UseCandidateOrder;

    /// <summary>What an overvote does.</summary>
    public OvervoteRule OvervoteRule { get; init; } = OvervoteRule.ExhaustImmediately;

    /// <summary>Seats to fill (0 for the percentage-threshold bottoms-up mode).</summary>
    public int NumberOfWinners { get; init; } = 1;

    /// <summary>Consecutive skipped ranks tolerated; null for unlimited.</summary>
    public int? MaxSkippedRanksAllowed { get; init; }

    /// <summary>Ranks a ballot may use.</summary>
    public int MaxRankingsAllowed { get; init; } = int.MaxValue;

    /// <summary>Eliminate every candidate who cannot catch up, in one round.</summary>
    public bool BatchElimination { get; init; }

    /// <summary>Keep eliminating after a winner until two candidates remain.</summary>
    public bool ContinueUntilTwoCandidatesRemain { get; init; }

    /// <summary>Votes below this are eliminated together; 0 disables it.</summary>
    public decimal MinimumVoteThreshold { get; init; }

    /// <summary>A ballot ranking the same candidate twice is exhausted.</summary>
    public bool ExhaustOnDuplicateCandidate { get; init; }

    /// <summary>Decimal places of all fractional arithmetic (values are truncated, as RCTab's RoundingMode.DOWN).</summary>
    public int DecimalPlacesForVoteArithmetic { get; init; } = 4;

    /// <summary>The threshold keeps decimals instead of being a whole number.</summary>
    public bool NonIntegerWinningThreshold { get; init; }

    /// <summary>votes / seats, rounded up, instead of the Droop quota.</summary>
    public bool HareQuota { get; init; }

    /// <summary>Single-winner: the first round's threshold holds for every round.</summary>
    public bool DoesFirstRoundDetermineThreshold { get; init; }

    /// <summary>Stop after this round; null to run to the end.</summary>
    public int? StopTabulationEarlyAfterRound { get; init; }

    /// <summary>Percentage (0-100) for <see cref="WinnerElectionMode.BottomsUpUsingPercentageThreshold"/>.</summary>
    public decimal? MultiSeatBottomsUpPercentageThreshold { get; init; }

    /// <summary>Bottoms-up percentage mode: eliminate everyone below the threshold in one round.</summary>
    public bool CutoffElimination { get; init; }

    /// <summary>Seed of java.util.Random for the random tiebreak modes.</summary>
    public long? RandomSeed { get; init; }

    /// <summary>Free text describing the rules.</summary>
    public string? RulesDescription { get; init; }

    /// <summary>Also report the count per precinct.</summary>
    public bool TabulateByPrecinct { get; init; }

    /// <summary>Also report the count per batch.</summary>
    public bool TabulateByBatch { get; init; }

    /// <summary>True when the count transfers surpluses (multi-seat, not bottoms-up).</summary>
    public bool UsesSurpluses =>
        NumberOfWinners > 1
        && WinnerElectionMode is not (WinnerElectionMode.BottomsUp or WinnerElectionMode.BottomsUpUsingPercentageThreshold);
}
