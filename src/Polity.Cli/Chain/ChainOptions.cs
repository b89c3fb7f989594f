using System.CommandLine;

namespace Polity.Cli.Chain;

/// <summary>Options the <c>polity chain</c> subcommands share.</summary>
internal static class ChainOptions
{
    public static Option<string> Rpc { get; } = new("--rpc")
    {
        Description = "The node's JSON-RPC URL (env POLITY_CHAIN_RPC); deploy records it in the deployment file",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("POLITY_CHAIN_RPC") ?? "",
    };

    public static Option<string> Key { get; } = new("--chain-key")
    {
        Description = "The 32-byte hex key of the account that sends and pays for transactions (env POLITY_CHAIN_KEY); " +
                      "not a log key: on chain, anyone may anchor, queue and execute",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("POLITY_CHAIN_KEY") ?? "",
    };

    public static Option<string> Deployment { get; } = new("--deployment")
    {
        Description = "The deployment file (default: the database path with .chain.json)",
    };

    public static Option<bool> Record { get; } = new("--record")
    {
        Description = "Append a v1.chain-receipt to the log, signed by --as",
    };

    public static string DeploymentPath(CliContext ctx) =>
        ctx.Parse.GetValue(Deployment) is { Length: > 0 } path ? path
        : ctx.IsPostgres ? "polity.chain.json" : ctx.DbPath + ".chain.json";

    public static string ChainKey(CliContext ctx) =>
        ctx.Parse.GetValue(Key) is { Length: > 0 } key ? key
        : throw new CliException("this command sends a transaction: give the sender's key with --chain-key HEX (or POLITY_CHAIN_KEY)");
}
