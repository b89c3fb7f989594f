namespace Polity.Bench;

/// <summary>The <c>serve</c> table: accepted ballots/s (best and median run), latency of the best run, ratio to the engine, target.</summary>
internal sealed class ServeTable() : BenchTable(["", "figure", "ballots/s best", "median", "p50 ms", "p99 ms", "cpu µs/ballot", "reads/s", "vs E1 best (median)", "target", "result"], 2, 3, 4, 5, 6, 7)
{
    /// <summary>Adds a figure; returns false when it has targets and its best run misses one.</summary>
    public bool Figure(string id, string label, IReadOnlyList<Run> runs, IReadOnlyList<Run>? engine, double? rateTarget = null, double? p99Target = null)
    {
        var best = runs.MaxBy(r => r.Rate)!;
        var median = Median(runs.Select(r => r.Rate), (a, b) => (a + b) / 2);
        var ratio = engine is null ? "" : $"{best.Rate / engine.Max(r => r.Rate):0.00}x ({median / Median(engine.Select(r => r.Rate), (a, b) => (a + b) / 2):0.00}x)";
        var pass = (rateTarget is not { } r || best.Rate >= r) && (p99Target is not { } p || best.P99 < p);
        var target = rateTarget is null ? "(none)" : $">= {rateTarget:N0}/s, p99 < {p99Target:0} ms";
        Add(label, id, $"{best.Rate:N0}", $"{median:N0}", $"{best.P50:0.0}", $"{best.P99:0.0}", $"{best.CpuPerBallot:N0}",
            best.Reads == 0 ? "" : $"{best.Reads * 2 / best.Elapsed.TotalSeconds:N0}", ratio, target, rateTarget is null ? "info" : pass ? "PASS" : "BELOW");
        return pass;
    }
}
