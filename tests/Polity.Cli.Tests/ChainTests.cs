using System.Text.Json;
using Polity.Chain;
using Polity.Testing;

namespace Polity.Cli.Tests;

/// <summary><c>polity chain …</c> and <c>polity demo --chain</c> against a local anvil the tests start and stop.</summary>
public sealed class ChainTests : IAsyncLifetime, IDisposable
{
    private readonly PolityProcess _p = new();
    private LocalAnvil _anvil = null!;

    public async ValueTask InitializeAsync() => _anvil = await LocalAnvil.StartAsync(Path.Combine(TestPaths.RepositoryRoot, "scripts", "anvil.sh"));

    public async ValueTask DisposeAsync() => await _anvil.DisposeAsync();

    public void Dispose() => _p.Dispose();

    [Fact]
    public async Task A_decided_batch_goes_from_proposal_to_execution_on_chain_through_the_cli()
    {
        await _p.FoundSmallNetworkAsync(PolityProcess.ExampleCharter);
        var relayer = LocalAnvil.DevKeys[0];
        var deploy = JsonDocument.Parse((await _p.ExpectAsync(0, "chain", "deploy", "--rpc", _anvil.Url.ToString(), "--chain-key", relayer, "--json")).Out).RootElement;
        var executor = deploy.GetProperty("deployment").GetProperty("executor").GetString()!;
        deploy.GetProperty("houses")[0].GetProperty("house").GetString().ShouldBe("funders");
        await _anvil.Client(0).Web3.Eth.GetEtherTransferService().TransferEtherAndWaitForReceiptAsync(executor, 1m);
        const string payee = "0x00000000000000000000000000000000000000b0";
        await File.WriteAllTextAsync(_p.Path("calls.json"), $$"""[{"to": "{{payee}}", "value": "1000", "data": "0x"}]""");
        var batch = (await _p.ExpectAsync(0, "chain", "batch-hash", "--calls", _p.Path("calls.json"))).Out.Trim();
        await File.WriteAllTextAsync(_p.Path("pay.yaml"), $"""
            type: policy
            title: Pay the boat builder on chain
            actions:
              - chain-batch: {"{"} batch: "{batch}", memo: boats, calls: [{"{"} to: "{payee}", value: "1000" {"}"}] {"}"}
            """);
        await _p.ExpectAsync(0, "proposal", "create", "--file", _p.Path("pay.yaml"), "--as", "alice");
        (await _p.ExpectAsync(1, "chain", "approve", "1", "--as", "alice")).Err.ShouldContain("no passed chain batch");
        await _p.ExpectAsync(0, "proposal", "submit", "1", "--as", "alice");
        await _p.ExpectAsync(0, "clock", "advance", "3d", "--as", "op");
        foreach (var voter in new[] { "alice", "dave", "bob", "carol" })
        {
            await _p.ExpectAsync(0, "proposal", "vote", "1", "for", "--as", voter);
        }
        await _p.ExpectAsync(0, "clock", "advance", "5d", "--as", "op");
        await _p.ExpectAsync(0, "proposal", "queue", "1", "--as", "alice");
        await _p.ExpectAsync(0, "clock", "advance", "1d", "--as", "op");
        await _p.ExpectAsync(0, "proposal", "execute", "1", "--as", "alice");
        await _p.ExpectAsync(0, "chain", "approve", "1", "--as", "alice");

        (await _p.ExpectAsync(1, "chain", "queue", "1", "--chain-key", relayer)).Err.ShouldContain("polity chain anchor");
        await _p.ExpectAsync(0, "chain", "anchor", "--as", "op", "--chain-key", relayer);
        await _p.ExpectAsync(0, "chain", "queue", batch, "--chain-key", relayer, "--record", "--as", "bob");
        (await _p.ExpectAsync(1, "chain", "veto", "1", "--chain-key", LocalAnvil.DevKeys[4])).Err.ShouldContain("NotVetoHolder");
        (await _p.ExpectAsync(1, "chain", "execute", "1", "--chain-key", relayer)).Err.ShouldContain("TooEarly");
        await _anvil.Client(0).AdvanceTimeAsync(2 * Deployed.Day); // the charter's longest timelock, the deploy default
        await _p.ExpectAsync(0, "chain", "execute", "1", "--chain-key", relayer, "--record", "--as", "bob");

        (await _anvil.Client(0).Web3.Eth.GetBalance.SendRequestAsync(payee)).Value.ShouldBe(1000);
        var status = JsonDocument.Parse((await _p.ExpectAsync(0, "chain", "status", "--json")).Out).RootElement;
        var only = status.GetProperty("batches").EnumerateArray().Single();
        only.GetProperty("state").GetString().ShouldBe("executed");
        only.GetProperty("receipts").GetArrayLength().ShouldBe(2);
        var safe = JsonDocument.Parse((await _p.ExpectAsync(0, "chain", "export-safe", "1")).Out).RootElement;
        safe.GetProperty("chainId").GetString().ShouldBe("31337");
        safe.GetProperty("transactions")[0].GetProperty("to").GetString().ShouldBe(payee);
        safe.GetProperty("transactions")[0].GetProperty("value").GetString().ShouldBe("1000");
        await _p.ExpectAsync(0, "verify");
    }

    [Fact]
    public async Task The_chain_demo_survives_a_non_holders_veto_executes_after_the_timelock_and_logs_the_receipts()
    {
        _p.Env["POLITY_PASSWORD"] = "demo-password";

        var demo = await _p.ExpectAsync(0, "demo", "--chain");

        demo.Out.ShouldContain("refused on chain: a veto from a wallet that holds none (NotVetoHolder)");
        demo.Out.ShouldContain("refused on chain: execution inside the timelock (TooEarly)");
        demo.Out.ShouldContain("Youth Rowing received 1.5 ETH");
        demo.Out.ShouldContain("verify OK");
        (await _p.ExpectAsync(0, "log", "show", "--json")).Out.ShouldContain("\"type\":\"v1.chain-receipt\"");
    }

    private static class Deployed
    {
        public const long Day = 86_400;
    }
}
