using System.Globalization;
using System.Text;

namespace Polity.Chain.Tests;

/// <summary>
/// Measures the gas of each step on anvil and writes the table docs/on-chain.md quotes to
/// TestResults/chain-gas.md (figures are deterministic for the committed bytecode).
/// </summary>
public sealed class GasTable(AnvilFixture anvil, ITestOutputHelper output) : IClassFixture<AnvilFixture>
{
    [Fact]
    public async Task Every_step_stays_within_its_gas_budget()
    {
        var rows = new List<(string Step, long Gas)>();
        var client = anvil.Client(AnvilFixture.DeployerKey);
        var (anchor, anchorTx) = await client.DeployAnchorAsync(TestLog.OperatorAddress, TestLog.Network);
        rows.Add(("deploy PolityAnchor", anchorTx.GasUsed));
        var second = anvil.Client(AnvilFixture.SecondKey).Sender;
        var (executor, executorTx) = await client.DeployExecutorAsync(new ExecutorSettings(anchor, null, Deployed.Delay, Deployed.Grace,
            [new VetoHouse("workers", 2, [second, anvil.Client(AnvilFixture.ThirdKey).Sender])]));
        rows.Add(("deploy PolityExecutor (1 house, 2 holders)", executorTx.GasUsed));
        var recorder = await client.DeployAsync(ContractArtifact.Load("Recorder"));
        var calls = new List<ChainCall> { new(recorder, 0, Deployed.Calldata("store(uint256)", 42)) };
        var log = new TestLog();
        log.Fill(99);
        rows.Add(("anchor first head (size 99)", (await client.AnchorAsync(anchor, log.Head(99), null)).GasUsed));
        log.Fill(400);
        var seq = log.Approve(PolityChainClient.BatchHash(AnvilFixture.ChainId, executor, calls));
        log.Fill(500);
        var size = log.Size;
        rows.Add(($"anchor next head (99 → {size}, consistency proof of {log.Consistency(99, size).Path.Count} hashes)",
            (await client.AnchorAsync(anchor, log.Head(size), log.Consistency(99, size))).GasUsed));
        var (queueTx, id) = await client.QueueAsync(executor, calls, log.Entry(seq), log.Inclusion(seq, size));
        rows.Add(($"queue 1-call batch (inclusion proof of {log.Inclusion(seq, size).Path.Count} hashes, entry {log.Entry(seq).Length} bytes)", queueTx.GasUsed));
        rows.Add(("veto (first of 2)", (await anvil.Client(AnvilFixture.SecondKey).VetoAsync(executor, id)).GasUsed));
        await client.AdvanceTimeAsync(Deployed.Delay);
        rows.Add(("execute 1-call batch", (await client.ExecuteAsync(executor, id, calls)).GasUsed));

        var table = new StringBuilder("| Step | Gas |\n|---|---:|\n");
        foreach (var (step, gas) in rows)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {step} | {gas:N0} |\n");
        }
        output.WriteLine(table.ToString());
        Directory.CreateDirectory(Path.Combine(Polity.Testing.TestPaths.RepositoryRoot, "TestResults"));
        await File.WriteAllTextAsync(Path.Combine(Polity.Testing.TestPaths.RepositoryRoot, "TestResults", "chain-gas.md"), table.ToString());
        rows.ShouldAllBe(r => r.Gas > 21_000 && r.Gas < 2_000_000);
    }
}
