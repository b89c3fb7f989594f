namespace Polity.Core.Voting.Ranked;

/// <summary>A finished count.</summary>
/// <param name="Rounds">Every round.</param>
/// <param name="Winners">The winners in the order they were elected.</param>
/// <param name="TotalBallots">Active plus inactive value in round 1.</param>
/// <param name="Undervotes">Ballots that ranked nobody.</param>
/// <param name="NumCandidates">Candidates known to the contest (RCTab's numCandidates).</param>
/// <param name="NumWinners">Configured seats.</param>
public sealed record RankedResult(
    IReadOnlyList<RankedRound> Rounds,
    IReadOnlyList<string> Winners,
    decimal TotalBallots,
    decimal Undervotes,
    int NumCandidates,
    int NumWinners)
{
    /// <summary>True when the count transferred surpluses (RCTab then reports <c>finalRoundSurplus</c>).</summary>
    public bool UsesSurpluses { get; init; }

    /// <summary>Candidates not excluded (RCTab's CSV "Number of Candidates").</summary>
    public int NumContinuingCandidates { get; init; }

    /// <summary>Per-precinct / per-batch views, when asked for.</summary>
    public IReadOnlyList<RankedSlice> Slices { get; init; } = [];

    /// <summary>The last round's threshold.</summary>
    public decimal FinalThreshold => Rounds.Count == 0 ? 0m : Rounds[^1].Threshold;
}
