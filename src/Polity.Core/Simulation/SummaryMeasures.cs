namespace Polity.Core.Simulation;

/// <summary>
/// Counts over a set of decided proposals (open ones are left out). Every measure is a whole count, so
/// two reports compare exactly; rates are these counts over <see cref="Decided"/> (or a house's
/// <see cref="HouseMeasures.Votes"/>). Definitions are in docs/simulation.md.
/// </summary>
/// <param name="Decided">Proposals whose voting had closed.</param>
/// <param name="Passed">Passed and not vetoed.</param>
/// <param name="Defeated">Every house met its quorum; nothing passed.</param>
/// <param name="QuorumFailed">Nothing passed and at least one house missed its quorum.</param>
/// <param name="Vetoed">Passed the vote, stopped by a veto.</param>
/// <param name="Captured">
/// Carried by one house alone: at least two houses voted, the vote carried, and exactly one house passed
/// an option.
/// </param>
/// <param name="Deadlocked">
/// Houses split: nothing carried although at least one house passed an option and at least one other
/// house met its quorum and passed nothing.
/// </param>
/// <param name="Houses">Per house, in order of first appearance.</param>
public sealed record SummaryMeasures(
    int Decided,
    int Passed,
    int Defeated,
    int QuorumFailed,
    int Vetoed,
    int Captured,
    int Deadlocked,
    IReadOnlyList<HouseMeasures> Houses)
{
    /// <summary>The measures of <paramref name="results"/>; open decisions are skipped.</summary>
    public static SummaryMeasures Of(IEnumerable<DecisionResult> results)
    {
        var decided = results.Where(r => r.Decided).ToList();
        var houses = new List<string>();
        foreach (var house in decided.SelectMany(r => r.Houses).Select(h => h.House))
        {
            if (!houses.Contains(house))
            {
                houses.Add(house);
            }
        }
        return new SummaryMeasures(
            decided.Count,
            decided.Count(r => r.Outcome == DecisionOutcome.Passed),
            decided.Count(r => r.Outcome == DecisionOutcome.Defeated),
            decided.Count(r => r.Outcome == DecisionOutcome.QuorumFailed),
            decided.Count(r => r.Outcome == DecisionOutcome.Vetoed),
            decided.Count(r => CapturedBy(r) is not null),
            decided.Count(IsDeadlock),
            houses.Select(h => HouseMeasures.Of(h, decided)).ToList());
    }

    /// <summary>The one house that carried <paramref name="r"/> alone, or null (see <see cref="Captured"/>).</summary>
    public static string? CapturedBy(DecisionResult r)
    {
        if (!r.Carried || r.Houses.Count < 2)
        {
            return null;
        }
        var passing = r.Houses.Where(h => h.Passed).ToList();
        return passing.Count == 1 ? passing[0].House : null;
    }

    /// <summary>True when the houses split and nothing carried (see <see cref="Deadlocked"/>).</summary>
    public static bool IsDeadlock(DecisionResult r) =>
        r.Decided && !r.Carried
        && r.Houses.Any(h => h.Passed)
        && r.Houses.Any(h => h.QuorumMet && !h.Passed);
}

/// <summary>One house's measures over a set of decisions.</summary>
/// <param name="House">House id.</param>
/// <param name="Votes">Decisions on which it voted.</param>
/// <param name="Passed">Decisions in which it passed an option.</param>
/// <param name="QuorumFailures">Decisions on which it missed its quorum.</param>
/// <param name="DecidedAlone">Decisions it carried alone (<see cref="SummaryMeasures.Captured"/>).</param>
/// <param name="Outvoted">Decisions whose vote went against it: it passed an option and the vote did not carry, or it passed none and the vote carried.</param>
public sealed record HouseMeasures(string House, int Votes, int Passed, int QuorumFailures, int DecidedAlone, int Outvoted)
{
    /// <summary>The measures of <paramref name="house"/> over decided results.</summary>
    public static HouseMeasures Of(string house, IReadOnlyList<DecisionResult> decided)
    {
        int votes = 0, passed = 0, quorumFailures = 0, alone = 0, outvoted = 0;
        foreach (var r in decided)
        {
            if (r.Houses.FirstOrDefault(h => h.House == house) is not { } h)
            {
                continue;
            }
            votes++;
            passed += h.Passed ? 1 : 0;
            quorumFailures += h.QuorumMet ? 0 : 1;
            alone += SummaryMeasures.CapturedBy(r) == house ? 1 : 0;
            outvoted += h.Passed != r.Carried ? 1 : 0;
        }
        return new HouseMeasures(house, votes, passed, quorumFailures, alone, outvoted);
    }
}
