namespace Polity.Bench;

/// <summary>
/// The allocation benchmark's table: time per figure (best and median), throughput, the time as a multiple of its
/// baseline's (best over best, median over median in brackets), and the absolute target where there is one.
/// </summary>
internal sealed class AllocTable() : BenchTable(["", "figure", "time best", "median", "throughput", "vs baseline", "target", "result"], 2, 3, 4)
{
    private readonly Dictionary<string, List<TimeSpan>> _baselines = [];

    public void Baseline(string id, string label, List<TimeSpan> times, double work, string unit)
    {
        _baselines[id] = times;
        Add(label, id, Ms(Best(times)), Ms(Median(times)), $"{work / Best(times).TotalSeconds:N0} {unit}", "baseline", "", "");
    }

    /// <summary>Adds a figure; returns false when it has a target and its best time misses it.</summary>
    public bool Figure(string id, string label, List<TimeSpan> times, double work, string baselineId, TimeSpan? target)
    {
        var baseline = _baselines[baselineId];
        var ratio = Best(times) / Best(baseline);
        var medianRatio = Median(times) / Median(baseline);
        var unit = CellOf(baselineId, 4).Split(' ', 2)[1];
        var pass = target is not { } t || Best(times) < t;
        Add(label, id, Ms(Best(times)), Ms(Median(times)), $"{work / Best(times).TotalSeconds:N0} {unit}",
            $"{ratio:N1}x ({medianRatio:N1}x) {baselineId}", target is { } tt ? $"< {tt.TotalSeconds:0.#} s" : "(none)",
            target is null ? "info" : pass ? "PASS" : "MISSED");
        return pass;
    }

    private static string Ms(TimeSpan time) => $"{time.TotalMilliseconds:N1} ms";

    private static TimeSpan Best(List<TimeSpan> times) => times.Min();

    private static TimeSpan Median(List<TimeSpan> times) => Median(times, (a, b) => (a + b) / 2);
}
