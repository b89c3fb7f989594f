using System.Diagnostics;
using System.Numerics;
using Polity.Core.Funding.Budgeting;
using Polity.Core.Funding.QuadraticFunding;
using Polity.Engine.Funding;

namespace Polity.Bench;

/// <summary>
/// <c>polity-bench alloc</c>: the allocation rules at scale. Equal Shares with Add1 completion on the largest staged
/// Pabulib election and on a generated 100,000 × 200 one, against greedy on the same election; quadratic funding over
/// 1,000,000 generated contributions, linear (pool, cap, minimum) and COCM, against one pass summing the
/// contributions. Generation happens before any clock starts; every figure is one call of the public Core API.
/// </summary>
internal static class AllocBench
{
    private static readonly TimeSpan MesTarget = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan QfTarget = TimeSpan.FromSeconds(1);

    public static int Run(int voters, int projects, int contributions, int runs, TextWriter output, TextWriter progress)
    {
        try
        {
            var table = new AllocTable();
            var ok = true;

            var (file, staged) = LargestStaged();
            progress.WriteLine($"staged: {file} ({staged.Ballots.Count:N0} voters x {staged.Projects.Count} projects)");
            var cells = (double)staged.Ballots.Count * staged.Projects.Count;
            var greedy = Time(runs, progress, "B1", () => GreedyRule.Select(staged));
            table.Baseline("B1", $"greedy by votes on {file}", greedy.Times, cells, "ballot-projects/s");
            var mes = Time(runs, progress, "M1", () => EqualShares.WithAdd1(staged));
            LogBench.Expect(mes.Result.Outcome.Spent <= staged.Budget, "M1 overspent");
            table.Figure("M1", $"Equal Shares + Add1 on {file}: {mes.Result.Outcome.Selected.Count} projects, {mes.Result.Outcome.Spent:N0} of {staged.Budget:N0}, " +
                $"share {(double)staged.Budget / staged.Ballots.Count:0.##} raised to {mes.Result.PerVoterBudget}", mes.Times, cells, "B1", null);

            progress.WriteLine($"generating {voters:N0} voters x {projects} projects");
            var election = AllocGenerator.Election(voters, projects);
            cells = (double)voters * projects;
            var greedy2 = Time(runs, progress, "B2", () => GreedyRule.Select(election));
            table.Baseline("B2", $"greedy by votes on the generated {voters:N0} x {projects} election", greedy2.Times, cells, "ballot-projects/s");
            var mes2 = Time(runs, progress, "M2", () => EqualShares.WithAdd1(election));
            LogBench.Expect(mes2.Result.Outcome.Spent <= election.Budget, "M2 overspent");
            ok &= table.Figure("M2", $"Equal Shares + Add1 on the generated election: {mes2.Result.Outcome.Selected.Count} projects, " +
                $"{mes2.Result.Outcome.Spent:N0} of {election.Budget:N0}, share {(double)election.Budget / voters:0.##} raised to {mes2.Result.PerVoterBudget}",
                mes2.Times, cells, "B2", MesTarget);

            progress.WriteLine($"generating {contributions:N0} contributions");
            var (round, clusters) = AllocGenerator.Round(contributions, 1_000);
            var pool = new BigInteger(1_000_000_000_000);
            var options = new LinearQfOptions(MinimumAmount: 2_000_000, MatchingCapAmount: pool / 20);
            var sum = Time(runs, progress, "B3", () => Sum(round));
            var kept = round.Where(c => c.Amount >= options.MinimumAmount).Aggregate(BigInteger.Zero, (s, c) => s + c.Amount);
            table.Baseline("B3", "one pass summing every contribution into its project", sum.Times, contributions, "contributions/s");
            var linear = Time(runs, progress, "Q1", () => LinearQf.Calculate(round, pool, options));
            CheckRound("Q1", linear.Result.Select(r => (r.Matched, r.TotalReceived)), pool, options, kept);
            ok &= table.Figure("Q1", $"linear QF: pool {pool:N0}, cap {options.MatchingCapAmount:N0}, minimum {options.MinimumAmount:N0}",
                linear.Times, contributions, "B3", QfTarget);
            var cocm = Time(runs, progress, "Q2", () => ClusteredQf.Calculate(QfVariant.Cocm, round, pool, options, clusters));
            CheckRound("Q2", cocm.Result.Select(r => (r.Matched, r.TotalReceived)), pool, options, kept);
            ok &= table.Figure("Q2", $"COCM over {clusters.Count:N0} clusters, same pool, cap and minimum", cocm.Times, contributions, "B3", QfTarget);

            output.WriteLine();
            output.WriteLine($"Polity allocation benchmark: best and median of {runs} run(s), one thread, {Environment.ProcessorCount} cores");
            output.WriteLine();
            table.Write(output);
            return ok ? 0 : 3;
        }
        catch (BenchFailure failure)
        {
            output.WriteLine($"FAILED: {failure.Message}");
            return 1;
        }
    }

    private static (string File, PbInstance Instance) LargestStaged()
    {
        var dir = FindUp(Path.Combine("shared", "reference", "pabulib", "instances"))
            ?? throw new BenchFailure("shared/reference/pabulib/instances not found above the working directory");
        var largest = Directory.GetFiles(dir, "*.pb")
            .Select(path => (File: Path.GetFileNameWithoutExtension(path), Instance: PabulibFile.Load(path).ToInstance()))
            .MaxBy(x => (long)x.Instance.Ballots.Count * x.Instance.Projects.Count);
        return largest.Instance is null ? throw new BenchFailure($"no .pb file in {dir}") : largest;
    }

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private static Dictionary<string, BigInteger> Sum(List<Contribution> round)
    {
        var totals = new Dictionary<string, BigInteger>(StringComparer.Ordinal);
        foreach (var c in round)
        {
            totals[c.Recipient] = totals.GetValueOrDefault(c.Recipient) + c.Amount;
        }
        return totals;
    }

    /// <summary>Pays at most the pool, nobody above the cap, and receives exactly what was given at or above the minimum.</summary>
    private static void CheckRound(string id, IEnumerable<(BigInteger Matched, BigInteger Received)> rows, BigInteger pool, LinearQfOptions options, BigInteger kept)
    {
        var list = rows.ToList();
        var matched = list.Aggregate(BigInteger.Zero, (s, r) => s + r.Matched);
        LogBench.Expect(matched <= pool, $"{id} paid {matched} from a pool of {pool}");
        LogBench.Expect(list.All(r => r.Matched <= options.MatchingCapAmount), $"{id} paid a project above the cap");
        var received = list.Aggregate(BigInteger.Zero, (s, r) => s + r.Received);
        LogBench.Expect(received == kept, $"{id} counted {received} received, not the {kept} given at or above the minimum");
    }

    private static (T Result, List<TimeSpan> Times) Time<T>(int runs, TextWriter progress, string id, Func<T> work)
    {
        var times = new List<TimeSpan>();
        T result = default!;
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            result = work();
            times.Add(clock.Elapsed);
            progress.WriteLine($"  {id} run {run + 1}/{runs}: {clock.Elapsed.TotalMilliseconds:N0} ms");
        }
        return (result, times);
    }
}
