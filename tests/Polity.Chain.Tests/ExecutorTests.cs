namespace Polity.Chain.Tests;

/// <summary>The executor's happy paths against anvil: queue with a proof, wait, execute; k-of-n vetoes.</summary>
public sealed class ExecutorTests(AnvilFixture anvil) : IClassFixture<AnvilFixture>
{
    [Fact]
    public async Task A_batch_approved_in_the_log_executes_after_the_timelock()
    {
        var d = await Deployed.StartAsync(anvil);
        var calls = d.Store(42);
        var seq = await d.ApproveAndAnchorAsync(calls);

        var id = await d.QueueAsync(calls, seq);
        var queued = await d.Client.StatusAsync(d.Executor, id);
        queued.State.ShouldBe(BatchState.Queued);
        queued.Batch.ShouldBe(d.BatchHash(calls));

        await d.Client.AdvanceTimeAsync(Deployed.Delay);
        var tx = await d.Client.ExecuteAsync(d.Executor, id, calls);

        tx.Success.ShouldBeTrue();
        (await d.RecordedAsync()).ShouldBe(42);
        (await d.Client.StatusAsync(d.Executor, id)).State.ShouldBe(BatchState.Executed);
    }

    [Fact]
    public async Task The_batch_hash_computed_off_chain_equals_the_contracts()
    {
        var d = await Deployed.StartAsync(anvil);
        var calls = d.Store(7).Concat([new ChainCall("0x00000000000000000000000000000000000000aa", 5, "0x")]).ToList();

        (await d.Client.BatchHashOnChainAsync(d.Executor, calls)).ShouldBe(d.BatchHash(calls));
    }

    [Fact]
    public async Task One_veto_of_a_two_of_two_house_does_not_stop_a_batch_but_the_second_does()
    {
        var d = await Deployed.StartAsync(anvil);
        var calls = d.Store(1);
        var id = await d.QueueAsync(calls, await d.ApproveAndAnchorAsync(calls));

        await anvil.Client(AnvilFixture.SecondKey).VetoAsync(d.Executor, id);
        (await d.Client.StatusAsync(d.Executor, id)).State.ShouldBe(BatchState.Queued);
        await anvil.Client(AnvilFixture.ThirdKey).VetoAsync(d.Executor, id);
        (await d.Client.StatusAsync(d.Executor, id)).State.ShouldBe(BatchState.Vetoed);

        await d.Client.AdvanceTimeAsync(Deployed.Delay);
        await ChainAssert.RevertsWith("NotQueued", () => d.Client.ExecuteAsync(d.Executor, id, calls));
    }

    [Fact]
    public async Task A_failing_call_reverts_the_whole_batch()
    {
        var d = await Deployed.StartAsync(anvil);
        var calls = d.Store(9).Concat([new ChainCall(d.Recorder, 0, Deployed.Calldata("fail()"))]).ToList();
        var id = await d.QueueAsync(calls, await d.ApproveAndAnchorAsync(calls));
        await d.Client.AdvanceTimeAsync(Deployed.Delay);

        await Should.ThrowAsync<ChainRevertedException>(() => d.Client.ExecuteAsync(d.Executor, id, calls));

        (await d.RecordedAsync()).ShouldBe(0);
        (await d.Client.StatusAsync(d.Executor, id)).State.ShouldBe(BatchState.Queued);
    }

    [Fact]
    public async Task As_a_Safe_module_the_executor_runs_calls_from_the_Safe()
    {
        var d0 = await Deployed.StartAsync(anvil);
        var safe = await d0.Client.DeployAsync(ContractArtifact.Load("MockSafe"), "0x0000000000000000000000000000000000000000");
        var d = await Deployed.StartAsync(anvil, avatar: safe);
        await d.Client.Web3.Eth.GetContractTransactionHandler<EnableModule>()
            .SendRequestAndWaitForReceiptAsync(safe, new EnableModule { Module = d.Executor });
        var calls = d.Store(5);
        var id = await d.QueueAsync(calls, await d.ApproveAndAnchorAsync(calls));
        await d.Client.AdvanceTimeAsync(Deployed.Delay);

        await d.Client.ExecuteAsync(d.Executor, id, calls);

        (await d.RecordedAsync()).ShouldBe(5);
        var caller = await d.Client.Web3.Eth.GetContractQueryHandler<LastCaller>().QueryAsync<string>(d.Recorder, new LastCaller());
        caller.ShouldBe(safe, StringCompareShould.IgnoreCase);
    }

    [Nethereum.ABI.FunctionEncoding.Attributes.Function("enableModule")]
    internal sealed class EnableModule : Nethereum.Contracts.FunctionMessage
    {
        [Nethereum.ABI.FunctionEncoding.Attributes.Parameter("address", "module_", 1)]
        public string Module { get; set; } = "";
    }

    [Nethereum.ABI.FunctionEncoding.Attributes.Function("lastCaller", "address")]
    internal sealed class LastCaller : Nethereum.Contracts.FunctionMessage;
}
