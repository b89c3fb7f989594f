namespace Polity.Core.Charters;

/// <summary>
/// The charter's <c>stakeholders</c> section: the relationship types the map may hold beyond the built-in
/// ones, which relationships make a stakeholder an interested party, and who keeps the network's objectives.
/// </summary>
/// <param name="RelationshipTypes">Custom relationship types, in declaration order.</param>
/// <param name="ConflictOfInterest">
/// Relationship names, read from the voter's or reviewer's side (<c>employs</c>, <c>funded-by</c>): whoever
/// stands in one of them to a beneficiary is treated like the beneficiary by the conflict-of-interest rules.
/// </param>
/// <param name="ObjectiveStewards">The role whose holders set objectives and report progress besides the operator, or null.</param>
public sealed record StakeholderRules(
    IReadOnlyList<RelationshipType> RelationshipTypes,
    IReadOnlyList<string> ConflictOfInterest,
    string? ObjectiveStewards = null)
{
    /// <summary>No custom types, no relationship conflicts, objectives kept by the operator.</summary>
    public static StakeholderRules Empty { get; } = new([], []);

    /// <summary>The built-in types followed by the charter's own.</summary>
    public IEnumerable<RelationshipType> AllTypes => Charters.RelationshipTypes.BuiltIn.Concat(RelationshipTypes);

    /// <summary>
    /// The type a name denotes, by its name or its inverse, and whether the name is the inverse
    /// (<c>funded-by</c> is <c>funds</c> read backwards); null when no type has that name.
    /// </summary>
    public (RelationshipType Type, bool Inverse)? Resolve(string name)
    {
        foreach (var type in AllTypes)
        {
            if (type.Name == name)
            {
                return (type, false);
            }
            if (type.Inverse == name)
            {
                return (type, true);
            }
        }
        return null;
    }

    /// <summary>Every name a relationship may be stated with (types and inverses), in declaration order, once each.</summary>
    public IEnumerable<string> Names => AllTypes.SelectMany(t => new[] { t.Name, t.Inverse }).Distinct();
}

/// <summary>A kind of relationship, read from its first party to its second: <c>river-trust employs ana</c>.</summary>
/// <param name="Name">The forward name, e.g. <c>employs</c>.</param>
/// <param name="Inverse">The same relationship read from the second party, e.g. <c>employed-by</c>; equal to <paramref name="Name"/> for symmetric types.</param>
/// <param name="Description">Free text.</param>
public sealed record RelationshipType(string Name, string Inverse, string Description = "")
{
    /// <summary>True when the relationship reads the same both ways (<c>partners-with</c>).</summary>
    public bool Symmetric => Name == Inverse;
}

/// <summary>The relationship types every network has.</summary>
public static class RelationshipTypes
{
    /// <summary>Gives money to: <c>funds</c> / <c>funded-by</c>.</summary>
    public static RelationshipType Funds { get; } = new("funds", "funded-by", "gives money to");

    /// <summary>Works for the benefit of: <c>serves</c> / <c>served-by</c>.</summary>
    public static RelationshipType Serves { get; } = new("serves", "served-by", "works for the benefit of");

    /// <summary>Speaks for: <c>represents</c> / <c>represented-by</c>.</summary>
    public static RelationshipType Represents { get; } = new("represents", "represented-by", "speaks for");

    /// <summary>Pays a wage to: <c>employs</c> / <c>employed-by</c>.</summary>
    public static RelationshipType Employs { get; } = new("employs", "employed-by", "pays a wage to");

    /// <summary>Works together with, both ways: <c>partners-with</c>.</summary>
    public static RelationshipType PartnersWith { get; } = new("partners-with", "partners-with", "works together with");

    /// <summary>The built-in types, in documentation order.</summary>
    public static IReadOnlyList<RelationshipType> BuiltIn { get; } = [Funds, Serves, Represents, Employs, PartnersWith];
}
