using Nethereum.Contracts;
using Polity.Ledger.Merkle;

namespace Polity.Chain.Tests;

/// <summary>What an attacker tries against the executor; each must revert with the expected custom error.</summary>
public sealed class AttackTests(AnvilFixture anvil) : IClassFixture<AnvilFixture>
{
    [Fact]
    public async Task A_batch_not_in_the_log_cannot_be_queued()
    {
        var d = await Deployed.StartAsync(anvil);
        var calls = d.Store(1);
        var seq = await d.ApproveAndAnchorAsync(d.Store(2));
        var outsider = new TestLog();
        outsider.Fill(3);
        var forged = outsider.Approve(d.BatchHash(calls));

        // The forged approval with the real entry's path, against the anchored head.
        var proof = d.Log.Inclusion(seq, d.Log.Size);
        await ChainAssert.RevertsWith("InvalidProof", () => d.Client.QueueAsync(d.Executor, calls, outsider.Entry(forged), proof));
    }

    [Fact]
    public async Task A_forged_proof_is_refused()
    {
        var d = await Deployed.StartAsync(anvil);
        var calls = d.Store(1);
        var seq = await d.ApproveAndAnchorAsync(calls);
        var proof = d.Log.Inclusion(seq, d.Log.Size);
        var flipped = proof with { Path = [.. proof.Path.Take(proof.Path.Count - 1), "00" + proof.Path[^1][2..]] };

        await ChainAssert.RevertsWith("InvalidProof", () => d.Client.QueueAsync(d.Executor, calls, d.Log.Entry(seq), flipped));
        await ChainAssert.RevertsWith("InvalidProof", () => d.Client.QueueAsync(d.Executor, calls, d.Log.Entry(seq), proof with { LeafIndex = seq }));
    }

    [Fact]
    public async Task A_proof_against_a_head_never_anchored_is_refused()
    {
        var d = await Deployed.StartAsync(anvil);
        var calls = d.Store(1);
        await d.ApproveAndAnchorAsync(d.Store(2));
        var seq = d.Log.Approve(d.BatchHash(calls));

        await ChainAssert.RevertsWith("NotAnchored", () => d.Client.QueueAsync(d.Executor, calls, d.Log.Entry(seq), d.Log.Inclusion(seq, d.Log.Size)));
    }

    [Fact]
    public async Task An_entry_of_another_type_does_not_authorise_a_batch()
    {
        var d = await Deployed.StartAsync(anvil);
        var calls = d.Store(1);
        var seq = d.Log.Append("v1.comment-posted", $"{{\"batch\":\"{d.BatchHash(calls)}\",\"proposal\":1}}");
        await d.Client.AnchorAsync(d.Anchor, d.Log.Head(d.Log.Size), null);

        await ChainAssert.RevertsWith("NotBatchApproval", () => d.Client.QueueAsync(d.Executor, calls, d.Log.Entry(seq), d.Log.Inclusion(seq, d.Log.Size)));
    }

    [Fact]
    public async Task Calls_other_than_the_approved_ones_are_refused_at_queue_and_at_execution()
    {
        var d = await Deployed.StartAsync(anvil);
        var calls = d.Store(1);
        var seq = await d.ApproveAndAnchorAsync(calls);

        await ChainAssert.RevertsWith("BatchMismatch", () => d.Client.QueueAsync(d.Executor, d.Store(1000), d.Log.Entry(seq), d.Log.Inclusion(seq, d.Log.Size)));
        var id = await d.QueueAsync(calls, seq);
        await d.Client.AdvanceTimeAsync(Deployed.Delay);
        await ChainAssert.RevertsWith("BatchMismatch", () => d.Client.ExecuteAsync(d.Executor, id, d.Store(1000)));
    }

    [Fact]
    public async Task A_replayed_batch_is_refused()
    {
        var d = await Deployed.StartAsync(anvil);
        var calls = d.Store(1);
        var seq = await d.ApproveAndAnchorAsync(calls);
        var id = await d.QueueAsync(calls, seq);

        await ChainAssert.RevertsWith("AlreadyQueued", () => d.QueueAsync(calls, seq));
        await d.Client.AdvanceTimeAsync(Deployed.Delay);
        await d.Client.ExecuteAsync(d.Executor, id, calls);
        await ChainAssert.RevertsWith("NotQueued", () => d.Client.ExecuteAsync(d.Executor, id, calls));
        await ChainAssert.RevertsWith("AlreadyQueued", () => d.QueueAsync(calls, seq));
    }

