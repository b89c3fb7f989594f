using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Core.Rules;

public static partial class NetworkRules
{
    private static readonly string[] StakeholderKinds = ["person", "organisation"];

    private static Rejection? CheckRegistered(NetworkState state, StakeholderRegistered registered, EventContext ctx)
    {
        var byOperatorInFounding = ctx.Author == state.Operator && !state.Launched;
        if (ctx.Author != registered.Stakeholder && !byOperatorInFounding)
        {
            return Reject("not-self", "stakeholders register themselves (the operator may register others only before launch)");
        }
        if (state.Stakeholders.ContainsKey(registered.Stakeholder))
        {
            return Reject("already-registered", $"{registered.Stakeholder} is already registered");
        }
        if (string.IsNullOrWhiteSpace(registered.Name) || registered.Name.Length > 200)
        {
            return Reject("bad-name", "a stakeholder needs a name of 1 to 200 characters");
        }
        if (!StakeholderKinds.Contains(registered.Kind))
        {
            return Reject("bad-kind", $"kind '{registered.Kind}' is not one of person, organisation");
        }
        foreach (var role in registered.Roles)
        {
            if (!state.Charter.Charter.Roles.Contains(role))
            {
                return Reject("unknown-role", $"role '{role}' is not declared in the charter");
            }
        }
        return registered.Roles.Count > 0 && !byOperatorInFounding
            ? Reject("not-operator", "only the operator grants roles, before launch")
            : null;
    }

    private static Rejection? CheckAdmitted(NetworkState state, MemberAdmitted admitted, EventContext ctx)
    {
        if (state.Charter.Charter.FindHouse(admitted.House) is not { } house)
        {
            return UnknownHouse(state, admitted.House);
        }
        if (CheckCanJoin(state, house, admitted.Member, admitted.Stake) is { } cannot)
        {
            return cannot;
        }
        if (ctx.Author == state.Operator && !state.Launched)
        {
            return null;
        }
        return house.Admit switch
        {
            AdmissionRule.Open when ctx.Author == admitted.Member => null,
            AdmissionRule.Open => Reject("not-self", $"house '{house.Id}' is open: members join by signing for themselves"),
            AdmissionRule.OpenWithAttestation when house.Attesters.Any(a => state.IsMember(a, ctx.Author)) => null,
            AdmissionRule.OpenWithAttestation => Reject("not-attester",
                $"joining '{house.Id}' needs the attestation of a member of {string.Join(" or ", house.Attesters)}"),
            _ => Reject("needs-proposal", $"house '{house.Id}' admits members only by a passed proposal ({AdmitName(house.Admit)})"),
        };
    }

    /// <summary>The conditions any admission shares, whoever admits: a registered stakeholder, not yet a member, with a fitting stake.</summary>
    private static Rejection? CheckCanJoin(NetworkState state, House house, Address member, long stake)
    {
        if (!state.Stakeholders.ContainsKey(member))
        {
            return Reject("unknown-stakeholder", $"{member} is not registered: register the stakeholder first");
        }
        if (state.IsMember(house.Id, member))
        {
            return Reject("already-member", $"{member} is already a member of '{house.Id}'");
        }
        if (stake < 0)
        {
            return Reject("bad-stake", "stake cannot be negative");
        }
        return house.Weight is WeightRule.Stake or WeightRule.QuadraticOfStake && stake == 0
            ? Reject("needs-stake", $"house '{house.Id}' weighs by stake: give the member a positive stake")
            : null;
    }

    private static Rejection? CheckLeft(NetworkState state, MemberLeft left, EventContext ctx) =>
        state.IsMember(left.House, ctx.Author)
            ? null
            : Reject("not-a-member", $"{ctx.Author} is not a member of '{left.House}'");

    private static Rejection UnknownHouse(NetworkState state, string house) =>
        Reject("unknown-house", $"unknown house '{house}': expected one of {string.Join(", ", state.Charter.Charter.Houses.Select(h => h.Id))}");

    private static string AdmitName(AdmissionRule rule) => rule switch
    {
        AdmissionRule.ByProposal => "by-proposal",
        AdmissionRule.ByHouseVote => "by-house-vote",
        AdmissionRule.Open => "open",
        _ => "open-with-attestation",
    };
}
