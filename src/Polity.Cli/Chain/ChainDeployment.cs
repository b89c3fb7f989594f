using System.Text.Json;

namespace Polity.Cli.Chain;

/// <summary>
/// Where a network's contracts live: written by <c>polity chain deploy</c> beside the log (<c>DB.chain.json</c>,
/// or <c>--deployment FILE</c>) and read by the other chain commands.
/// </summary>
/// <param name="ChainId">The chain's EIP-155 id.</param>
/// <param name="Rpc">The node's JSON-RPC URL.</param>
/// <param name="Anchor">The PolityAnchor's address.</param>
/// <param name="Executor">The PolityExecutor's address.</param>
/// <param name="Avatar">The Safe the executor is a module of, or null.</param>
/// <param name="Timelock">The executor's delay in seconds.</param>
/// <param name="Grace">The executor's grace period in seconds.</param>
public sealed record ChainDeployment(long ChainId, string Rpc, string Anchor, string Executor, string? Avatar, long Timelock, long Grace)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Reads a deployment file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The deployment.</returns>
    /// <exception cref="CliException">No such file, or not a deployment.</exception>
    public static ChainDeployment Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"no chain deployment at {path}: run 'polity chain deploy' first, or name one with --deployment");
        }
        try
        {
            return JsonSerializer.Deserialize<ChainDeployment>(File.ReadAllText(path), Options) ?? throw new CliException($"{path} is empty");
        }
        catch (JsonException e)
        {
            throw new CliException($"{path} is not a chain deployment: {e.Message}");
        }
    }

    /// <summary>Writes the deployment file.</summary>
    /// <param name="path">The file.</param>
    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Options) + "\n");
}
