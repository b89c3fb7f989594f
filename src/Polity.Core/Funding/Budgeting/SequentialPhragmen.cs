using Polity.Core.Primitives;

namespace Polity.Core.Funding.Budgeting;

/// <summary>
/// Sequential Phragmén for budgeting (as pabutools): voters earn virtual money continuously from 0; a project is
/// bought the moment its supporters together hold its cost, and their loads are all set to that moment:
/// <c>t(p) = (cost(p) + sum of supporters' loads) / supporters</c>; each round buys the project with the smallest
/// <c>t(p)</c>. Projects costing more than the whole budget are dropped up front; the rule stops as soon as a
/// project with the smallest <c>t</c> no longer fits. Projects nobody approves have <c>t = ∞</c> and come last.
/// Tie-breaking: the cheaper project, then more votes, then the one listed first in the file.
/// </summary>
public static class SequentialPhragmen
{
    /// <summary>
    /// Runs the rule. Projects in <paramref name="initial"/> are selected first and paid from the budget, with every
    /// load still 0 (as pabutools); the rule then buys from what is left (completing another rule's outcome).
    /// </summary>
    public static PbOutcome Select(PbInstance instance, IReadOnlyCollection<string>? initial = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var voters = VoterGroups.Of(instance);
        var supporters = voters.SupportersByProject(instance.Projects.Count);
        var loads = Enumerable.Repeat(Fraction.Zero, voters.Count).ToArray();
        var given = EqualShares.Given(instance, initial);
        var remaining = Enumerable.Range(0, instance.Projects.Count)
            .Where(p => instance.Projects[p].Cost <= instance.Budget && !given.Contains(p))
            .ToList();
        var selected = given.Select(p => instance.Projects[p].Id).ToList();
        var spent = given.Sum(p => instance.Projects[p].Cost);
        while (remaining.Count > 0)
        {
            var best = new List<int>();
            Fraction? bestT = null;
            foreach (var p in remaining)
            {
                var t = Moment(instance.Projects[p].Cost, supporters[p], voters.Weights, loads);
                var order = Compare(t, bestT);
                if (best.Count == 0 || order < 0)
                {
                    best = [p];
                    bestT = t;
                }
                else if (order == 0)
                {
                    best.Add(p);
                }
            }
            // As pabutools: if any project tied for the earliest moment overspends, the rule stops.
            if (best.Any(p => spent + instance.Projects[p].Cost > instance.Budget))
            {
                break;
            }
            var chosen = best.Min(Comparer<int>.Create((a, b) => ProjectTieBreak.Compare(instance, a, b)));
            selected.Add(instance.Projects[chosen].Id);
            spent += instance.Projects[chosen].Cost;
            remaining.Remove(chosen);
            if (bestT is { } moment)
            {
                foreach (var g in supporters[chosen])
                {
                    loads[g] = moment;
                }
            }
        }
        return PbOutcome.Of(instance, selected);
    }

    /// <summary>null stands for infinity (no supporters).</summary>
    private static Fraction? Moment(long cost, List<int> groups, IReadOnlyList<long> weights, Fraction[] loads)
    {
        var count = groups.Sum(g => weights[g]);
        if (count == 0)
        {
            return null;
        }
        var total = Fraction.Whole(cost);
        foreach (var g in groups)
        {
            total += loads[g] * weights[g];
        }
        return total / count;
    }

    private static int Compare(Fraction? a, Fraction? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        ({ } x, { } y) => x.CompareTo(y),
    };
}
