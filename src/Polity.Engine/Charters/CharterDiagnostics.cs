namespace Polity.Engine.Charters;

/// <summary>Errors found while loading, by position; turned into <see cref="CharterError"/>s at the end.</summary>
internal sealed class CharterDiagnostics
{
    private readonly List<(Pos At, string Message)> _items = [];

    public int Count => _items.Count;

    public void Add(Pos at, string message) => _items.Add((at, message));

    /// <summary>Sorted by line, column, then message, without repeats, so output is deterministic.</summary>
    public IReadOnlyList<CharterError> ToErrors(string file) =>
        _items
            .Distinct()
            .OrderBy(e => e.At)
            .ThenBy(e => e.Message, StringComparer.Ordinal)
            .Select(e => new CharterError(file, e.At.Line, e.At.Column, e.Message))
            .ToList();
}
