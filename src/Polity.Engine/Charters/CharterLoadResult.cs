using Polity.Core.Charters;

namespace Polity.Engine.Charters;

/// <summary>What <see cref="CharterLoader.Load(string, string)"/> made of a charter file: a sound charter, or every error found.</summary>
public abstract record CharterLoadResult
{
    private CharterLoadResult() { }

    /// <summary>The charter parsed and passed every check.</summary>
    /// <param name="Charter">The model.</param>
    /// <param name="Source">The original text, unchanged: the log stores charter versions as their source.</param>
    public sealed record Loaded(Charter Charter, string Source) : CharterLoadResult;

    /// <summary>The charter has errors, syntactic or semantic, sorted by position.</summary>
    /// <param name="Errors">At least one error, each naming file, line and column.</param>
    public sealed record Invalid(IReadOnlyList<CharterError> Errors) : CharterLoadResult;
}
