using Polity.Core.Primitives;

namespace Polity.Core.Map;

/// <summary>One side of a relationship: a stakeholder (by address) or a house (by id). On the wire, the address or the id.</summary>
public readonly record struct Party
{
    private Party(Address? stakeholder, string? house)
    {
        Stakeholder = stakeholder;
        House = house;
    }

    /// <summary>The stakeholder, or null for a house.</summary>
    public Address? Stakeholder { get; }

    /// <summary>The house id, or null for a stakeholder.</summary>
    public string? House { get; }

    /// <summary>A stakeholder party.</summary>
    public static Party Of(Address stakeholder) => new(stakeholder, null);

    /// <summary>A house party.</summary>
    public static Party OfHouse(string house) => new(null, house);

    /// <summary>An address is a stakeholder, a valid short name a house; anything else is no party.</summary>
    public static bool TryParse(string? text, out Party party)
    {
        party = default;
        if (Address.TryParse(text, out var address))
        {
            party = Of(address);
            return true;
        }
        if (Slug.IsValid(text))
        {
            party = OfHouse(text!);
            return true;
        }
        return false;
    }

    /// <summary>Parses a party the rules have already accepted.</summary>
    /// <exception cref="ArgumentException">When <paramref name="text"/> is neither an address nor a valid short name.</exception>
    public static Party Parse(string text) =>
        TryParse(text, out var party) ? party : throw new ArgumentException($"'{text}' is neither an address nor a house name", nameof(text));

    /// <summary>True when this party is the given stakeholder.</summary>
    public bool Is(Address who) => Stakeholder == who;

    /// <summary>The wire form: the address or the house id.</summary>
    public override string ToString() => Stakeholder?.Value ?? House ?? "";
}
