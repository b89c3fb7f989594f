using System.Globalization;
using Polity.Core.Primitives;

namespace Polity.Server.Auth;

/// <summary>
/// A Sign-In with Ethereum message (EIP-4361): what a wallet shows its owner and signs with <c>personal_sign</c>.
/// Only the fields the server checks are kept; the optional ones are parsed so their order is enforced.
/// </summary>
/// <param name="Domain">The RFC 3986 authority asking for the sign-in (must be this server's host).</param>
/// <param name="Address">The account signing in.</param>
/// <param name="Statement">The human-readable line, if any.</param>
/// <param name="Uri">The resource the sign-in is for.</param>
/// <param name="ChainId">The EIP-155 chain id (any; the log is off-chain).</param>
/// <param name="Nonce">The server-issued nonce (at least 8 alphanumerics).</param>
/// <param name="IssuedAt">When it was written.</param>
/// <param name="ExpirationTime">When it stops being valid, if given.</param>
/// <param name="NotBefore">When it starts being valid, if given.</param>
public sealed record SiweMessage(
    string Domain, Address Address, string? Statement, string Uri, long ChainId, string Nonce,
    DateTimeOffset IssuedAt, DateTimeOffset? ExpirationTime, DateTimeOffset? NotBefore)
{
    private const string Preamble = " wants you to sign in with your Ethereum account:";

    /// <summary>The message text for these fields, in EIP-4361's layout.</summary>
    public string ToText()
    {
        var lines = new List<string> { Domain + Preamble, Address.Value, "" };
        if (Statement is not null)
        {
            lines.Add(Statement);
            lines.Add("");
        }
        lines.Add($"URI: {Uri}");
        lines.Add("Version: 1");
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"Chain ID: {ChainId}"));
        lines.Add($"Nonce: {Nonce}");
        lines.Add($"Issued At: {Stamp(IssuedAt)}");
        if (ExpirationTime is { } exp)
        {
            lines.Add($"Expiration Time: {Stamp(exp)}");
        }
        if (NotBefore is { } nbf)
        {
            lines.Add($"Not Before: {Stamp(nbf)}");
        }
        return string.Join('\n', lines);
    }

    private static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses a message; null with <paramref name="error"/> when it is not EIP-4361.</summary>
    public static SiweMessage? TryParse(string text, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        error = "";
        if (lines.Length < 8 || !lines[0].EndsWith(Preamble, StringComparison.Ordinal))
        {
            error = "not a Sign-In with Ethereum message: the first line must end with '" + Preamble.Trim() + "'";
            return null;
        }
        var domain = lines[0][..^Preamble.Length];
        if (!Address.TryParse(lines[1], out var address))
        {
            error = $"'{lines[1]}' is not an address";
            return null;
        }
        if (lines[2].Length != 0)
        {
            error = "a blank line must follow the address";
            return null;
        }
        var i = 3;
        string? statement = null;
        if (!lines[i].StartsWith("URI: ", StringComparison.Ordinal) && lines[i + 1].Length == 0)
        {
            statement = lines[i];
            i += 2;
        }
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] order = ["URI", "Version", "Chain ID", "Nonce", "Issued At", "Expiration Time", "Not Before", "Request ID", "Resources"];
        var at = 0;
        for (; i < lines.Length && lines[i].Length > 0 && !lines[i].StartsWith("- ", StringComparison.Ordinal); i++)
        {
            var colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
            var key = colon < 0 ? lines[i].TrimEnd(':') : lines[i][..colon];
            var next = Array.IndexOf(order, key, at);
            if (next < 0)
            {
                error = $"unexpected or out-of-order field '{key}'";
                return null;
            }
            at = next + 1;
            fields[key] = colon < 0 ? "" : lines[i][(colon + 2)..];
        }
        foreach (var required in new[] { "URI", "Version", "Chain ID", "Nonce", "Issued At" })
        {
            if (!fields.ContainsKey(required))
            {
                error = $"the field '{required}' is missing";
                return null;
            }
        }
        if (fields["Version"] != "1")
        {
            error = "only Version 1 is understood";
            return null;
        }
        if (!long.TryParse(fields["Chain ID"], NumberStyles.None, CultureInfo.InvariantCulture, out var chain))
        {
            error = "Chain ID is not a number";
            return null;
        }
        var nonce = fields["Nonce"];
        if (nonce.Length < 8 || !nonce.All(char.IsAsciiLetterOrDigit))
        {
            error = "the nonce must be at least 8 letters or digits";
            return null;
        }
        if (!TryTime(fields["Issued At"], out var issued)
            || !TryOptionalTime(fields, "Expiration Time", out var expires)
            || !TryOptionalTime(fields, "Not Before", out var notBefore))
        {
            error = "a time is not RFC 3339";
            return null;
        }
        return new SiweMessage(domain, address, statement, fields["URI"], chain, nonce, issued, expires, notBefore);
    }

    private static bool TryTime(string text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

    private static bool TryOptionalTime(Dictionary<string, string> fields, string key, out DateTimeOffset? time)
    {
        time = null;
        if (!fields.TryGetValue(key, out var text))
        {
            return true;
        }
        if (!TryTime(text, out var parsed))
        {
            return false;
        }
        time = parsed;
        return true;
    }
}
