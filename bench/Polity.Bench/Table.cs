namespace Polity.Bench;

/// <summary>The printed result: baselines first, then each figure with its ratio to its baseline and target.</summary>
internal sealed class Table
{
    private readonly List<string[]> _rows = [["", "figure", "events/s best", "median", "ratio best (median)", "target", "result"]];
    private readonly List<string> _notes = [];
    private readonly Dictionary<string, double> _baselines = [];

    public void Baseline(string id, string label, IReadOnlyList<double> rates)
    {
        _baselines[id] = rates.Max();
        _rows.Add([id, Short(label), F(rates.Max()), F(Median(rates)), "baseline", "", ""]);
        _notes.Add($"{id}: {label}");
    }

    /// <summary>Adds a figure; returns false when it has a target and its best rate over the baseline's best falls below it.</summary>
    public bool Figure(string id, string label, IReadOnlyList<double> rates, IReadOnlyList<double> baseline, string baselineId, double? target)
    {
        var ratio = rates.Max() / baseline.Max();
        var medianRatio = Median(rates) / Median(baseline);
        var pass = target is not { } t || ratio >= t;
        _rows.Add([id, Short(label), F(rates.Max()), F(Median(rates)), $"{ratio:0.00}x ({medianRatio:0.00}x) {baselineId}",
            target is { } tt ? $">= {tt:0.00}x" : "(none)", target is null ? "info" : pass ? "PASS" : "BELOW"]);
        _notes.Add($"{id}: {label}");
        return pass;
    }

    public void Write(TextWriter output)
    {
        var widths = Enumerable.Range(0, _rows[0].Length).Select(c => _rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in _rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, c) => c is 2 or 3 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd());
        }
        output.WriteLine();
        foreach (var note in _notes)
        {
            output.WriteLine(note);
        }
    }

    private static string Short(string label) => label.Split(':')[0];

    private static string F(double rate) => rate.ToString("N0");

    private static double Median(IReadOnlyList<double> rates)
    {
        var sorted = rates.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
