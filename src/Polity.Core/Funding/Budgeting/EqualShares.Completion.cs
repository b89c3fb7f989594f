using Polity.Core.Primitives;

namespace Polity.Core.Funding.Budgeting;

public static partial class EqualShares
{
    /// <summary>
    /// MES with "Add1" completion (equalshares.net): run MES; then, while some unselected project would still fit
    /// in the budget, raise each voter's share to the next whole currency unit (starting from
    /// <c>floor(budget / voters)</c>) and rerun, keeping the new outcome only while its cost stays within the
    /// budget. Stops at the first share whose outcome overspends, or once the outcome is exhaustive.
    /// </summary>
    public static EqualSharesOutcome WithAdd1(PbInstance instance, MesUtility utility = MesUtility.Cost)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var voters = instance.Ballots.Count;
        if (voters == 0)
        {
            return new EqualSharesOutcome(PbOutcome.Of(instance, []), Fraction.Zero);
        }
        var election = MesElection.Of(instance, utility, null);
        var share = new Fraction(instance.Budget, voters);
        var outcome = Run(election, share);
        var whole = instance.Budget / voters;
        // Beyond a share of the total cost of all supported projects every voter can buy everything alone, so
        // raising it further changes nothing: stop there (equalshares.net would loop forever on such an election).
        var ceiling = Ceiling(instance, utility);
        while (!IsExhaustive(instance, outcome, utility) && whole < ceiling)
        {
            var next = Run(election, Fraction.Whole(whole + 1));
            if (next.Spent > instance.Budget)
            {
                break;
            }
            whole++;
            share = Fraction.Whole(whole);
            outcome = next;
        }
        return new EqualSharesOutcome(outcome, share);
    }

    /// <summary>
    /// Iterated MES (pabutools' <c>voter_budget_increment</c>): run MES with share budget / voters, then with
    /// each share raised by <paramref name="increment"/>, and again, until an outcome is exhaustive (returned) or
    /// overspends (the previous one is returned). Add1 is the same idea in whole currency units. Projects in
    /// <paramref name="initial"/> are in every outcome and count towards its cost.
    /// pabutools' <c>exhaustion_by_budget_increase(method_of_equal_shares, budget_step = s)</c> raises the total
    /// budget by s each time, which is this with an increment of s / voters.
    /// </summary>
    public static EqualSharesOutcome WithIncrement(
        PbInstance instance,
        Fraction increment,
        MesUtility utility = MesUtility.Cost,
        IReadOnlyCollection<string>? initial = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (increment <= Fraction.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(increment), increment, "The increment must be positive.");
        }
        var voters = instance.Ballots.Count;
        if (voters == 0)
        {
            return new EqualSharesOutcome(PbOutcome.Of(instance, [.. initial ?? []]), Fraction.Zero);
        }
        var election = MesElection.Of(instance, utility, initial);
        var share = new Fraction(instance.Budget, voters);
        var previous = PbOutcome.Of(instance, [.. initial ?? []]);
        var previousShare = share;
        var ceiling = Fraction.Whole(Ceiling(instance, utility));
        while (true)
        {
            var outcome = Run(election, share);
            if (outcome.Spent > instance.Budget)
            {
                return new EqualSharesOutcome(previous, previousShare);
            }
            // Past the ceiling every supporter can buy everything alone, so the outcome is everything for sale:
            // exhaustive or overspent. The second test only guards against a bad ceiling.
            if (IsExhaustive(instance, outcome, utility) || share > ceiling)
            {
                return new EqualSharesOutcome(outcome, share);
            }
            (previous, previousShare) = (outcome, share);
            share += increment;
        }
    }

    /// <summary>
    /// True when no project MES could still buy (approved by someone, and costing something under cost utilities)
    /// fits in what the outcome leaves of the budget.
    /// </summary>
    public static bool IsExhaustive(PbInstance instance, PbOutcome outcome, MesUtility utility = MesUtility.Cost)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(outcome);
        var chosen = outcome.Selected.ToHashSet(StringComparer.Ordinal);
        return !Enumerable.Range(0, instance.Projects.Count).Any(p =>
            IsForSale(instance, p, utility)
            && !chosen.Contains(instance.Projects[p].Id)
            && outcome.Spent + instance.Projects[p].Cost <= instance.Budget);
    }

    /// <summary>The total cost of the projects MES could buy: a share at which any supporter can buy them all.</summary>
    private static long Ceiling(PbInstance instance, MesUtility utility) =>
        Enumerable.Range(0, instance.Projects.Count).Where(p => IsForSale(instance, p, utility)).Sum(p => instance.Projects[p].Cost);
}
