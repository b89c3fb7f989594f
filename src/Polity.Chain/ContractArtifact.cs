using System.Reflection;
using System.Text.Json;

namespace Polity.Chain;

/// <summary>
/// A compiled contract as committed under <c>src/Polity.Chain/compiled/</c> (written by
/// <c>scripts/compile-contracts.mjs</c> from the pinned npm solc) and embedded in this assembly.
/// </summary>
/// <param name="Name">The contract's name.</param>
/// <param name="Abi">The ABI as JSON text.</param>
/// <param name="Bytecode">The creation bytecode, <c>0x</c> and hex.</param>
public sealed record ContractArtifact(string Name, string Abi, string Bytecode)
{
    /// <summary>The anchor of signed tree heads.</summary>
    public static ContractArtifact PolityAnchor { get; } = Load("PolityAnchor");

    /// <summary>The executor of approved batches.</summary>
    public static ContractArtifact PolityExecutor { get; } = Load("PolityExecutor");

    /// <summary>Loads an embedded artifact by contract name (test doubles included).</summary>
    /// <param name="name">The contract's name, such as <c>PolityAnchor</c>.</param>
    /// <returns>The artifact.</returns>
    /// <exception cref="ArgumentException">No such artifact.</exception>
    public static ContractArtifact Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Polity.Chain.compiled.{name}.json")
            ?? throw new ArgumentException($"no compiled contract named {name}", nameof(name));
        using var doc = JsonDocument.Parse(stream);
        var root = doc.RootElement;
        return new ContractArtifact(name, root.GetProperty("abi").GetRawText(), root.GetProperty("bytecode").GetString()!);
    }
}
