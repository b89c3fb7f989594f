using Secp256k1Net;

namespace Polity.Ledger;

/// <summary>
/// Ethereum keys on secp256k1 through the native libsecp256k1 (Secp256k1.Net): addresses, EIP-55,
/// RFC 6979 low-s recoverable signatures (byte-identical to ethers and MetaMask) and recovery.
/// </summary>
/// <remarks>
/// Thread-safe: every call uses Secp256k1.Net's per-thread native context (<see cref="Context"/>).
/// The native library ships inside the Secp256k1.Net package under <c>runtimes/&lt;rid&gt;/native</c>.
/// </remarks>
public static class EthKeys
{
    // secp256k1 group order n and n/2, big-endian.
    private static ReadOnlySpan<byte> HalfOrder =>
    [
        0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0x5D, 0x57, 0x6E, 0x73, 0x57, 0xA4, 0x50, 0x1D, 0xDF, 0xE9, 0x2F, 0x46, 0x68, 0x1B, 0x20, 0xA0,
    ];

    [ThreadStatic]
    private static Secp256k1? t_context;

    private static Secp256k1 Context => t_context ??= new Secp256k1();

    /// <summary>The "0x…" lowercase address of a private key.</summary>
    /// <param name="privateKey">32-byte secret key.</param>
    /// <returns>"0x" + 40 lowercase hex digits.</returns>
    /// <exception cref="ArgumentException">The key is not a valid secp256k1 secret key.</exception>
    public static string AddressOf(ReadOnlySpan<byte> privateKey)
    {
        if (!IsValidPrivateKey(privateKey))
        {
            throw new ArgumentException("Not a valid secp256k1 private key.", nameof(privateKey));
        }

        var ctx = Context;
        Span<byte> pubkey = stackalloc byte[64];
        if (!ctx.EcPubkeyCreate(pubkey, privateKey))
        {
            throw new ArgumentException("Not a valid secp256k1 private key.", nameof(privateKey));
        }

        return AddressFromPubkey(ctx, pubkey);
    }

    /// <summary>EIP-55 mixed-case checksum form of an address.</summary>
    /// <param name="address">"0x" + 40 hex digits in any case.</param>
    /// <returns>The checksummed address.</returns>
    /// <exception cref="FormatException">Not a 20-byte hex address.</exception>
    public static string ToChecksumAddress(string address)
    {
        var lower = NormalizeAddress(address) ?? throw new FormatException($"Not an Ethereum address: \"{address}\".");
        Span<byte> hash = stackalloc byte[32];
        Span<byte> ascii = stackalloc byte[40];
        for (var i = 0; i < 40; i++)
        {
            ascii[i] = (byte)lower[i + 2];
        }

        Keccak.Hash256(ascii, hash);
        return string.Create(42, (lower, hash.ToArray()), static (span, state) =>
        {
            span[0] = '0';
            span[1] = 'x';
            for (var i = 0; i < 40; i++)
            {
                var c = state.lower[i + 2];
                var nibble = (i % 2 == 0 ? state.Item2[i / 2] >> 4 : state.Item2[i / 2]) & 0xF;
                span[i + 2] = c >= 'a' && nibble >= 8 ? (char)(c - 32) : c;
            }
        });
    }

    /// <summary>Lowercases a "0x" + 40-hex address, or returns null when it is not one.</summary>
    /// <param name="address">Candidate address.</param>
    /// <returns>The lowercase address or null.</returns>
    public static string? NormalizeAddress(string? address)
    {
        if (address is null || address.Length != 42 || address[0] != '0' || address[1] != 'x')
        {
            return null;
        }

        for (var i = 2; i < 42; i++)
        {
            if (!char.IsAsciiHexDigit(address[i]))
            {
                return null;
            }
        }

        return address.ToLowerInvariant();
    }

    /// <summary>True when the key is 32 bytes, non-zero and below the curve order.</summary>
    /// <param name="key">Candidate secret key.</param>
    /// <returns>Whether it is usable.</returns>
    public static bool IsValidPrivateKey(ReadOnlySpan<byte> key) => key.Length == 32 && Context.EcSeckeyVerify(key);

