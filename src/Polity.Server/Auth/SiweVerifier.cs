using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Polity.Core.Primitives;
using Polity.Ledger;

namespace Polity.Server.Auth;

/// <summary>
/// Issues nonces and checks Sign-In with Ethereum messages: the domain is this server's, the nonce is one this
/// server (or another instance sharing its data-protection keys) issued and not yet used here, the message is
/// within its validity window, and the <c>personal_sign</c> (EIP-191) signature recovers to the message's address.
/// </summary>
/// <remarks>
/// A nonce is a time-limited, authenticated token (hex), so any instance can check it without shared state;
/// single use is remembered per instance until the nonce expires.
/// </remarks>
public sealed class SiweVerifier
{
    private readonly ITimeLimitedDataProtector _protector;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _used = new(StringComparer.Ordinal);

    /// <summary>Creates the verifier.</summary>
    public SiweVerifier(IDataProtectionProvider protection, TimeProvider time, IOptions<PolityServerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(options);
        _protector = protection.CreateProtector("Polity.Siwe.Nonce").ToTimeLimitedDataProtector();
        _time = time;
        _lifetime = options.Value.NonceLifetime;
    }

    /// <summary>A fresh nonce.</summary>
    public string NewNonce() =>
        Convert.ToHexStringLower(_protector.Protect(RandomNumberGenerator.GetBytes(16), _time.GetUtcNow() + _lifetime));

    /// <summary>The address the message signs in, or a reason it does not.</summary>
    /// <param name="text">The message as signed.</param>
    /// <param name="signature">0x-hex r‖s‖v from <c>personal_sign</c>.</param>
    /// <param name="host">This server's authority (host[:port]) as the browser reached it.</param>
    public (Address? Address, string Error) Verify(string text, string signature, string host)
    {
        var message = SiweMessage.TryParse(text ?? "", out var error);
        if (message is null)
        {
            return (null, error);
        }
        if (!string.Equals(message.Domain, host, StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"the message is for {message.Domain}, not {host}");
        }
        var now = _time.GetUtcNow();
        if (message.ExpirationTime is { } exp && exp <= now)
        {
            return (null, "the message has expired");
        }
        if (message.NotBefore is { } nbf && nbf > now)
        {
            return (null, "the message is not valid yet");
        }
        if (!NonceIsOurs(message.Nonce))
        {
            return (null, "the nonce was not issued here or has expired: ask for a new one");
        }
        byte[] sig;
        try
        {
            sig = Hashing.FromHex(signature ?? "");
        }
        catch (FormatException)
        {
            return (null, "the signature is not hex");
        }
        var recovered = EthKeys.Recover(PersonalDigest(text!), sig);
        if (recovered is null || EthKeys.NormalizeAddress(recovered) != EthKeys.NormalizeAddress(message.Address.Value))
        {
            return (null, $"the signature does not recover to {message.Address}");
        }
        Sweep(now);
        if (!_used.TryAdd(message.Nonce, now + _lifetime))
        {
            return (null, "this nonce has been used: ask for a new one");
        }
        return (message.Address, "");
    }

    /// <summary>The EIP-191 <c>personal_sign</c> digest of a text.</summary>
    public static byte[] PersonalDigest(string text)
    {
        var body = Encoding.UTF8.GetBytes(text);
        var prefix = Encoding.UTF8.GetBytes($"\u0019Ethereum Signed Message:\n{body.Length}");
        return Hashing.Keccak256([.. prefix, .. body]);
    }

    private bool NonceIsOurs(string nonce)
    {
        try
        {
            _protector.Unprotect(Convert.FromHexString(nonce), out _);
            return true;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return false;
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (nonce, until) in _used)
        {
            if (until < now)
            {
                _used.TryRemove(nonce, out _);
            }
        }
    }
}
