using System.Collections.Immutable;
using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Core.Rules;

public static partial class NetworkFold
{
    /// <summary>
    /// Records the reputation an event earns: its author (for an executed proposal, the proposal's author)
    /// earns the points each reputation-weighted house names for it, in the houses they belonged to before the event.
    /// </summary>
    private static NetworkState Earn(NetworkState before, NetworkState after, PolityEvent e, EventContext ctx)
    {
        var houses = before.Charter.Charter.Houses;
        if (!houses.Any(h => h.Weight == WeightRule.Reputation))
        {
            return after;
        }
        (string Name, Address Who)? earned = e switch
        {
            BallotCast b when !before.Proposals[b.Proposal].Ballots.ContainsKey(ctx.Author) => (ReputationEvents.BallotCast, ctx.Author),
            CommentPosted => (ReputationEvents.CommentPosted, ctx.Author),
            ProposalCreated => (ReputationEvents.ProposalCreated, ctx.Author),
            ProposalExecuted x => (ReputationEvents.ProposalExecuted, before.Proposals[x.Proposal].Author),
            _ => null,
        };
        if (earned is not { } by)
        {
            return after;
        }
        var reputation = after.Reputation;
        foreach (var house in houses)
        {
            var points = house.Weight == WeightRule.Reputation ? house.Reputation?.Earn.GetValueOrDefault(by.Name) ?? 0 : 0;
            if (points <= 0 || !before.IsMember(house.Id, by.Who))
            {
                continue;
            }
            var members = reputation.GetValueOrDefault(house.Id) ?? ImmutableDictionary<Address, ImmutableList<Earning>>.Empty;
            var list = members.GetValueOrDefault(by.Who) ?? [];
            list = list.Count > 0 && list[^1].At == ctx.Time
                ? list.SetItem(list.Count - 1, list[^1] with { Points = list[^1].Points + points })
                : list.Add(new Earning(ctx.Time, points));
            reputation = reputation.SetItem(house.Id, members.SetItem(by.Who, list));
        }
        return after with { Reputation = reputation };
    }
}
