namespace Polity.Core.Events;

public abstract partial record ProposalAction
{
    /// <summary>
    /// Moves money back from where a decision put it: from a budget (<c>budget:&lt;program&gt;</c>) or the
    /// remainder of a round in its result phase (<c>round:&lt;id&gt;</c>) to the unallocated treasury
    /// (<c>treasury</c>) or another budget of the same asset.
    /// </summary>
    /// <param name="From">The account giving the money back: <c>budget:&lt;program&gt;</c> or <c>round:&lt;id&gt;</c>.</param>
    /// <param name="To">The account receiving it: <c>treasury</c> or <c>budget:&lt;program&gt;</c>.</param>
    /// <param name="Asset">Asset code.</param>
    /// <param name="Amount">Minor units, positive.</param>
    /// <param name="Memo">Why, for the journal.</param>
    public sealed record ReturnFunds(string From, string To, string Asset, long Amount, string Memo) : ProposalAction
    {
        /// <inheritdoc />
        public override string Kind => Charters.ActionKinds.ReturnFunds;
    }

    /// <summary>
    /// Cancels an awarded grant by decision: closes it without a final report and returns what it still has
    /// committed (awarded, not paid) to the account it was committed from.
    /// </summary>
    /// <param name="Grant">The grant's number.</param>
    /// <param name="Reason">Why, recorded on the grant and in the journal.</param>
    public sealed record CancelGrant(long Grant, string Reason) : ProposalAction
    {
        /// <inheritdoc />
        public override string Kind => Charters.ActionKinds.CancelGrant;
    }
}
