using Polity.Core.Primitives;

namespace Polity.Core.Voting;

/// <summary>A condorcet count's working: the pairwise matrix, Schulze's strongest paths, the scores and the ranking.</summary>
/// <param name="Variant">schulze or copeland.</param>
/// <param name="Candidates">Candidates in option order (rows and columns of the matrices).</param>
/// <param name="Pairwise">Row by row: weight preferring the row candidate to the column candidate.</param>
/// <param name="StrongestPaths">Schulze's strongest path strengths row by row, or null for Copeland.</param>
/// <param name="Scores">Per candidate: wins + ½ per tie + ¼ of the average pairwise support.</param>
/// <param name="Ranking">Candidates from first to last.</param>
public sealed record CondorcetDetail(
    string Variant,
    IReadOnlyList<string> Candidates,
    IReadOnlyList<IReadOnlyList<Fraction>> Pairwise,
    IReadOnlyList<IReadOnlyList<Fraction>>? StrongestPaths,
    IReadOnlyList<Fraction> Scores,
    IReadOnlyList<string> Ranking) : ITallyDetail
{
    /// <inheritdoc />
    public IReadOnlyList<string> Lines()
    {
        var lines = new List<string> { $"{Variant} ranking: {string.Join(" > ", Ranking)}" };
        var relation = StrongestPaths ?? Pairwise;
        var n = Candidates.Count;
        for (var i = 0; i < n; i++)
        {
            var row = string.Join(" ", Enumerable.Range(0, n).Select(j => i == j ? "-" : Pairwise[i][j].ToString()));
            var beats = Enumerable.Range(0, n).Where(j => j != i && relation[i][j] > relation[j][i]).Select(j => Candidates[j]).ToList();
            var paths = StrongestPaths is null ? "" : "; paths " + string.Join(" ", Enumerable.Range(0, n).Select(j => i == j ? "-" : StrongestPaths[i][j].ToString()));
            lines.Add($"{Candidates[i]}: pairwise {row}{paths}; beats {(beats.Count == 0 ? "none" : string.Join(", ", beats))}");
        }
        return lines;
    }

    /// <summary>A square matrix as rows.</summary>
    internal static IReadOnlyList<IReadOnlyList<Fraction>> Rows(Fraction[,] m) =>
        Enumerable.Range(0, m.GetLength(0)).Select(i => (IReadOnlyList<Fraction>)Enumerable.Range(0, m.GetLength(1)).Select(j => m[i, j]).ToList()).ToList();
}
