using Polity.Core.Charters;
using Polity.Core.Voting;

namespace Polity.Engine.Charters;

/// <summary>
/// Reads a charter file (YAML, or JSON, which YAML includes) into a <see cref="Charter"/>, or reports every
/// error it can find — syntax, shape and Core's semantic checks — each at a file, line and column.
/// The loader is pure and deterministic: replaying the log runs it again on each stored charter version.
/// </summary>
public static class CharterLoader
{
    /// <summary>The voting methods the two-argument <see cref="Load(string, string)"/> accepts: <c>choice</c> and <c>approval</c>.</summary>
    public static IReadOnlyCollection<string> DefaultMethods => VotingMethods.Names;

    /// <summary>Loads a charter, accepting the <see cref="DefaultMethods"/>.</summary>
    /// <param name="yamlText">The charter's source text.</param>
    /// <param name="fileName">The name errors carry, e.g. <c>commons-fund.yaml</c>.</param>
    public static CharterLoadResult Load(string yamlText, string fileName) => Load(yamlText, fileName, DefaultMethods);

    /// <summary>Loads a charter whose voting methods must be among <paramref name="knownMethods"/>.</summary>
    /// <param name="yamlText">The charter's source text.</param>
    /// <param name="fileName">The name errors carry, e.g. <c>commons-fund.yaml</c>.</param>
    /// <param name="knownMethods">The registered voting method names.</param>
    public static CharterLoadResult Load(string yamlText, string fileName, IReadOnlyCollection<string> knownMethods)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(knownMethods);

        var diagnostics = new CharterDiagnostics();
        var root = YamlTree.Parse(yamlText, diagnostics);
        if (root is null)
        {
            return new CharterLoadResult.Invalid(diagnostics.ToErrors(fileName));
        }
        var reader = new CharterReader(diagnostics, knownMethods);
        var charter = reader.Read(root);
        if (charter is null)
        {
            return new CharterLoadResult.Invalid(diagnostics.ToErrors(fileName));
        }
        var problems = reader.DeclarationsBroken ? [] : charter.Validate();
        foreach (var problem in problems)
        {
            if (!reader.IsBroken(problem.Path))
            {
                diagnostics.Add(reader.PositionOf(problem.Path), $"{problem.Path}: {problem.Message}");
            }
        }
        return diagnostics.Count == 0
            ? new CharterLoadResult.Loaded(charter, yamlText)
            : new CharterLoadResult.Invalid(diagnostics.ToErrors(fileName));
    }
}
