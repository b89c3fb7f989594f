namespace Polity.Engine.Funding;

/// <summary>One data row of a Pabulib section: its cells by column name, and the line it came from.</summary>
public sealed record PabulibRow(IReadOnlyDictionary<string, string> Cells, int Line)
{
    /// <summary>The cell in <paramref name="column"/>, or null when the file has no such column.</summary>
    public string? this[string column] => Cells.TryGetValue(column, out var value) ? value : null;
}
