using System.Numerics;
using Polity.Core.Primitives;

namespace Polity.Core.Funding.Budgeting;

/// <summary>
/// The Method of Equal Shares (Peters, Pierczyński, Skowron) over approval ballots, in exact rational arithmetic.
/// Every voter starts with an equal share of the budget. A project can be bought when its supporters hold its cost
/// between them; the price is split as evenly as possible: each supporter pays <c>min(budget_i, q)</c> with the
/// cap <c>q</c> chosen so the payments add up to the cost. Each round buys the project with the smallest
/// <c>rho = q / u</c>, the price per unit of utility (<c>u</c> = the cost for <see cref="MesUtility.Cost"/>, 1 for
/// <see cref="MesUtility.Cardinality"/>), and stops when no project is affordable.
/// Tie-breaking (as equalshares.net): equal <c>rho</c> goes to the cheaper project, then the one with more votes,
/// then the one listed first in the file. Ordinal and cumulative ballots count as approval of the projects named.
/// </summary>
public static partial class EqualShares
{
    /// <summary>
    /// MES with each voter's share equal to budget / voters, no completion. Projects in <paramref name="initial"/>
    /// are in the outcome from the start and cost the voters nothing (pabutools' <c>initial_budget_allocation</c>).
    /// </summary>
    public static PbOutcome Select(PbInstance instance, MesUtility utility = MesUtility.Cost, IReadOnlyCollection<string>? initial = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Ballots.Count == 0
            ? PbOutcome.Of(instance, [.. initial ?? []])
            : Run(instance, new Fraction(instance.Budget, instance.Ballots.Count), utility, initial: initial);
    }

    /// <summary>
    /// One run of MES with every voter's share set to <paramref name="share"/> (which may exceed budget / voters:
    /// the outcome may then overspend, which the completion checks). <paramref name="onRound"/>, when given, sees
    /// each voter's remaining budget (in ballot order) before the first purchase and after each one. Projects in
    /// <paramref name="initial"/> come first in the outcome and are not for sale.
    /// </summary>
    public static PbOutcome Run(
        PbInstance instance,
        Fraction share,
        MesUtility utility = MesUtility.Cost,
        Action<IReadOnlyList<Fraction>>? onRound = null,
        IReadOnlyCollection<string>? initial = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var voters = VoterGroups.Of(instance);
        var budgets = Enumerable.Repeat(share, voters.Count).ToArray();
        var supporters = voters.SupportersByProject(instance.Projects.Count);
        var given = Given(instance, initial);
        var remaining = new List<int>();
        var lastRho = new Fraction[instance.Projects.Count];
        for (var p = 0; p < instance.Projects.Count; p++)
        {
            if (!IsForSale(instance, p, utility) || given.Contains(p))
            {
                continue;
            }
            var weight = supporters[p].Sum(g => voters.Weights[g]);
            // A lower bound on rho: the price if every supporter could pay an equal part. Budgets only fall, so
            // rho only rises; the last value seen is a lower bound for later rounds (lazy evaluation).
            lastRho[p] = Rho(new Fraction(instance.Projects[p].Cost, weight), instance.Projects[p].Cost, utility);
            remaining.Add(p);
        }
        onRound?.Invoke(voters.Expand(budgets));
        var selected = given.Select(p => instance.Projects[p].Id).ToList();
        while (true)
        {
            remaining.Sort((a, b) => lastRho[a] != lastRho[b] ? lastRho[a].CompareTo(lastRho[b]) : ProjectTieBreak.Compare(instance, a, b));
            var best = -1;
            var bestQ = Fraction.Zero;
            foreach (var p in remaining.ToList())
            {
                if (best >= 0 && lastRho[p] > lastRho[best])
                {
                    break;
                }
                var cost = instance.Projects[p].Cost;
                if (Cap(supporters[p], voters.Weights, budgets, cost) is not { } q)
                {
                    remaining.Remove(p);
                    continue;
                }
                lastRho[p] = Rho(q, cost, utility);
                if (best < 0 || lastRho[p] < lastRho[best] || (lastRho[p] == lastRho[best] && ProjectTieBreak.Compare(instance, p, best) < 0))
                {
                    best = p;
                    bestQ = q;
                }
            }
            if (best < 0)
            {
                break;
            }
            selected.Add(instance.Projects[best].Id);
            remaining.Remove(best);
            foreach (var g in supporters[best])
            {
                budgets[g] = budgets[g] <= bestQ ? Fraction.Zero : budgets[g] - bestQ;
            }
            onRound?.Invoke(voters.Expand(budgets));
        }
        return PbOutcome.Of(instance, selected);
    }

    /// <summary>
    /// Whether MES can ever buy project <paramref name="p"/>: someone approves it and, under cost utilities, it costs
    /// something (a free project brings no utility; pabutools and equalshares.net never buy one either).
    /// </summary>
    internal static bool IsForSale(PbInstance instance, int p, MesUtility utility) =>
        instance.VotesOf(instance.Projects[p].Id) > 0 && (utility != MesUtility.Cost || instance.Projects[p].Cost > 0);

    /// <summary>The positions of <paramref name="initial"/>'s projects, in the order given.</summary>
    internal static List<int> Given(PbInstance instance, IReadOnlyCollection<string>? initial) =>
        [.. (initial ?? []).Select(instance.IndexOf).Distinct()];

    private static Fraction Rho(Fraction q, long cost, MesUtility utility) =>
        utility == MesUtility.Cost ? q / Fraction.Whole(cost) : q;

    /// <summary>The payment cap q with sum(min(b_i, q)) = cost over the supporters, or null if they cannot afford it.</summary>
    private static Fraction? Cap(IReadOnlyList<int> groups, IReadOnlyList<long> weights, Fraction[] budgets, long cost)
    {
        var total = Fraction.Zero;
        foreach (var g in groups)
        {
            total += budgets[g] * weights[g];
        }
        var price = Fraction.Whole(cost);
        if (total < price)
        {
            return null;
        }
        var ordered = groups.OrderBy(g => budgets[g]).ToList();
        var paid = Fraction.Zero;
        BigInteger payers = ordered.Sum(g => weights[g]);
        foreach (var g in ordered)
        {
            var q = (price - paid) / payers;
            if (q <= budgets[g])
            {
                return q;
            }
            paid += budgets[g] * weights[g];
            payers -= weights[g];
        }
        // Unreachable: total >= cost means the richest group can always cover the rest.
        return (price - paid) / BigInteger.One;
    }
}
