using System.Text.Json;
using Nethereum.KeyStore;
using Nethereum.KeyStore.Crypto;
using Nethereum.KeyStore.Model;

namespace Polity.Ledger;

/// <summary>
/// Ethereum V3 keystore files (Web3 Secret Storage) as geth and MetaMask write them: scrypt + AES-128-CTR +
/// keccak MAC, through Nethereum.KeyStore. Reading also accepts pbkdf2 files.
/// </summary>
public static class Keystore
{
    /// <summary>Encrypts a private key into V3 keystore JSON.</summary>
    /// <param name="privateKey">32-byte secret key.</param>
    /// <param name="password">The password.</param>
    /// <param name="strength">scrypt cost.</param>
    /// <param name="randomBytes">
    /// Supplies all randomness: the 32-byte salt and 16-byte IV (passed to Nethereum through its
    /// <c>IRandomBytesGenerator</c>) and the 16 bytes of the file's UUID, so equal inputs give equal files.
    /// </param>
    /// <returns>The keystore JSON.</returns>
    /// <exception cref="ArgumentException">The key is invalid.</exception>
    public static string Encrypt(ReadOnlySpan<byte> privateKey, string password, KeystoreStrength strength, Func<int, byte[]> randomBytes)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(randomBytes);
        var address = EthKeys.AddressOf(privateKey);
        var parameters = strength switch
        {
            KeystoreStrength.Standard => new ScryptParams { N = 262144, R = 8, P = 1, Dklen = 32 },
            KeystoreStrength.Light => new ScryptParams { N = 4096, R = 8, P = 6, Dklen = 32 },
            _ => throw new ArgumentOutOfRangeException(nameof(strength)),
        };

        var service = new KeyStoreScryptService(new InjectedRandom(randomBytes));
        var keyStore = service.EncryptAndGenerateKeyStore(password, privateKey.ToArray(), address[2..], parameters);
        keyStore.Id = NewUuid(randomBytes(16));
        return service.SerializeKeyStoreToJson(keyStore);
    }

    /// <summary>Decrypts a V3 keystore.</summary>
    /// <param name="json">The keystore JSON.</param>
    /// <param name="password">The password.</param>
    /// <returns>The 32-byte private key.</returns>
    /// <exception cref="KeystoreException">"wrong password or damaged keystore" on MAC mismatch, or a description of the malformation.</exception>
    public static byte[] Decrypt(string json, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        Validate(json);
        try
        {
            return new KeyStoreService().DecryptKeyStoreFromJson(password, json);
        }
        catch (DecryptionException e)
        {
            throw new KeystoreException(KeystoreException.WrongPasswordMessage, e);
        }
        catch (Exception e) when (e is not KeystoreException and not OutOfMemoryException)
        {
            throw new KeystoreException($"malformed keystore: {e.Message}", e);
        }
    }

    /// <summary>The address recorded in the file's <c>address</c> field.</summary>
    /// <param name="json">The keystore JSON.</param>
    /// <returns>"0x…" lowercase.</returns>
    /// <exception cref="KeystoreException">Malformed JSON or no valid address field.</exception>
    public static string AddressOf(string json)
    {
        using var document = Validate(json);
        if (!document.RootElement.TryGetProperty("address", out var field) || field.ValueKind != JsonValueKind.String)
        {
            throw new KeystoreException("malformed keystore: no \"address\" field.");
        }

        var text = field.GetString()!;
        return EthKeys.NormalizeAddress(text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? "0x" + text[2..] : "0x" + text)
            ?? throw new KeystoreException($"malformed keystore: \"{text}\" is not an address.");
    }

    private static JsonDocument Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new KeystoreException($"malformed keystore: not JSON ({e.Message})", e);
        }

        var root = document.RootElement;
        var crypto = root.ValueKind == JsonValueKind.Object && (root.TryGetProperty("crypto", out var c) || root.TryGetProperty("Crypto", out c))
            ? c
            : default;
        if (crypto.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new KeystoreException("malformed keystore: no \"crypto\" object.");
        }

        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetRawText() != "3")
        {
            document.Dispose();
            throw new KeystoreException("malformed keystore: only version 3 is supported.");
        }

        return document;
    }

    private static string NewUuid(byte[] random)
    {
        if (random.Length != 16)
        {
            throw new ArgumentException("randomBytes(16) returned the wrong length.");
        }

        random[6] = (byte)((random[6] & 0x0F) | 0x40);
        random[8] = (byte)((random[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(random);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    private sealed class InjectedRandom(Func<int, byte[]> randomBytes) : IRandomBytesGenerator
    {
        public byte[] GenerateRandomInitialisationVector() => Exactly(16);

        public byte[] GenerateRandomSalt() => Exactly(32);

        private byte[] Exactly(int count)
        {
            var bytes = randomBytes(count);
            return bytes.Length == count ? bytes : throw new ArgumentException($"randomBytes({count}) returned {bytes.Length} bytes.");
        }
    }
}
