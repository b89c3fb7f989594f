using Polity.Core.Primitives;

namespace Polity.Core.Voting;

/// <summary>A STAR count's working: the finalists, the runoff and any tie-break.</summary>
/// <param name="Finalists">The two highest-scoring candidates (first, second).</param>
/// <param name="Runoff">Weight preferring the first finalist, the second, and neither.</param>
/// <param name="Winner">The runoff winner, or null when no candidate was scored.</param>
/// <param name="TieBreaks">Tie-breaks that were needed, in order.</param>
public sealed record StarDetail(IReadOnlyList<string> Finalists, IReadOnlyList<Fraction> Runoff, string? Winner, IReadOnlyList<string> TieBreaks)
    : ITallyDetail
{
    /// <inheritdoc />
    public IReadOnlyList<string> Lines()
    {
        if (Finalists.Count < 2)
        {
            return [Winner is null ? "no candidate was scored" : $"only candidate: {Winner}"];
        }
        var lines = new List<string>
        {
            $"runoff {Finalists[0]} vs {Finalists[1]}: {Runoff[0]} prefer {Finalists[0]}, {Runoff[1]} prefer {Finalists[1]}, {Runoff[2]} no preference → {Winner}",
        };
        lines.AddRange(TieBreaks.Select(t => "tie-break: " + t));
        return lines;
    }
}
