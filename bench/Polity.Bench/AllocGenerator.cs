using Polity.Core.Funding.Budgeting;
using Polity.Core.Funding.QuadraticFunding;

namespace Polity.Bench;

/// <summary>
/// Seeded generators for the allocation benchmark: a participatory-budgeting election and a quadratic-funding
/// round. Same seed, same data, on every machine (System.Random with a seed is deterministic across runs of one
/// .NET version).
/// </summary>
internal static class AllocGenerator
{
    /// <summary>
    /// An approval election: <paramref name="projects"/> projects with costs log-uniform between 0.1% and 10% of
    /// the budget (10,000,000 units; the projects ask for ~4x the budget in total), popularity weights log-normal
    /// (a few projects draw far more votes than most), and each voter approving 5 to 15 distinct projects drawn by
    /// popularity.
    /// </summary>
    public static PbInstance Election(int voters, int projects, int seed = 5)
    {
        const long budget = 10_000_000;
        var random = new Random(seed);
        var list = new List<PbProject>(projects);
        var weights = new double[projects];
        for (var p = 0; p < projects; p++)
        {
            var cost = (long)Math.Round(budget / 1000.0 * Math.Pow(100, random.NextDouble()));
            list.Add(new PbProject($"p{p}", cost));
            weights[p] = Math.Exp(Normal(random));
        }
        var cumulative = new double[projects];
        var total = 0.0;
        for (var p = 0; p < projects; p++)
        {
            total += weights[p];
            cumulative[p] = total;
        }
        var ballots = new List<PbBallot>(voters);
        var chosen = new HashSet<int>();
        var ids = list.Select(p => p.Id).ToArray();
        for (var v = 0; v < voters; v++)
        {
            var size = Math.Min(projects, random.Next(5, 16));
            chosen.Clear();
            var ballot = new List<string>(size);
            while (chosen.Count < size)
            {
                var p = Array.BinarySearch(cumulative, random.NextDouble() * total);
                p = p < 0 ? Math.Min(~p, projects - 1) : p;
                if (chosen.Add(p))
                {
                    ballot.Add(ids[p]);
                }
            }
            ballots.Add(new PbBallot(ballot));
        }
        return new PbInstance(budget, list, ballots);
    }

    /// <summary>
    /// A QF round: <paramref name="count"/> contributions over <paramref name="projects"/> projects from
    /// count / 10 contributors, amounts log-uniform from 1 to 1,000 tokens (6 decimals, as USDC), projects drawn by
    /// log-normal popularity. Clusters as Polity draws them for COCM, from house membership and relationships:
    /// three houses holding 10%, 20% and 70% of the contributors (funders, grantees, community), and one
    /// relationship (a two-person cluster) per ten contributors between random pairs.
    /// </summary>
    public static (List<Contribution> Contributions, List<IReadOnlyList<string>> Clusters) Round(int count, int projects, int seed = 7)
    {
        var random = new Random(seed);
        var contributors = Math.Max(2, count / 10);
        var names = Enumerable.Range(0, contributors).Select(i => $"0x{i:x8}").ToArray();
        var recipients = Enumerable.Range(0, projects).Select(i => $"project-{i}").ToArray();
        var cumulative = new double[projects];
        var total = 0.0;
        for (var p = 0; p < projects; p++)
        {
            total += Math.Exp(Normal(random));
            cumulative[p] = total;
        }
        var contributions = new List<Contribution>(count);
        for (var i = 0; i < count; i++)
        {
            var p = Array.BinarySearch(cumulative, random.NextDouble() * total);
            p = p < 0 ? Math.Min(~p, projects - 1) : p;
            var amount = (long)Math.Round(1_000_000 * Math.Pow(1000, random.NextDouble()));
            contributions.Add(new Contribution(names[random.Next(contributors)], recipients[p], amount));
        }
        var (funders, grantees) = (contributors / 10, contributors / 5);
        var clusters = new List<IReadOnlyList<string>>
        {
            names[..funders],
            names[funders..(funders + grantees)],
            names[(funders + grantees)..],
        };
        for (var r = 0; r < contributors / 10; r++)
        {
            var (a, b) = (random.Next(contributors), random.Next(contributors));
            if (a != b)
            {
                clusters.Add([names[a], names[b]]);
            }
        }
        return (contributions, clusters);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
