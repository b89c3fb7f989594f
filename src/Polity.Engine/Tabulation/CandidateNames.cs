using Polity.Core.Voting.Ranked;

namespace Polity.Engine.Tabulation;

/// <summary>Maps what a CVR says to a configured candidate name: names, aliases, the write-in and overvote labels.</summary>
public sealed class CandidateNames
{
    private readonly Dictionary<string, string> _byLabel = new(StringComparer.Ordinal);
    private readonly RctabCvrSource _source;

    /// <summary>Builds the lookup for one source.</summary>
    public CandidateNames(RctabConfig config, RctabCvrSource source)
    {
        ArgumentNullException.ThrowIfNull(config);
        _source = source ?? throw new ArgumentNullException(nameof(source));
        foreach (var c in config.Candidates)
        {
            _byLabel[c.Name] = c.Name;
            foreach (var alias in c.Aliases)
            {
                _byLabel[alias] = c.Name;
            }
        }
    }

    /// <summary>Resolves one cell; null for a skipped rank.</summary>
    /// <exception cref="FormatException">The label names no configured candidate.</exception>
    public string? Resolve(string? raw)
    {
        var label = raw?.Trim() ?? "";
        if (label.Length == 0)
        {
            return _source.TreatBlankAsUndeclaredWriteIn ? RankedTabulator.UndeclaredWriteIns : null;
        }
        if (label == _source.SkippedRankLabel)
        {
            return null;
        }
        if (label == _source.OvervoteLabel)
        {
            return RankedTabulator.Overvote;
        }
        if (label == _source.UndeclaredWriteInLabel)
        {
            return RankedTabulator.UndeclaredWriteIns;
        }
        return _byLabel.TryGetValue(label, out var name) ? name
            : throw new FormatException($"unrecognized candidate '{label}' in {_source.FilePath}");
    }

    /// <summary>Resolves one cell that may list several candidates separated by the overvote delimiter.</summary>
    public IReadOnlyList<string> ResolveCell(string? raw)
    {
        if (!string.IsNullOrEmpty(_source.OvervoteDelimiter) && raw is not null && raw.Contains(_source.OvervoteDelimiter, StringComparison.Ordinal))
        {
            return raw.Split(_source.OvervoteDelimiter).Select(Resolve).OfType<string>().Distinct().ToList();
        }
        return Resolve(raw) is { } one ? [one] : [];
    }
}
