using Polity.Core.Primitives;

namespace Polity.Core.Events;

/// <summary>What a passed option does when executed.</summary>
public abstract record ProposalAction
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

    /// <summary>Pays from the treasury.</summary>
    /// <param name="Asset">Asset code.</param>
    /// <param name="Amount">Minor units, positive.</param>
    /// <param name="To">Recipient.</param>
    /// <param name="Memo">What it is for.</param>
    public sealed record Transfer(string Asset, long Amount, Address To, string Memo) : ProposalAction
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

    /// <summary>Who the action benefits, for conflict-of-interest rules.</summary>
    public Address? Beneficiary => this switch
    {
        Transfer t => t.To,
        AddMember a => a.Member,
        RemoveMember r => r.Member,
        _ => null,
    };
}
