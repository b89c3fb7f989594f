using Polity.Core.Events;

namespace Polity.Core.Tests;

/// <summary>Chain-batch actions, their approval once the proposal executes, and receipts.</summary>
public class ChainSpecs : NetworkSpec
{
    private static readonly string Batch = "0x" + new string('a', 64);
    private static readonly string Other = "0x" + new string('b', 64);
    private static readonly BatchCall Call = new("0x" + new string('c', 40), "1000", "0x12ab");

    public ChainSpecs() => GivenNetwork();

    [Fact]
    public void An_executed_proposals_passed_chain_batch_can_be_approved_once()
    {
        var id = ExecutedChainProposal();

        When(A("g3"), new ChainBatchApproved(Other, "for", id))!.Code.ShouldBe("unknown-batch");
        When(A("g3"), new ChainBatchApproved(Batch, "against", id))!.Code.ShouldBe("not-passed");
        Given(A("g3"), new ChainBatchApproved(Batch, "for", id));

        State.ChainBatches[Batch].Proposal.ShouldBe(id);
        State.ChainBatches[Batch].Seq.ShouldBe(Seq);
        When(A("g3"), new ChainBatchApproved(Batch, "for", id))!.Code.ShouldBe("already-approved");
    }

    [Fact]
    public void A_chain_batch_is_not_approved_before_its_proposal_executes()
    {
        Given(A("g1"), new ProposalCreated("policy", "Pay on chain", "", ProposalOption.YesNo([new ProposalAction.ChainBatch(Batch, [Call], "m")]), []));

        When(A("g1"), new ChainBatchApproved(Batch, "for", 1))!.Code.ShouldBe("not-executed");
        When(A("g1"), new ChainBatchApproved(Batch, "for", 9))!.Code.ShouldBe("unknown-proposal");
    }

    [Theory]
    [InlineData("0xAA", "1", "0x", "bad-batch")]
    [InlineData(null, "01", "0x", "bad-call")]
    [InlineData(null, "-1", "0x", "bad-call")]
    [InlineData(null, "1", "0x1", "bad-call")]
    [InlineData(null, "1", "12", "bad-call")]
    public void A_malformed_chain_batch_is_refused_at_creation(string? batch, string value, string data, string code)
    {
        var action = new ProposalAction.ChainBatch(batch ?? Batch, [Call with { Value = value, Data = data }], "m");

        When(A("g1"), new ProposalCreated("policy", "T", "", ProposalOption.YesNo([action]), []))!.Code.ShouldBe(code);
    }

    [Fact]
    public void A_chain_batch_with_no_calls_is_refused()
    {
        When(A("g1"), new ProposalCreated("policy", "T", "", ProposalOption.YesNo([new ProposalAction.ChainBatch(Batch, [], "m")]), []))!.Code.ShouldBe("empty-batch");
    }

    [Fact]
    public void Receipts_are_recorded_only_for_approved_batches_and_known_steps()
    {
        var id = ExecutedChainProposal();
        var tx = "0x" + new string('d', 64);
        When(A("g3"), new ChainReceipt(Batch, ChainSteps.Queued, 31337, tx, 5, true))!.Code.ShouldBe("unknown-batch");
        Given(A("g3"), new ChainBatchApproved(Batch, "for", id));

        When(A("g3"), new ChainReceipt(Batch, "mined", 31337, tx, 5, true))!.Code.ShouldBe("bad-step");
        When(A("g3"), new ChainReceipt(Batch, ChainSteps.Queued, 0, tx, 5, true))!.Code.ShouldBe("bad-receipt");
        Given(A("g3"), new ChainReceipt(Batch, ChainSteps.Queued, 31337, tx, 5, true), new ChainReceipt(Batch, ChainSteps.Executed, 31337, tx, 9, true));

        State.ChainBatches[Batch].Receipts.Select(r => r.Step).ShouldBe([ChainSteps.Queued, ChainSteps.Executed]);
    }

    private long ExecutedChainProposal()
    {
        Given(A("g1"), new ProposalCreated("policy", "Pay on chain", "", ProposalOption.YesNo([new ProposalAction.ChainBatch(Batch, [Call], "m")]), []));
        var id = State.Proposals.Count;
        Given(A("g1"), new ProposalSubmitted(id));
        Advance(3 * Day);
        Vote(id, ("f1", ["for"]), ("g1", ["for"]), ("g2", ["for"]), ("c1", ["for"]), ("c2", ["for"]), ("c3", ["for"]));
        Advance(5 * Day);
        Given(A("c1"), QueueOf(id));
        Advance(1 * Day);
        Given(A("c1"), new ProposalExecuted(id));
        return id;
    }
}
