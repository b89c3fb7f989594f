namespace Polity.Core.Voting.Ranked;

/// <summary>
/// One cast vote record: <see cref="Rankings"/>[i] holds the candidates marked at rank i + 1.
/// An empty ranking is a skipped rank; several candidates at one rank are an overvote.
/// </summary>
/// <param name="Rankings">The rankings from most to least preferred.</param>
/// <param name="Id">The record id, for diagnostics only.</param>
/// <param name="Precinct">The precinct, when the source names one.</param>
/// <param name="Batch">The batch, when the source names one.</param>
public sealed record RankedBallot(IReadOnlyList<IReadOnlyList<string>> Rankings, string? Id = null, string? Precinct = null, string? Batch = null)
{
    /// <summary>True when no rank holds any candidate.</summary>
    public bool IsBlank => Rankings.All(r => r.Count == 0);
}
