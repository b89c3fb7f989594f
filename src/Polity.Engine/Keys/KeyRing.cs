using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Polity.Core.Primitives;
using Polity.Engine.Signing;
using Polity.Ledger;

namespace Polity.Engine.Keys;

/// <summary>
/// A folder of Ethereum V3 keystore files, one per key, named <c>NAME--ADDRESS.json</c> so a key can be
/// chosen by name or address. Any wallet that imports V3 keystores (geth, MetaMask, Frame) reads them.
/// </summary>
public sealed class KeyRing
{
    private readonly Dictionary<Address, byte[]> _unlocked = [];

    /// <summary>Opens (without creating) the folder.</summary>
    public KeyRing(string folder) => Folder = folder;

    /// <summary>The folder.</summary>
    public string Folder { get; }

    /// <summary>The keys in the folder, by name.</summary>
    public IReadOnlyList<KeyEntry> List()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }
        var keys = new List<KeyEntry>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            var stem = System.IO.Path.GetFileNameWithoutExtension(file);
            var cut = stem.LastIndexOf("--", StringComparison.Ordinal);
            if (cut > 0 && Address.TryParse(stem[(cut + 2)..], out var address))
            {
                keys.Add(new KeyEntry(stem[..cut], address, file));
            }
        }
        return keys;
    }

    /// <summary>Creates a key with a fresh random private key and writes its keystore.</summary>
    /// <exception cref="KeyRingException">The name is taken or invalid.</exception>
    public KeyEntry Create(string name, string password, KeystoreStrength strength) =>
        Import(name, EthKeys.NewPrivateKey(RandomNumberGenerator.GetBytes), password, strength);

    /// <summary>Writes a keystore for an existing private key.</summary>
    public KeyEntry Import(string name, byte[] privateKey, string password, KeystoreStrength strength)
    {
        if (!Slug.IsValid(name))
        {
            throw new KeyRingException($"'{name}' is not a valid key name: use lowercase letters, digits and hyphens");
        }
        if (List().Any(k => k.Name == name))
        {
            throw new KeyRingException($"a key named '{name}' already exists in {Folder}");
        }
        Directory.CreateDirectory(Folder);
        var address = new Address(EthKeys.AddressOf(privateKey));
        var json = Keystore.Encrypt(privateKey, password, strength, RandomNumberGenerator.GetBytes);
        var path = System.IO.Path.Combine(Folder, $"{name}--{address.Value}.json");
        File.WriteAllText(path, json);
        _unlocked[address] = privateKey;
        return new KeyEntry(name, address, path);
    }

    /// <summary>Finds a key by name or address.</summary>
    /// <exception cref="KeyRingException">No such key.</exception>
    public KeyEntry Find(string nameOrAddress)
    {
        var keys = List();
        var found = Address.TryParse(nameOrAddress, out var address)
            ? keys.FirstOrDefault(k => k.Address == address)
            : keys.FirstOrDefault(k => k.Name == nameOrAddress);
        return found ?? throw new KeyRingException(
            $"no key '{nameOrAddress}' in {Folder}" + (keys.Count > 0 ? $": expected one of {string.Join(", ", keys.Select(k => k.Name))}" : ": create one with 'polity key new'"));
    }

    /// <summary>A signer for the key, decrypting its keystore with the password the first time.</summary>
    /// <exception cref="KeyRingException">Unknown key or wrong password.</exception>
    public IEventSigner Signer(string nameOrAddress, Func<string> password)
    {
        var entry = Find(nameOrAddress);
        if (!_unlocked.TryGetValue(entry.Address, out var key))
        {
            try
            {
                key = Keystore.Decrypt(File.ReadAllText(entry.Path), password());
            }
            catch (KeystoreException ex)
            {
                throw new KeyRingException($"cannot unlock key '{entry.Name}': {ex.Message}", ex);
            }
            _unlocked[entry.Address] = key;
        }
        return new KeySigner(key);
    }
}

/// <summary>A key in a key ring.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Address">Its address.</param>
/// <param name="Path">Its keystore file.</param>
public sealed record KeyEntry(string Name, Address Address, string Path);

/// <summary>A key cannot be found, created or unlocked.</summary>
public sealed class KeyRingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KeyRingException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public KeyRingException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public KeyRingException() { }
}
