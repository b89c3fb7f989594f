using Polity.Core.Primitives;

namespace Polity.Core.Funding.Budgeting;

/// <summary>
/// Greedy ("utilitarian") selection: sort projects by votes (or score, or votes per cost), then walk down the list
/// taking each project that fits what is left of the budget.
/// Tie-breaking: equal ranking values go to the project listed first in the file. Pabulib lists projects in the
/// city's official order, which settles ties as the city did (Warszawa 2018 Niskie Okęcie: 615 before the cheaper
/// 308 at 88 votes each); preferring the cheaper one there would not reproduce the official outcome.
/// </summary>
public static class GreedyRule
{
    /// <summary>
    /// Runs the rule. Projects in <paramref name="initial"/> are selected first and paid from the budget; the rule
    /// then fills what is left (this is how it completes another rule's outcome, e.g. Equal Shares).
    /// </summary>
    public static PbOutcome Select(PbInstance instance, GreedyOptions? options = null, IReadOnlyCollection<string>? initial = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        options ??= GreedyOptions.Default;
        var selected = (initial ?? []).Distinct(StringComparer.Ordinal).ToList();
        var given = selected.ToHashSet(StringComparer.Ordinal);
        var left = instance.Budget - selected.Sum(id => instance.Project(id).Cost);
        foreach (var project in Order(instance, options.Ranking).Where(p => !given.Contains(p.Id)))
        {
            // The threshold is on votes (or score), not on votes per cost: it is the city's eligibility bar.
            var support = options.Ranking == GreedyRanking.Score ? instance.ScoreOf(project.Id) : instance.VotesOf(project.Id);
            if (options.MinimumScore is { } min && support < min)
            {
                continue;
            }
            if (project.Cost <= left)
            {
                selected.Add(project.Id);
                left -= project.Cost;
            }
            else if (!options.Skip)
            {
                break;
            }
        }
        return PbOutcome.Of(instance, selected);
    }

    /// <summary>The projects in the order the rule considers them.</summary>
    public static IReadOnlyList<PbProject> Order(PbInstance instance, GreedyRanking ranking)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return
        [
            .. instance.Projects
                .Select((p, i) => (p, i))
                .OrderByDescending(x => RankValue(instance, x.p, ranking))
                .ThenBy(x => x.i)
                .Select(x => x.p),
        ];
    }

    private static Fraction RankValue(PbInstance instance, PbProject project, GreedyRanking ranking) => ranking switch
    {
        GreedyRanking.Votes => Fraction.Whole(instance.VotesOf(project.Id)),
        GreedyRanking.Score => Fraction.Whole(instance.ScoreOf(project.Id)),
        // A free project with votes ranks above every costed one (a zero denominator would read as 0).
        GreedyRanking.VotesPerCost => project.Cost == 0
            ? Fraction.Whole(instance.VotesOf(project.Id) == 0 ? 0 : long.MaxValue)
            : new Fraction(instance.VotesOf(project.Id), project.Cost),
        _ => throw new ArgumentOutOfRangeException(nameof(ranking)),
    };
}
