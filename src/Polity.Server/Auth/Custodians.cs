using System.Text.Json;
using Polity.Core.Primitives;
using Polity.Engine.Keys;
using Polity.Engine.Signing;

namespace Polity.Server.Auth;

/// <summary>
/// Custodial members: stakeholders whose keys the server holds in its key folder (V3 keystores, as the CLI's
/// key ring) and who sign in with a password. The password hashes live in <c>KEYS/passwords.json</c>
/// (<c>{"0xaddress": "pbkdf2-sha256$…"}</c>), next to the keystores they unlock access to; the keystores
/// themselves are unlocked with the server's key password, never with the member's.
/// </summary>
public sealed class Custodians
{
    /// <summary>The file name of the password hashes inside the key folder.</summary>
    public const string PasswordFile = "passwords.json";

    private readonly KeyRing _keys;
    private readonly string _keyPassword;
    private readonly Lock _lock = new();

    /// <summary>Creates the custodian over a key folder.</summary>
    public Custodians(string folder, string keyPassword)
    {
        _keys = new KeyRing(folder);
        _keyPassword = keyPassword;
    }

    private string PasswordPath => Path.Combine(_keys.Folder, PasswordFile);

    /// <summary>Sets (or replaces) the sign-in password of the key <paramref name="nameOrAddress"/>; returns its address.</summary>
    /// <exception cref="KeyRingException">No such key.</exception>
    public Address SetPassword(string nameOrAddress, string password, int iterations = PasswordHash.Iterations)
    {
        var entry = _keys.Find(nameOrAddress);
        lock (_lock)
        {
            var hashes = Load();
            hashes[entry.Address.Value] = PasswordHash.Hash(password, iterations);
            Directory.CreateDirectory(_keys.Folder);
            File.WriteAllText(PasswordPath, JsonSerializer.Serialize(hashes, IndentedJson));
        }
        return entry.Address;
    }

    /// <summary>The address a name or address and password sign in as, or null when either is wrong.</summary>
    public Address? CheckPassword(string nameOrAddress, string password)
    {
        KeyEntry entry;
        try
        {
            entry = _keys.Find(nameOrAddress.Trim());
        }
        catch (KeyRingException)
        {
            return null;
        }
        Dictionary<string, string> hashes;
        lock (_lock)
        {
            hashes = Load();
        }
        return hashes.TryGetValue(entry.Address.Value, out var stored) && PasswordHash.Verify(password, stored) ? entry.Address : null;
    }

    /// <summary>A signer for a custodial member's server-held key.</summary>
    /// <exception cref="KeyRingException">No key, or the server's key password does not unlock it.</exception>
    public IEventSigner Signer(Address who)
    {
        lock (_lock)
        {
            return _keys.Signer(who.Value, () => _keyPassword);
        }
    }

    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    private Dictionary<string, string> Load() =>
        File.Exists(PasswordPath)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(PasswordPath)) ?? []
            : [];
}