    [Fact]
    public async Task Execution_before_the_timelock_is_refused()
    {
        var d = await Deployed.StartAsync(anvil);
        var calls = d.Store(1);
        var id = await d.QueueAsync(calls, await d.ApproveAndAnchorAsync(calls));

        await ChainAssert.RevertsWith("TooEarly", () => d.Client.ExecuteAsync(d.Executor, id, calls));
        await d.Client.AdvanceTimeAsync(Deployed.Delay - 60);
        await ChainAssert.RevertsWith("TooEarly", () => d.Client.ExecuteAsync(d.Executor, id, calls));
    }

    [Fact]
    public async Task A_veto_by_a_non_holder_is_refused()
    {
        var d = await Deployed.StartAsync(anvil);
        var calls = d.Store(1);
        var id = await d.QueueAsync(calls, await d.ApproveAndAnchorAsync(calls));

        await ChainAssert.RevertsWith("NotVetoHolder", () => d.Client.VetoAsync(d.Executor, id));
        await ChainAssert.RevertsWith("AlreadyVetoed", async () =>
        {
            await anvil.Client(AnvilFixture.SecondKey).VetoAsync(d.Executor, id);
            await anvil.Client(AnvilFixture.SecondKey).VetoAsync(d.Executor, id);
        });
        (await d.Client.StatusAsync(d.Executor, id)).State.ShouldBe(BatchState.Queued);
    }

    [Fact]
    public async Task A_veto_or_an_execution_after_expiry_is_refused()
    {
        var d = await Deployed.StartAsync(anvil);
        var calls = d.Store(1);
        var id = await d.QueueAsync(calls, await d.ApproveAndAnchorAsync(calls));
        await d.Client.AdvanceTimeAsync(Deployed.Delay + Deployed.Grace + 1);

        await ChainAssert.RevertsWith("Expired", () => anvil.Client(AnvilFixture.SecondKey).VetoAsync(d.Executor, id));
        await ChainAssert.RevertsWith("Expired", () => d.Client.ExecuteAsync(d.Executor, id, calls));
    }

    [Fact]
    public async Task A_batch_that_calls_back_into_the_executor_is_stopped_by_the_reentrancy_guard()
    {
        var d = await Deployed.StartAsync(anvil);
        var attacker = await d.Client.DeployAsync(ContractArtifact.Load("Reentrant"));
        var calls = new List<ChainCall> { new(attacker, 0, Deployed.Calldata("attack()")) };
        var id = await d.QueueAsync(calls, await d.ApproveAndAnchorAsync(calls));
        var reenter = new Contracts.ExecuteFunction { Id = Convert.FromHexString(id[2..]), Calls = [] }.GetCallData();
        await d.Client.Web3.Eth.GetContractTransactionHandler<Arm>().SendRequestAndWaitForReceiptAsync(attacker, new Arm { Payload = reenter });
        await d.Client.AdvanceTimeAsync(Deployed.Delay);

        await ChainAssert.RevertsWith("ReentrantCall", () => d.Client.ExecuteAsync(d.Executor, id, calls));
        (await d.Client.StatusAsync(d.Executor, id)).State.ShouldBe(BatchState.Queued);
    }

    [Fact]
    public async Task Only_the_executor_itself_may_cancel()
    {
        var d = await Deployed.StartAsync(anvil);
        var calls = d.Store(1);
        var id = await d.QueueAsync(calls, await d.ApproveAndAnchorAsync(calls));
        var cancel = new List<ChainCall> { new(d.Executor, 0, "0x" + Convert.ToHexStringLower(new Contracts.CancelFunction { Id = Convert.FromHexString(id[2..]) }.GetCallData())) };

        await ChainAssert.RevertsWith("OnlySelf", () => d.Client.CancelAsync(d.Executor, id));
        var cancelId = await d.QueueAsync(cancel, await d.ApproveAndAnchorAsync(cancel));
        await d.Client.AdvanceTimeAsync(Deployed.Delay);
        await d.Client.ExecuteAsync(d.Executor, cancelId, cancel);

        (await d.Client.StatusAsync(d.Executor, id)).State.ShouldBe(BatchState.Cancelled);
    }

    [Nethereum.ABI.FunctionEncoding.Attributes.Function("arm")]
    internal sealed class Arm : Nethereum.Contracts.FunctionMessage
    {
        [Nethereum.ABI.FunctionEncoding.Attributes.Parameter("bytes", "p", 1)]
        public byte[] Payload { get; set; } = [];
    }
}
