namespace Polity.Core.Voting.Ranked;

/// <summary>One round as RCTab reports it.</summary>
/// <param name="Number">1-based round number.</param>
/// <param name="Tally">Votes of each candidate counted this round.</param>
/// <param name="Threshold">Votes needed to win this round.</param>
/// <param name="Inactive">Value of the ballots no longer counting, by reason.</param>
/// <param name="Elected">Candidates elected this round, in RCTab's order.</param>
/// <param name="Eliminated">Candidates eliminated this round, in RCTab's order.</param>
/// <param name="Transfers">Where each elected or eliminated candidate's votes went next round (target "exhausted" or "residual surplus").</param>
/// <param name="ResidualSurplus">Surplus lost to rounding so far.</param>
public sealed record RankedRound(
    int Number,
    IReadOnlyDictionary<string, decimal> Tally,
    decimal Threshold,
    IReadOnlyDictionary<InactiveReason, decimal> Inactive,
    IReadOnlyList<string> Elected,
    IReadOnlyList<string> Eliminated,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> Transfers,
    decimal ResidualSurplus)
{
    /// <summary>Candidates elected or eliminated this round by a tiebreak.</summary>
    public IReadOnlySet<string> TieResolved { get; init; } = new HashSet<string>();

    /// <summary>The inactive value for one reason (0 when none).</summary>
    public decimal InactiveFor(InactiveReason reason) => Inactive.TryGetValue(reason, out var v) ? v : 0m;
}