    /// <summary>Draws 32-byte candidates from <paramref name="randomBytes"/> until one is a valid key.</summary>
    /// <param name="randomBytes">Returns the requested number of cryptographically random bytes.</param>
    /// <returns>A valid private key.</returns>
    public static byte[] NewPrivateKey(Func<int, byte[]> randomBytes)
    {
        ArgumentNullException.ThrowIfNull(randomBytes);
        for (var attempt = 0; attempt < 256; attempt++)
        {
            var key = randomBytes(32);
            if (IsValidPrivateKey(key))
            {
                return key;
            }
        }

        throw new InvalidOperationException("The random source produced 256 invalid keys in a row; it is broken.");
    }

    /// <summary>Signs a 32-byte digest: RFC 6979 nonce, low-s, serialised r‖s‖v with v ∈ {27, 28}.</summary>
    /// <param name="digest32">The digest (e.g. an EIP-712 hash).</param>
    /// <param name="privateKey">32-byte secret key.</param>
    /// <returns>65 bytes.</returns>
    /// <exception cref="ArgumentException">Bad digest length or key.</exception>
    public static byte[] Sign(ReadOnlySpan<byte> digest32, ReadOnlySpan<byte> privateKey)
    {
        if (digest32.Length != 32)
        {
            throw new ArgumentException("Digest must be 32 bytes.", nameof(digest32));
        }

        if (!IsValidPrivateKey(privateKey))
        {
            throw new ArgumentException("Not a valid secp256k1 private key.", nameof(privateKey));
        }

        var ctx = Context;
        Span<byte> sig = stackalloc byte[65];
        if (!ctx.EcdsaSignRecoverable(sig, digest32, privateKey))
        {
            throw new ArgumentException("Signing failed.", nameof(privateKey));
        }

        var output = new byte[65];
        if (!ctx.EcdsaRecoverableSignatureSerializeCompact(output, out var recoveryId, sig))
        {
            throw new InvalidOperationException("Could not serialise the signature.");
        }

        output[64] = (byte)(27 + recoveryId);
        return output;
    }

    /// <summary>
    /// Recovers the signer's address, or null for any malformed or invalid signature: wrong lengths,
    /// v not in {0, 1, 27, 28}, r or s zero or not below the curve order, or high s (not canonical).
    /// </summary>
    /// <param name="digest32">The signed digest.</param>
    /// <param name="signature65">r‖s‖v.</param>
    /// <returns>"0x…" lowercase address or null.</returns>
    public static string? Recover(ReadOnlySpan<byte> digest32, ReadOnlySpan<byte> signature65)
    {
        if (digest32.Length != 32 || signature65.Length != 65)
        {
            return null;
        }

        int v = signature65[64];
        var recoveryId = v switch
        {
            27 or 28 => v - 27,
            0 or 1 => v,
            _ => -1,
        };
        var s = signature65.Slice(32, 32);
        if (recoveryId < 0 || s.SequenceCompareTo(HalfOrder) > 0)
        {
            return null;
        }

        var ctx = Context;
        Span<byte> sig = stackalloc byte[65];
        Span<byte> pubkey = stackalloc byte[64];

        // Parsing rejects r or s ≥ n; recovery rejects zero r or s.
        if (!ctx.EcdsaRecoverableSignatureParseCompact(sig, signature65[..64], recoveryId)
            || !ctx.EcdsaRecover(pubkey, sig, digest32))
        {
            return null;
        }

        return AddressFromPubkey(ctx, pubkey);
    }

    private static string AddressFromPubkey(Secp256k1 ctx, ReadOnlySpan<byte> pubkey)
    {
        Span<byte> serialized = stackalloc byte[65];
        nuint length = 65;
        if (!ctx.EcPubkeySerialize(serialized, ref length, pubkey, Secp256k1EcFlags.Uncompressed))
        {
            throw new InvalidOperationException("Could not serialise the public key.");
        }

        Span<byte> hash = stackalloc byte[32];
        Keccak.Hash256(serialized[1..], hash);
        return "0x" + Convert.ToHexStringLower(hash[12..]);
    }
}
