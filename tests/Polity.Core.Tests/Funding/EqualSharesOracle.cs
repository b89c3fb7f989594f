using System.Numerics;
using Polity.Core.Funding.Budgeting;
using Polity.Core.Primitives;

namespace Polity.Core.Tests.Funding;

/// <summary>
/// The Method of Equal Shares as the textbook states it, in exact fractions, one voter at a time, with no search
/// shortcut: every round computes every project's price from scratch. Slow, and obviously right: the oracle the
/// fast <see cref="EqualShares"/> must agree with on every outcome and every voter's budget.
/// </summary>
internal static class EqualSharesOracle
{
    public static PbOutcome Run(PbInstance instance, Fraction share, MesUtility utility, List<List<Fraction>>? rounds = null, IReadOnlyCollection<string>? initial = null)
    {
        var given = (initial ?? []).ToList();
        var budgets = Enumerable.Repeat(share, instance.Ballots.Count).ToArray();
        var supporters = instance.Projects.Select(p => Enumerable.Range(0, instance.Ballots.Count)
            .Where(v => instance.Ballots[v].Projects.Contains(p.Id)).ToList()).ToList();
        var remaining = Enumerable.Range(0, instance.Projects.Count)
            .Where(p => supporters[p].Count > 0 && (utility != MesUtility.Cost || instance.Projects[p].Cost > 0) && !given.Contains(instance.Projects[p].Id))
            .ToList();
        var selected = new List<string>(given);
        rounds?.Add([.. budgets]);
        while (true)
        {
            var best = -1;
            var (bestQ, bestRho) = (Fraction.Zero, Fraction.Zero);
            foreach (var p in remaining)
            {
                var cost = instance.Projects[p].Cost;
                if (Cap(supporters[p].Select(v => budgets[v]).ToList(), cost) is not { } q)
                {
                    continue;
                }
                var rho = utility == MesUtility.Cost ? q / Fraction.Whole(cost) : q;
                if (best < 0 || rho < bestRho || (rho == bestRho && TieBreak(instance, p, best) < 0))
                {
                    (best, bestQ, bestRho) = (p, q, rho);
                }
            }
            if (best < 0)
            {
                return PbOutcome.Of(instance, selected);
            }
            selected.Add(instance.Projects[best].Id);
            remaining.Remove(best);
            foreach (var v in supporters[best])
            {
                budgets[v] = budgets[v] <= bestQ ? Fraction.Zero : budgets[v] - bestQ;
            }
            rounds?.Add([.. budgets]);
        }
    }

    /// <summary>Add1 from the oracle's runs: whole-unit shares while the outcome stays within budget.</summary>
    public static PbOutcome Add1(PbInstance instance, MesUtility utility)
    {
        if (instance.Ballots.Count == 0)
        {
            return PbOutcome.Of(instance, []);
        }
        var outcome = Run(instance, new Fraction(instance.Budget, instance.Ballots.Count), utility);
        for (var whole = instance.Budget / instance.Ballots.Count + 1; !EqualShares.IsExhaustive(instance, outcome, utility); whole++)
        {
            var next = Run(instance, Fraction.Whole(whole), utility);
            if (next.Spent > instance.Budget)
            {
                break;
            }
            outcome = next;
        }
        return outcome;
    }

    /// <summary>q with Σ min(b, q) = cost, or null when the budgets fall short.</summary>
    private static Fraction? Cap(List<Fraction> budgets, long cost)
    {
        var price = Fraction.Whole(cost);
        if (budgets.Aggregate(Fraction.Zero, (s, b) => s + b) < price)
        {
            return null;
        }
        budgets.Sort();
        var paid = Fraction.Zero;
        for (var i = 0; i < budgets.Count; i++)
        {
            var q = (price - paid) / new BigInteger(budgets.Count - i);
            if (q <= budgets[i])
            {
                return q;
            }
            paid += budgets[i];
        }
        return null;
    }

    private static int TieBreak(PbInstance instance, int a, int b)
    {
        var (pa, pb) = (instance.Projects[a], instance.Projects[b]);
        if (pa.Cost != pb.Cost)
        {
            return pa.Cost.CompareTo(pb.Cost);
        }
        var (va, vb) = (instance.VotesOf(pa.Id), instance.VotesOf(pb.Id));
        return va != vb ? vb.CompareTo(va) : a.CompareTo(b);
    }
}
