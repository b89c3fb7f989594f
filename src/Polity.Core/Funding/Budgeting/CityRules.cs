namespace Polity.Core.Funding.Budgeting;

/// <summary>
/// The extra steps some cities put around Equal Shares (equalshares.net: Wieliczka 2023, Świecie 2023).
/// </summary>
public static class CityRules
{
    /// <summary>
    /// Świecie's eligibility filter: a project is dropped up front when its share of voters is below a third of
    /// its share of the budget, i.e. <c>votes / voters &lt; cost / (3 * budget)</c> (compared exactly, cross-multiplied).
    /// </summary>
    public static PbInstance EligibilityFilter(PbInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var voters = (Int128)instance.Ballots.Count;
        return instance.Restrict(p => (Int128)instance.VotesOf(p.Id) * 3 * instance.Budget >= (Int128)p.Cost * voters);
    }

    /// <summary>
    /// The comparison step: each voter compares the two outcomes by the total cost of the projects they approved
    /// that each funds (the cost utility MES itself uses); the greedy outcome replaces Equal Shares only if strictly
    /// more voters prefer it than prefer Equal Shares.
    /// </summary>
    public static PbOutcome Compare(PbInstance instance, PbOutcome equalShares, PbOutcome greedy)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(equalShares);
        ArgumentNullException.ThrowIfNull(greedy);
        var (forMes, forGreedy) = Preferences(instance, equalShares, greedy);
        return forGreedy > forMes ? greedy : equalShares;
    }

    /// <summary>How many voters strictly prefer <paramref name="a"/>, and how many <paramref name="b"/>.</summary>
    public static (int ForA, int ForB) Preferences(PbInstance instance, PbOutcome a, PbOutcome b)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var inA = a.Selected.ToHashSet(StringComparer.Ordinal);
        var inB = b.Selected.ToHashSet(StringComparer.Ordinal);
        var (forA, forB) = (0, 0);
        foreach (var ballot in instance.Ballots)
        {
            var ua = ballot.Projects.Where(inA.Contains).Sum(id => instance.Project(id).Cost);
            var ub = ballot.Projects.Where(inB.Contains).Sum(id => instance.Project(id).Cost);
            forA += ua > ub ? 1 : 0;
            forB += ub > ua ? 1 : 0;
        }
        return (forA, forB);
    }
}
