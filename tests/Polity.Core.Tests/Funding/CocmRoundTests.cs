using Polity.Core.Funding.QuadraticFunding;

namespace Polity.Core.Tests.Funding;

/// <summary>
/// COCM for a whole round (groups analysed once, pairs summed per hub signature) against the per-project formula
/// as the reference states it, on random rounds: small overlapping groups, big "house" groups that make hubs, agents
/// in several groups, contributors in no cluster.
/// </summary>
public sealed class CocmRoundTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 16)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_whole_round_agrees_with_the_per_project_formula(int seed)
    {
        var random = new Random(seed);
        Agrees(random, seed, agents: random.Next(2, 400), houses: random.Next(0, 4));
    }

    /// <summary>Past 64 hubs "shares a hub" no longer fits one bit mask and is found by merging sorted lists.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_whole_round_with_more_hubs_than_a_mask_holds_agrees_too(int seed) =>
        Agrees(new Random(seed), seed, agents: 300, houses: 70);

    private static void Agrees(Random random, int seed, int agents, int houses)
    {
        var groups = new List<IReadOnlyList<int>>();
        // Houses: large groups covering everyone (hubs once they overlap more than 64 groups).
        for (var h = 0; h < houses; h++)
        {
            groups.Add([.. Enumerable.Range(0, agents).Where(i => i % houses == h || random.Next(20) == 0)]);
        }
        // Relationships and teams: small groups, some agents in several.
        for (var g = random.Next(0, agents); g > 0; g--)
        {
            groups.Add([.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(agents)).Distinct()]);
        }
        // Anyone left out is a group of their own, as ClusteredQf does.
        var grouped = groups.SelectMany(g => g).ToHashSet();
        groups.AddRange(Enumerable.Range(0, agents).Where(i => !grouped.Contains(i)).Select(i => (IReadOnlyList<int>)[i]));
        var projects = Enumerable.Range(0, 6).Select(_ => (IReadOnlyList<(int, double)>)[.. Enumerable.Range(0, agents)
            .Where(_ => random.Next(3) == 0)
            .Select(i => (i, random.Next(4) == 0 ? 0.0 : Math.Round(Math.Pow(10, random.NextDouble() * 6), 2)))]).ToList();

        var round = PluralQf.ConnectionOrientedClusterMatchRound(groups, projects, agents);

        for (var p = 0; p < projects.Count; p++)
        {
            var amounts = new double[agents];
            foreach (var (i, c) in projects[p])
            {
                amounts[i] = c;
            }
            var expected = PluralQf.ConnectionOrientedClusterMatch(groups, amounts);
            Math.Abs(round[p] - expected).ShouldBeLessThanOrEqualTo(1e-9 * Math.Max(1, expected), $"seed {seed}, project {p}");
        }
    }
}
