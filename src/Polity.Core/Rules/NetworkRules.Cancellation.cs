using Polity.Core.Events;
using Polity.Core.Grants;
using Polity.Core.State;

namespace Polity.Core.Rules;

public static partial class NetworkRules
{
    /// <summary>
    /// A cancellation, when drafted and again when executed: the grant exists and is awarded (not closed), no
    /// milestone is attested but unpaid (the work it pays for was accepted: pay it first), and a reason is given.
    /// </summary>
    private static Rejection? CheckCancel(NetworkState state, ProposalAction.CancelGrant cancel)
    {
        if (!state.Grants.TryGetValue(cancel.Grant, out var grant))
        {
            return Reject("unknown-grant", $"there is no grant {cancel.Grant}");
        }
        return CheckClosable(grant, "cancelled", "is cancelled") ?? CheckText(cancel.Reason, "a reason");
    }

    /// <summary>Whether a grant may end (closed by its grantee or cancelled): it is awarded, and no milestone is attested but unpaid.</summary>
    private static Rejection? CheckClosable(Grant grant, string ended, string ends)
    {
        if (grant.Status != GrantStatus.Awarded)
        {
            return Reject("wrong-status", $"grant {grant.Id} is {grant.Status}: only an awarded grant is {ended}");
        }
        return grant.Milestones.FirstOrDefault(m => m.Status == MilestoneStatus.Attested) is { } owed
            ? Reject("unpaid-milestone", $"milestone {owed.Number} of grant {grant.Id} is attested but not fully paid: it is paid out before the grant {ends}")
            : null;
    }
}
