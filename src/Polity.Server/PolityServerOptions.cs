namespace Polity.Server;

/// <summary>How a server runs: which log, which keys, where to listen. Bound from configuration section <c>Polity</c>.</summary>
public sealed class PolityServerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Polity";

    /// <summary>The log: a SQLite path, a PostgreSQL URL or an Npgsql connection string (as the CLI's <c>--db</c>).</summary>
    public string Db { get; set; } = "polity.db";

    /// <summary>The folder of custodial keystores (as the CLI's <c>--keys</c>), also holding <c>passwords.json</c>.</summary>
    public string Keys { get; set; } = "polity-keys";

    /// <summary>The password that unlocks the custodial keystores (env <c>POLITY_PASSWORD</c>); empty disables custodial writes.</summary>
    public string KeyPassword { get; set; } = "";

    /// <summary>
    /// Where cookie-protection keys live; instances behind one load balancer must share it. Default: <c>KEYS/dataprotection</c>.
    /// </summary>
    public string? DataProtectionKeys { get; set; }

    /// <summary>How long a sign-in lasts.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long a Sign-In with Ethereum nonce stays valid.</summary>
    public TimeSpan NonceLifetime { get; set; } = TimeSpan.FromMinutes(10);
}
