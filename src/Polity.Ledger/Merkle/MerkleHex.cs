namespace Polity.Ledger.Merkle;

/// <summary>Hashes as the log writes them: exactly 64 lowercase hex digits, no prefix.</summary>
public static class MerkleHex
{
    /// <summary>Parses one hash.</summary>
    /// <param name="hex">64 lowercase hex digits.</param>
    /// <param name="hash">The 32 bytes, or empty on failure.</param>
    /// <returns>Whether it parsed.</returns>
    public static bool TryParse(string? hex, out byte[] hash)
    {
        hash = [];
        if (hex is not { Length: 2 * MerkleHash.Size } || !hex.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'))
        {
            return false;
        }

        hash = Convert.FromHexString(hex);
        return true;
    }

    /// <summary>Parses a list of hashes.</summary>
    /// <param name="hexes">Each 64 lowercase hex digits.</param>
    /// <param name="hashes">The hashes, or empty on failure.</param>
    /// <returns>Whether every one parsed.</returns>
    public static bool TryParse(IReadOnlyList<string>? hexes, out byte[][] hashes)
    {
        hashes = [];
        if (hexes is null)
        {
            return false;
        }

        var result = new byte[hexes.Count][];
        for (var i = 0; i < result.Length; i++)
        {
            if (!TryParse(hexes[i], out result[i]))
            {
                return false;
            }
        }

        hashes = result;
        return true;
    }

    /// <summary>Writes hashes as hex.</summary>
    /// <param name="hashes">32-byte hashes.</param>
    /// <returns>Lowercase hex strings.</returns>
    public static IReadOnlyList<string> ToHex(IEnumerable<byte[]> hashes) => [.. hashes.Select(h => Hashing.ToHex(h))];
}
