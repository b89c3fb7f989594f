using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Core.Rules;

public static partial class NetworkRules
{
    private static Rejection? CheckDelegationSet(NetworkState state, DelegationSet set, EventContext ctx)
    {
        if (CheckDelegationScope(state, set.House, set.DecisionType, ctx) is { } scope)
        {
            return scope;
        }
        if (set.To.Count == 0)
        {
            return Reject("no-delegates", "name at least one delegate (to end a delegation, revoke it)");
        }
        var seen = new HashSet<Address>();
        var total = Fraction.Zero;
        foreach (var share in set.To)
        {
            if (share.Delegate == ctx.Author)
            {
                return Reject("self-delegation", "you cannot delegate to yourself");
            }
            if (!seen.Add(share.Delegate))
            {
                return Reject("duplicate-delegate", $"{share.Delegate} is named twice: give each delegate one share");
            }
            if (!state.IsMember(set.House, share.Delegate))
            {
                return Reject("delegate-not-a-member", $"{share.Delegate} is not a member of '{set.House}': delegates must be members of the house");
            }
            if (share.Numerator <= 0 || share.Denominator <= 0)
            {
                return Reject("bad-share", $"share {share.Numerator}/{share.Denominator} for {share.Delegate} is not a positive fraction");
            }
            total += share.Share();
        }
        return total > 1
            ? Reject("over-delegated", $"the shares add up to {total}: together they may give at most all of your weight (1)")
            : null;
    }

    private static Rejection? CheckDelegationRevoked(NetworkState state, DelegationRevoked revoked, EventContext ctx)
    {
        if (state.Charter.Charter.FindHouse(revoked.House) is null)
        {
            return UnknownHouse(state, revoked.House);
        }
        return state.Delegations.ContainsKey(new DelegationKey(revoked.House, ctx.Author, revoked.DecisionType))
            ? null
            : Reject("no-delegation", revoked.DecisionType is { } type
                ? $"you have no delegation in '{revoked.House}' for '{type}' decisions"
                : $"you have no house-wide delegation in '{revoked.House}'");
    }

    /// <summary>The house exists and the author is a member; a named decision type exists and this house votes on it.</summary>
    private static Rejection? CheckDelegationScope(NetworkState state, string houseId, string? decisionType, EventContext ctx)
    {
        var charter = state.Charter.Charter;
        if (charter.FindHouse(houseId) is null)
        {
            return UnknownHouse(state, houseId);
        }
        if (!state.IsMember(houseId, ctx.Author))
        {
            return Reject("not-a-member", $"{ctx.Author} is not a member of '{houseId}': only members delegate their weight there");
        }
        if (decisionType is null)
        {
            return null;
        }
        if (charter.FindDecisionType(decisionType) is not { } type)
        {
            return Reject("unknown-decision-type",
                $"unknown decision type '{decisionType}': expected one of {string.Join(", ", charter.DecisionTypes.Select(d => d.Id))}");
        }
        return type.Houses.Any(h => h.House == houseId)
            ? null
            : Reject("not-a-voting-house", $"'{houseId}' does not vote on '{decisionType}' decisions: nothing to delegate there");
    }
}
