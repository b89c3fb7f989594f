using System.CommandLine;

namespace Polity.Cli;

/// <summary>Options every command accepts.</summary>
public static class GlobalOptions
{
    /// <summary>The log database.</summary>
    public static Option<string> Db { get; } = new("--db")
    {
        Description = "The network's log: a SQLite file path, or PostgreSQL as postgres://user@host:port/dbname?schema=x or 'Host=…;Username=…;Database=…;Schema=x' (env POLITY_DB)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("POLITY_DB") ?? "polity.db",
    };

    /// <summary>The key folder.</summary>
    public static Option<string> Keys { get; } = new("--keys")
    {
        Description = "Folder of V3 keystore files (env POLITY_KEYS)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("POLITY_KEYS") ?? "polity-keys",
    };

    /// <summary>Machine-readable output.</summary>
    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "Print JSON instead of text",
        Recursive = true,
    };

    /// <summary>Who signs.</summary>
    public static Option<string> As { get; } = new("--as")
    {
        Description = "The key that signs: a key name or address (env POLITY_AS); its password comes from POLITY_PASSWORD or a prompt",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("POLITY_AS") ?? "",
    };
}
