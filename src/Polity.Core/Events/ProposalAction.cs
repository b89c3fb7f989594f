using Polity.Core.Primitives;

namespace Polity.Core.Events;

/// <summary>What a passed option does when executed.</summary>
public abstract partial record ProposalAction
{
    private ProposalAction() { }

    /// <summary>The charter's action kind (<see cref="Charters.ActionKinds"/>).</summary>
    public abstract string Kind { get; }

    /// <summary>No effect beyond the recorded decision.</summary>
    public sealed record Signal : ProposalAction
    {
        /// <inheritdoc />
        public override string Kind => Charters.ActionKinds.Signal;
    }

    /// <summary>Pays from the treasury, or from a budget program's envelope.</summary>
    /// <param name="Asset">Asset code.</param>
    /// <param name="Amount">Minor units, positive.</param>
    /// <param name="To">Recipient.</param>
    /// <param name="Memo">What it is for.</param>
    /// <param name="From">The budget program to pay from, or null for the unallocated treasury; left out of the payload when null, so transfers written before budgets keep their bytes.</param>
    public sealed record Transfer(string Asset, long Amount, Address To, string Memo, string? From = null) : ProposalAction
    {
        /// <inheritdoc />
        public override string Kind => Charters.ActionKinds.Transfer;
    }

    /// <summary>Admits a registered stakeholder to a house.</summary>
    /// <param name="House">The house.</param>
    /// <param name="Member">The stakeholder.</param>
    /// <param name="Stake">Their stake for stake-weighted houses.</param>
    public sealed record AddMember(string House, Address Member, long Stake) : ProposalAction
    {
        /// <inheritdoc />
        public override string Kind => Charters.ActionKinds.AddMember;
    }

    /// <summary>Removes a member from a house.</summary>
    /// <param name="House">The house.</param>
    /// <param name="Member">The member.</param>
    public sealed record RemoveMember(string House, Address Member) : ProposalAction
    {
        /// <inheritdoc />
        public override string Kind => Charters.ActionKinds.RemoveMember;
    }

    /// <summary>Adopts a new charter version.</summary>
    /// <param name="Charter">The new charter.</param>
    public sealed record AmendCharter(CharterVersion Charter) : ProposalAction
    {
        /// <inheritdoc />
        public override string Kind => Charters.ActionKinds.AmendCharter;
    }

    /// <summary>Moves money from the unallocated treasury into a budget program's envelope.</summary>
    /// <param name="Budget">The program, declared under <c>treasury.budgets</c>.</param>
    /// <param name="Asset">The program's asset.</param>
    /// <param name="Amount">Minor units, positive.</param>
    public sealed record AllocateBudget(string Budget, string Asset, long Amount) : ProposalAction
    {
        /// <inheritdoc />
        public override string Kind => Charters.ActionKinds.AllocateBudget;
    }

    /// <summary>
    /// Awards an eligible application: commits the amount (from a budget or the treasury) to the grant's
    /// account and fixes the milestones whose attestation releases each tranche.
    /// </summary>
    /// <param name="Grant">The application's number.</param>
    /// <param name="Recipient">Who will be paid.</param>
    /// <param name="Asset">Asset code.</param>
    /// <param name="Amount">Minor units, positive, at most the amount requested.</param>
    /// <param name="Milestones">The milestones, whose amounts sum to <paramref name="Amount"/>.</param>
    /// <param name="Budget">The budget program to commit from, or empty for the unallocated treasury.</param>
    /// <param name="Round">The round whose result this award carries out, paid from <c>round:&lt;id&gt;</c> (then <paramref name="Budget"/> is empty); left out of the payload when null.</param>
    public sealed record AwardGrant(long Grant, Address Recipient, string Asset, long Amount, IReadOnlyList<MilestonePlan> Milestones, string Budget, string? Round = null)
        : ProposalAction
    {
        /// <inheritdoc />
        public override string Kind => Charters.ActionKinds.AwardGrant;
    }

    /// <summary>Opens a grantmaking round: moves its pool into <c>round:&lt;id&gt;</c> and starts its applications phase.</summary>
    /// <param name="Round">The round's plan.</param>
    public sealed record OpenRound(RoundPlan Round) : ProposalAction
    {
        /// <inheritdoc />
        public override string Kind => Charters.ActionKinds.OpenRound;
    }

    /// <summary>Who the action benefits, for conflict-of-interest rules.</summary>
    public Address? Beneficiary => this switch
    {
        Transfer t => t.To,
        AwardGrant g => g.Recipient,
        AddMember a => a.Member,
        RemoveMember r => r.Member,
        _ => null,
    };

    /// <summary>
    /// Runs a batch of calls on an EVM chain through the network's PolityExecutor (see docs/on-chain.md). The
    /// log records the batch and its hash; once the proposal executes, a <see cref="ChainBatchApproved"/> event
    /// carrying <paramref name="Batch"/> lets anyone queue it on chain with a Merkle proof.
    /// </summary>
    /// <param name="Batch"><c>keccak256(abi.encode(chainId, executor, calls))</c>: <c>0x</c> and 64 lowercase hex digits. The executor recomputes it, so calls that do not hash to it can never run.</param>
    /// <param name="Calls">The calls, in order.</param>
    /// <param name="Memo">What it is for.</param>
    public sealed record ChainBatch(string Batch, IReadOnlyList<BatchCall> Calls, string Memo) : ProposalAction
    {
        /// <inheritdoc />
        public override string Kind => Charters.ActionKinds.ChainBatch;
    }
}
