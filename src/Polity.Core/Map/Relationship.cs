using Polity.Core.Primitives;

namespace Polity.Core.Map;

/// <summary>
/// A relationship in the map, always held in its type's forward direction (<c>river-trust employs ana</c>,
/// whether it was declared as that or as <c>ana employed-by river-trust</c>).
/// </summary>
/// <param name="Id">Number, from 1 in order of declaration.</param>
/// <param name="Type">The type's forward name.</param>
/// <param name="From">The first party.</param>
/// <param name="To">The second party.</param>
/// <param name="Since">Since when it holds (unix seconds).</param>
/// <param name="Evidence">Where it can be checked.</param>
/// <param name="DeclaredBy">Who declared it.</param>
/// <param name="DeclaredAt">When it was declared.</param>
public sealed record Relationship(long Id, string Type, Party From, Party To, long Since, string Evidence, Address DeclaredBy, long DeclaredAt)
{
    /// <summary>When it was ended, or null while it holds.</summary>
    public long? EndedAt { get; init; }

    /// <summary>Why it was ended, or empty.</summary>
    public string EndReason { get; init; } = "";

    /// <summary>True while it holds.</summary>
    public bool Active => EndedAt is null;

    /// <summary>True when the stakeholder is one of its parties.</summary>
    public bool Involves(Address who) => From.Is(who) || To.Is(who);

    /// <summary>One line: <c>0xab… employs 0xcd… (relationship 3)</c>.</summary>
    public override string ToString() => $"{From} {Type} {To} (relationship {Id})";
}
