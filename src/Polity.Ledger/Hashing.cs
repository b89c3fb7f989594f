using System.Security.Cryptography;

namespace Polity.Ledger;

/// <summary>SHA-256 and Ethereum's keccak-256 (the original Keccak padding, not FIPS-202 SHA3-256), plus hex helpers.</summary>
public static class Hashing
{
    /// <summary>SHA-256 of the input.</summary>
    /// <param name="data">The bytes to hash.</param>
    /// <returns>32 bytes.</returns>
    public static byte[] Sha256(ReadOnlySpan<byte> data) => SHA256.HashData(data);

    /// <summary>Ethereum keccak-256 of the input.</summary>
    /// <param name="data">The bytes to hash.</param>
    /// <returns>32 bytes.</returns>
    public static byte[] Keccak256(ReadOnlySpan<byte> data)
    {
        var output = new byte[32];
        Keccak.Hash256(data, output);
        return output;
    }

    /// <summary>Ethereum keccak-256 of the input, written into <paramref name="destination"/>.</summary>
    /// <param name="data">The bytes to hash.</param>
    /// <param name="destination">At least 32 bytes.</param>
    public static void Keccak256(ReadOnlySpan<byte> data, Span<byte> destination) => Keccak.Hash256(data, destination);

    /// <summary>Lowercase hex without a <c>0x</c> prefix.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>Two hex digits per byte.</returns>
    public static string ToHex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    /// <summary>Parses hex digits (either case), with or without a <c>0x</c> prefix.</summary>
    /// <param name="hex">An even number of hex digits, optionally prefixed with <c>0x</c> or <c>0X</c>.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="FormatException">Odd length or a non-hex character.</exception>
    public static byte[] FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.AsSpan();
        if (digits.Length >= 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X'))
        {
            digits = digits[2..];
        }

        if (digits.Length % 2 != 0)
        {
            throw new FormatException($"Hex string has an odd number of digits: \"{Shorten(hex)}\".");
        }

        if (digits.IndexOfAnyExceptInRange('0', '9') >= 0 && !IsHex(digits))
        {
            throw new FormatException($"Not a hex string: \"{Shorten(hex)}\".");
        }

        return Convert.FromHexString(digits);
    }

    private static bool IsHex(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
