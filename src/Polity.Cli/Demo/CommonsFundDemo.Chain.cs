using System.Numerics;
using Nethereum.Web3;
using Polity.Chain;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Engine.Signing;

namespace Polity.Cli.Demo;

public sealed partial class CommonsFundDemo
{
    /// <summary>The anvil script for <c>polity demo --chain</c>, or null to skip the on-chain part.</summary>
    public string? ChainScript { get; init; }

    /// <summary>
    /// The on-chain part (<c>--chain</c>): a local anvil, the anchor and executor deployed, a grant paid in ether
    /// decided by a policy vote, its approval proved on chain, a non-holder's veto refused, early execution refused,
    /// execution after the timelock, and the receipts written back to the log.
    /// </summary>
    private async Task OnChainAsync()
    {
        if (ChainScript is null)
        {
            return;
        }
        Step("On chain: a local anvil", "scripts/anvil.sh on 127.0.0.1, a free port, stopped when the demo ends");
        await using var anvil = await LocalAnvil.StartAsync(ChainScript);
        var relayer = anvil.Client(0);
        _out.WriteLine($"  anvil at {anvil.Url} (chain {LocalAnvil.ChainId}); relayer {relayer.Sender} pays the gas and holds no power");

        Step("Deploy PolityAnchor and PolityExecutor", "the operator signs heads; 2 of 3 funders' wallets may veto; timelock 1d as the policy type's");
        var (anchor, _) = await relayer.DeployAnchorAsync(Who("convener").ToString(), State.Network);
        var funders = new[] { anvil.Client(1).Sender, anvil.Client(2).Sender, anvil.Client(3).Sender };
        var (executor, _) = await relayer.DeployExecutorAsync(new ExecutorSettings(anchor, null, Duration.FromDays(1).Seconds, DecisionTypeGrace, [new VetoHouse("funders", 2, funders)]));
        _out.WriteLine($"  anchor {anchor}");
        _out.WriteLine($"  executor {executor}");
        await relayer.Web3.Eth.GetEtherTransferService().TransferEtherAndWaitForReceiptAsync(executor, 5m);
        _out.WriteLine("  the fund moves 5 ETH into the executor");

        Step("Proposal: pay Youth Rowing 1.5 ETH on chain (policy vote, all houses)");
        var calls = new List<ChainCall> { new(Who("youth-rowing").ToString(), Nethereum.Util.UnitConversion.Convert.ToWei(1.5m), "0x") };
        var batch = PolityChainClient.BatchHash(LocalAnvil.ChainId, executor, calls);
        var action = new ProposalAction.ChainBatch(batch, calls.Select(c => new BatchCall(c.Target, c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Data)).ToList(), "Boats for the flood drills");
        await DoAsync("youth-rowing", new ProposalCreated("policy", "Boats for the flood drills", "1.5 ETH from the on-chain fund.", ProposalOption.YesNo([action]), []),
            $"Youth Rowing drafts a chain-batch proposal: batch {batch[..18]}…");
        var id = State.Proposals.Count;
        await DoAsync("youth-rowing", new ProposalSubmitted(id), "Youth Rowing opens deliberation");
        await AdvanceAsync("3d");
        await VoteAsync(id, ("river-foundation", ["for"]), ("basin-trust", ["for"]), ("flood-watch", ["for"]), ("seed-library", ["for"]),
            ("maria", ["for"]), ("tomas", ["for"]), ("kofi", ["for"]));
        await AdvanceAsync("5d");
        await QueueAsync("maria", id);
        await AdvanceAsync("1d");
        await DoAsync("maria", new ProposalExecuted(id), $"Maria executes proposal {id} in the log");
        var approvalSeq = await DoAsync("maria", new ChainBatchApproved(batch, "for", id), "Maria records the approval: v1.chain-batch-approved carries the batch hash");

        Step("Anchor the log and queue the batch with its proof", "anyone may; the contract checks the signature, the proof and the entry");
        var head = await _network.SignTreeHeadAsync((ITreeHeadSigner)_signers["convener"]);
        var anchored = await relayer.AnchorAsync(anchor, head, null);
        _out.WriteLine($"  anchored size {head.Head.Size} root {head.Head.Root[..16]}… (operator-signed, {anchored.GasUsed} gas)");
        var entry = await EntryBytesAsync(approvalSeq);
        var proof = await _network.ProveInclusionAsync(approvalSeq, head.Head.Size);
        var (queued, opId) = await relayer.QueueAsync(executor, calls, entry, proof);
        _out.WriteLine($"  queued with entry #{approvalSeq} and an inclusion proof of {proof.Path.Count} hashes ({queued.GasUsed} gas)");
        await DoAsync("maria", new ChainReceipt(batch, ChainSteps.Queued, LocalAnvil.ChainId, queued.Hash, queued.Block, queued.Success), $"receipt: queued in block {queued.Block}");

        Step("Attempts that must fail");
        await ChainRefusedAsync(() => anvil.Client(4).VetoAsync(executor, opId), "a veto from a wallet that holds none");
        await ChainRefusedAsync(() => relayer.ExecuteAsync(executor, opId, calls), "execution inside the timelock");
        await anvil.Client(1).VetoAsync(executor, opId);
        _out.WriteLine("  one funder wallet vetoes: 1 of the 2 needed, the batch stays queued");

        Step("Execute after the timelock");
        await relayer.AdvanceTimeAsync(Duration.FromDays(1).Seconds);
        var before = await relayer.Web3.Eth.GetBalance.SendRequestAsync(Who("youth-rowing").ToString());
        var executed = await relayer.ExecuteAsync(executor, opId, calls);
        var after = await relayer.Web3.Eth.GetBalance.SendRequestAsync(Who("youth-rowing").ToString());
        _out.WriteLine($"  executed in block {executed.Block} ({executed.GasUsed} gas): Youth Rowing received {Web3.Convert.FromWei(after.Value - before.Value)} ETH");
        await DoAsync("maria", new ChainReceipt(batch, ChainSteps.Executed, LocalAnvil.ChainId, executed.Hash, executed.Block, executed.Success), $"receipt: executed in block {executed.Block}, tx {executed.Hash[..18]}…");
        var status = await relayer.StatusAsync(executor, opId);
        _out.WriteLine($"  on chain the batch is {status.State.ToString().ToLowerInvariant()}; the log holds {State.ChainBatches[batch].Receipts.Count} receipts for it");
    }

    private static long DecisionTypeGrace => Core.Charters.DecisionType.DefaultGrace.Seconds;

    private async Task ChainRefusedAsync(Func<Task> attempt, string what)
    {
        try
        {
            await attempt();
        }
        catch (ChainRevertedException e)
        {
            _out.WriteLine($"  refused on chain: {what} ({e.Error})");
            return;
        }
        throw new InvalidOperationException($"demo expected the chain to refuse {what}");
    }

    private async Task<byte[]> EntryBytesAsync(long seq)
    {
        await foreach (var stored in _network.Store.ReadAsync(seq))
        {
            return stored.Body.ToArray();
        }
        throw new InvalidOperationException($"no entry {seq}");
    }
}
