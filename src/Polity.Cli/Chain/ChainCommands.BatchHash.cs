using System.CommandLine;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Polity.Chain;

namespace Polity.Cli.Chain;

public static partial class ChainCommands
{
    /// <summary><c>polity chain batch-hash --calls FILE</c>: the hash a chain-batch action must carry for this deployment.</summary>
    private static Command BuildBatchHash(Runner run)
    {
        var calls = new Option<string>("--calls") { Description = "A JSON array of calls: [{\"to\": \"0x…\", \"value\": \"wei\", \"data\": \"0x…\"}]", Required = true };
        var command = new Command("batch-hash", "The batch hash of some calls for the deployed executor on its chain: what a chain-batch action's 'batch' must be") { calls };
        run.On(command, ctx =>
        {
            var deployment = ChainDeployment.Read(ChainOptions.DeploymentPath(ctx));
            var parsed = ReadCalls(ctx.Parse.GetValue(calls)!);
            var hash = PolityChainClient.BatchHash(deployment.ChainId, deployment.Executor, parsed);
            ctx.Show(new { batch = hash, chainId = deployment.ChainId, executor = deployment.Executor }, (o, v) => o.WriteLine(v.batch));
            return Task.FromResult(ExitCodes.Done);
        });
        return command;
    }

    private static List<ChainCall> ReadCalls(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            return doc.RootElement.EnumerateArray().Select(c => new ChainCall(
                c.GetProperty("to").GetString()!.ToLowerInvariant(),
                c.TryGetProperty("value", out var v) ? BigInteger.Parse(v.ValueKind == JsonValueKind.Number ? v.GetRawText() : v.GetString()!, CultureInfo.InvariantCulture) : BigInteger.Zero,
                c.TryGetProperty("data", out var d) ? d.GetString()!.ToLowerInvariant() : "0x")).ToList();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or NullReferenceException)
        {
            throw new CliException($"{path}: expected a JSON array of {{to, value, data}} calls ({e.Message})");
        }
    }
}
