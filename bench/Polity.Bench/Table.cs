namespace Polity.Bench;

/// <summary>The printed result: baselines first, then each figure with its ratio to its baseline and target.</summary>
internal sealed class Table() : BenchTable(["", "figure", "events/s best", "median", "ratio best (median)", "target", "result"], 2, 3)
{
    public void Baseline(string id, string label, IReadOnlyList<double> rates) =>
        Add(label, id, F(rates.Max()), F(Median(rates)), "baseline", "", "");

    /// <summary>Adds a figure; returns false when it has a target and its best rate over the baseline's best falls below it.</summary>
    public bool Figure(string id, string label, IReadOnlyList<double> rates, IReadOnlyList<double> baseline, string baselineId, double? target)
    {
        var ratio = rates.Max() / baseline.Max();
        var medianRatio = Median(rates) / Median(baseline);
        var pass = target is not { } t || ratio >= t;
        Add(label, id, F(rates.Max()), F(Median(rates)), $"{ratio:0.00}x ({medianRatio:0.00}x) {baselineId}",
            target is { } tt ? $">= {tt:0.00}x" : "(none)", target is null ? "info" : pass ? "PASS" : "BELOW");
        return pass;
    }

    private static string F(double rate) => rate.ToString("N0");

    private static double Median(IReadOnlyList<double> rates) => Median(rates, (a, b) => (a + b) / 2);
}
