using Polity.Core.Charters;

namespace Polity.Core.Events;

/// <summary>A charter as adopted: its source text (what the log stores) and the parsed model.</summary>
/// <param name="Source">The charter document exactly as written.</param>
/// <param name="Charter">The parsed charter.</param>
public sealed record CharterVersion(string Source, Charter Charter)
{
    /// <summary>Two versions are equal when their source texts are.</summary>
    public bool Equals(CharterVersion? other) => other is not null && Source == other.Source;

    /// <inheritdoc />
    public override int GetHashCode() => Source.GetHashCode(StringComparison.Ordinal);
}
