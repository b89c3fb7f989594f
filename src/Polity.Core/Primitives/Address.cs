namespace Polity.Core.Primitives;

/// <summary>
/// A stakeholder's identity: an Ethereum address, held as <c>0x</c> and 40 lowercase hex digits.
/// Checksummed (EIP-55) display belongs to the ledger, which owns keccak.
/// </summary>
public readonly record struct Address
{
    /// <summary>The lowercase <c>0x…</c> form.</summary>
    public string Value { get; }

    /// <summary>Validates and normalises an address.</summary>
    /// <exception cref="ArgumentException">When <paramref name="value"/> is not 0x and 40 hex digits.</exception>
    public Address(string value)
    {
        if (!TryNormalise(value, out var normal))
        {
            throw new ArgumentException($"'{value}' is not an Ethereum address (0x and 40 hex digits)", nameof(value));
        }
        Value = normal;
    }

    /// <summary>Parses without throwing.</summary>
    public static bool TryParse(string? value, out Address address)
    {
        address = default;
        if (!TryNormalise(value, out var normal))
        {
            return false;
        }
        address = new Address(normal);
        return true;
    }

    /// <summary>The all-zero address, used as "nobody".</summary>
    public static Address Zero { get; } = new("0x0000000000000000000000000000000000000000");

    /// <summary>The did:pkh form on Ethereum mainnet namespace.</summary>
    public string ToDid() => $"did:pkh:eip155:1:{Value}";

    /// <inheritdoc />
    public override string ToString() => Value ?? "";

    private static bool TryNormalise(string? value, out string normal)
    {
        normal = "";
        if (value is null || value.Length != 42 || value[0] != '0' || (value[1] != 'x' && value[1] != 'X'))
        {
            return false;
        }
        for (var i = 2; i < 42; i++)
        {
            if (!char.IsAsciiHexDigit(value[i]))
            {
                return false;
            }
        }
        normal = "0x" + value[2..].ToLowerInvariant();
        return true;
    }
}
