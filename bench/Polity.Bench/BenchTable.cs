namespace Polity.Bench;

/// <summary>A printed benchmark table: aligned rows (numeric columns to the right), then one note per row naming its figure in full.</summary>
internal abstract class BenchTable(string[] header, params int[] numericColumns)
{
    private readonly List<string[]> _rows = [header];
    private readonly List<string> _notes = [];

    /// <summary>Adds a row; its label's text before any colon names it in the table, the whole label goes in the notes.</summary>
    protected void Add(string label, params string[] cells)
    {
        _rows.Add([cells[0], label.Split(':')[0], .. cells[1..]]);
        _notes.Add($"{cells[0]}: {label}");
    }

    /// <summary>A cell of an earlier row.</summary>
    protected string CellOf(string id, int column) => _rows.First(r => r[0] == id)[column];

    public void Write(TextWriter output)
    {
        var widths = Enumerable.Range(0, _rows[0].Length).Select(c => _rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in _rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, c) => numericColumns.Contains(c) ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd());
        }
        output.WriteLine();
        foreach (var note in _notes)
        {
            output.WriteLine(note);
        }
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count).</summary>
    protected static T Median<T>(IEnumerable<T> values, Func<T, T, T> mean)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : mean(sorted[sorted.Count / 2 - 1], sorted[sorted.Count / 2]);
    }
}
