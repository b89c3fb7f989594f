namespace Polity.Core.Voting.Ranked;

/// <summary>How a ranked count runs: RCTab's rule options that apply to Polity's own ballots.</summary>
public sealed record RankedCountOptions
{
    /// <summary>Seats to fill: 1 is instant runoff, more is single transferable vote.</summary>
    public int Seats { get; init; } = 1;

    /// <summary>Hare quota (votes / seats, reached at equality) instead of Droop (votes / (seats + 1), to be exceeded).</summary>
    public bool HareQuota { get; init; }

    /// <summary>Consecutive skipped ranks tolerated before a ballot exhausts; null for any number.</summary>
    public int? MaxSkipped { get; init; }

    /// <summary>A ballot that ranks a candidate a second time exhausts when the count reaches the repeat (otherwise the repeat is passed over).</summary>
    public bool ExhaustOnDuplicate { get; init; }

    /// <summary>Eliminate together every candidate who cannot overtake the next one up.</summary>
    public bool BatchElimination { get; init; }

    /// <summary>After a winner, keep eliminating until two candidates remain (to show the final pairing).</summary>
    public bool ContinueUntilTwo { get; init; }

    /// <summary>How ties are broken (the modes that need no human).</summary>
    public TiebreakMode TieBreak { get; init; } = TiebreakMode.PreviousRoundCountsThenRandom;

    /// <summary>Seed of java.util.Random for the random and permutation tie-breaks.</summary>
    public long Seed { get; init; }

    /// <summary>True when winners' surpluses transfer (more than one seat).</summary>
    public bool UsesSurpluses => Seats > 1;
}
