namespace Polity.Bench;

/// <summary>
/// The allocation benchmark's table: time per figure (best and median), throughput, the time as a multiple of its
/// baseline's (best over best, median over median in brackets), and the absolute target where there is one.
/// </summary>
internal sealed class AllocTable
{
    private readonly List<string[]> _rows = [["", "figure", "time best", "median", "throughput", "vs baseline", "target", "result"]];
    private readonly List<string> _notes = [];
    private readonly Dictionary<string, List<TimeSpan>> _baselines = [];

    public void Baseline(string id, string label, List<TimeSpan> times, double work, string unit)
    {
        _baselines[id] = times;
        _rows.Add([id, Short(label), Ms(Best(times)), Ms(Median(times)), $"{work / Best(times).TotalSeconds:N0} {unit}", "baseline", "", ""]);
        _notes.Add($"{id}: {label}");
    }

    /// <summary>Adds a figure; returns false when it has a target and its best time misses it.</summary>
    public bool Figure(string id, string label, List<TimeSpan> times, double work, string baselineId, TimeSpan? target)
    {
        var baseline = _baselines[baselineId];
        var ratio = Best(times) / Best(baseline);
        var medianRatio = Median(times) / Median(baseline);
        var unit = _rows.First(r => r[0] == baselineId)[4].Split(' ', 2)[1];
        var pass = target is not { } t || Best(times) < t;
        _rows.Add([id, Short(label), Ms(Best(times)), Ms(Median(times)), $"{work / Best(times).TotalSeconds:N0} {unit}",
            $"{ratio:N1}x ({medianRatio:N1}x) {baselineId}", target is { } tt ? $"< {tt.TotalSeconds:0.#} s" : "(none)",
            target is null ? "info" : pass ? "PASS" : "MISSED"]);
        _notes.Add($"{id}: {label}");
        return pass;
    }

    public void Write(TextWriter output)
    {
        var widths = Enumerable.Range(0, _rows[0].Length).Select(c => _rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in _rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, c) => c is 2 or 3 or 4 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd());
        }
        output.WriteLine();
        foreach (var note in _notes)
        {
            output.WriteLine(note);
        }
    }

    private static string Short(string label) => label.Split(':')[0];

    private static string Ms(TimeSpan time) => $"{time.TotalMilliseconds:N1} ms";

    private static TimeSpan Best(List<TimeSpan> times) => times.Min();

    private static TimeSpan Median(List<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
