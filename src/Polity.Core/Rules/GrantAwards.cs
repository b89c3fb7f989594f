using Polity.Core.Events;
using Polity.Core.State;
using Polity.Core.Treasury;

namespace Polity.Core.Rules;

/// <summary>
/// The one path by which a grant is awarded. An executed proposal's <c>award-grant</c> action goes through it,
/// and so can anything else that awards by a decision recorded in the log (a funding round's result, say):
/// check, then apply with the authority the journal should cite.
/// </summary>
public static class GrantAwards
{
    /// <summary>Null when <paramref name="award"/> can take effect now (an eligible application, valid milestones, the money in its source); otherwise why not.</summary>
    public static Rejection? Check(NetworkState state, ProposalAction.AwardGrant award)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(award);
        return NetworkRules.CheckAwardNow(state, award);
    }

    /// <summary>
    /// The state after the award: the amount moves from its budget (or the treasury) to the grant's account in
    /// one journal entry citing <paramref name="by"/> and the event at <paramref name="ctx"/>, and the grant is Awarded
    /// with the award's milestones. Call <see cref="Check"/> first.
    /// </summary>
    public static NetworkState Apply(NetworkState state, ProposalAction.AwardGrant award, JournalAuthority by, EventContext ctx)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(award);
        ArgumentNullException.ThrowIfNull(by);
        return TreasuryFold.Award(state, award, by, ctx);
    }
}
