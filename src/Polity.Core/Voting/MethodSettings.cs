using System.Collections.Immutable;
using System.Globalization;
using Polity.Core.Primitives;

namespace Polity.Core.Voting;

/// <summary>
/// A decision type's method-specific settings as the charter wrote them (for example <c>seats: 3</c> for
/// <c>ranked</c>), keyed by name. Each method declares the settings it reads in
/// <see cref="IVotingMethod.Parameters"/>; typed readers fall back to the declared default.
/// </summary>
public sealed record MethodSettings
{
    /// <summary>No settings: every parameter takes its default.</summary>
    public static MethodSettings Empty { get; } = new(ImmutableSortedDictionary<string, string>.Empty);

    /// <summary>Creates settings from the charter's text values.</summary>
    public MethodSettings(IEnumerable<KeyValuePair<string, string>> values) =>
        Values = values.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>Values by setting name, as written.</summary>
    public ImmutableSortedDictionary<string, string> Values { get; }

    /// <summary>The written value, or null.</summary>
    public string? Get(string name) => Values.GetValueOrDefault(name);

    /// <summary>A whole-number setting.</summary>
    public long Whole(string name, long fallback) =>
        Get(name) is { } text && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    /// <summary>A ratio setting (<c>50%</c>, <c>2/3</c>).</summary>
    public Ratio Share(string name, Ratio fallback) => Ratio.TryParse(Get(name), out var r) ? r : fallback;

    /// <summary>A duration setting (<c>3d</c>).</summary>
    public Duration Span(string name, Duration fallback) => Duration.TryParse(Get(name), out var d) ? d : fallback;

    /// <summary>A yes/no setting.</summary>
    public bool Flag(string name, bool fallback) => Get(name) switch
    {
        "true" or "yes" => true,
        "false" or "no" => false,
        _ => fallback,
    };

    /// <summary>A named choice (<c>schulze</c>), or the fallback.</summary>
    public string Word(string name, string fallback) => Get(name) ?? fallback;

    /// <inheritdoc />
    public bool Equals(MethodSettings? other) => other is not null && Values.SequenceEqual(other.Values);

    /// <inheritdoc />
    public override int GetHashCode() => Values.Count;
}

/// <summary>A setting a voting method reads from the charter.</summary>
/// <param name="Name">Key under <c>voting:</c>, e.g. <c>seats</c>.</param>
/// <param name="Description">What it means, for docs and errors.</param>
/// <param name="Default">The value when the charter names none.</param>
/// <param name="Check">Null when a written value is acceptable, else what was expected.</param>
public sealed record MethodParameter(string Name, string Description, string Default, Func<string, string?> Check)
{
    /// <summary>A whole number in [min, max].</summary>
    public static MethodParameter WholeNumber(string name, string description, long fallback, long min, long max) =>
        new(name, description, fallback.ToString(CultureInfo.InvariantCulture), text =>
            long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
                ? null
                : $"a whole number from {min} to {max}");

    /// <summary>One of a fixed set of words.</summary>
    public static MethodParameter OneOf(string name, string description, params string[] words) =>
        new(name, description, words[0], text => words.Contains(text) ? null : $"one of {string.Join(", ", words)}");

    /// <summary>A share such as <c>10%</c> or <c>1/3</c>.</summary>
    public static MethodParameter ShareOf(string name, string description, string fallback) =>
        new(name, description, fallback, text => Ratio.TryParse(text, out _) ? null : "a share such as 10% or 1/3");

    /// <summary>A positive duration such as <c>3d</c>.</summary>
    public static MethodParameter SpanOf(string name, string description, string fallback) =>
        new(name, description, fallback, text => Duration.TryParse(text, out var d) && d.Seconds > 0 ? null : "a duration such as 3d or 12h");

    /// <summary>true or false.</summary>
    public static MethodParameter YesNo(string name, string description, bool fallback) =>
        new(name, description, fallback ? "true" : "false", text => text is "true" or "false" or "yes" or "no" ? null : "true or false");
}
