using Polity.Core.Primitives;

namespace Polity.Core.Funding.Budgeting;

/// <summary>
/// The Method of Equal Shares (Peters, Pierczyński, Skowron) over approval ballots, with exact outcomes: every price
/// is an exact fraction and every decision is the exact algorithm's (see <see cref="MesRun"/> for how the search
/// uses floating point without ever deciding on it).
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
        return Run(MesElection.Of(instance, utility, initial), share, onRound);
    }

    private static PbOutcome Run(MesElection election, Fraction share, Action<IReadOnlyList<Fraction>>? onRound = null) =>
        PbOutcome.Of(election.Instance, [.. MesRun.Execute(election, share, onRound).Select(p => election.Instance.Projects[p].Id)]);

    /// <summary>
    /// Whether MES can ever buy project <paramref name="p"/>: someone approves it and, under cost utilities, it costs
    /// something (a free project brings no utility; pabutools and equalshares.net never buy one either).
    /// </summary>
    internal static bool IsForSale(PbInstance instance, int p, MesUtility utility) =>
        instance.VotesOf(instance.Projects[p].Id) > 0 && (utility != MesUtility.Cost || instance.Projects[p].Cost > 0);

    /// <summary>The positions of <paramref name="initial"/>'s projects, in the order given.</summary>
    internal static List<int> Given(PbInstance instance, IReadOnlyCollection<string>? initial) =>
        [.. (initial ?? []).Select(instance.IndexOf).Distinct()];
}
