using Polity.Core.Events;
using Polity.Core.Map;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Core.Rules;

public static partial class NetworkRules
{
    private const int MaxProfileItems = 20;

    private static Rejection? CheckMapEvent(NetworkState state, MapEvent e, EventContext ctx) => e switch
    {
        RelationshipDeclared declared => CheckRelationshipDeclared(state, declared, ctx),
        RelationshipEnded ended => CheckRelationshipEnded(state, ended, ctx),
        StakeholderProfileUpdated profile => CheckProfile(state, profile, ctx),
        ObjectiveSet set => CheckObjectiveSet(state, set, ctx),
        ObjectiveProgressReported report => CheckProgressReported(state, report, ctx),
        _ => Reject("unknown-event", $"no rule knows {e.GetType().Name}"),
    };

    /// <summary>
    /// A party to the relationship declares it (a stakeholder on either side), or the operator does; a
    /// relationship between two houses is the operator's to declare. The same relationship may hold only once.
    /// </summary>
    private static Rejection? CheckRelationshipDeclared(NetworkState state, RelationshipDeclared e, EventContext ctx)
    {
        var rules = state.Charter.Charter.Stakeholders;
        if (rules.Resolve(e.Type) is not var (type, inverse))
        {
            return Reject("unknown-relationship-type", $"unknown relationship '{e.Type}': expected one of {string.Join(", ", rules.Names)}");
        }
        if ((CheckParty(state, e.From) ?? CheckParty(state, e.To)) is { } badParty)
        {
            return badParty;
        }
        var (from, to) = (Party.Parse(e.From), Party.Parse(e.To));
        if (from == to)
        {
            return Reject("self-relationship", "a relationship needs two different parties");
        }
        if (from.House is not null && to.House is not null && ctx.Author != state.Operator)
        {
            return Reject("not-operator", "only the operator declares a relationship between two houses");
        }
        if (ctx.Author != state.Operator && !from.Is(ctx.Author) && !to.Is(ctx.Author))
        {
            return Reject("not-a-party", $"{ctx.Author} is not a party to '{e.From} {e.Type} {e.To}': only its parties or the operator declare a relationship");
        }
        if (e.Since < 0 || e.Since > ctx.Time)
        {
            return Reject("bad-date", "a relationship's since-date must be in the past (unix seconds, at most the event's time)");
        }
        if (CheckNote(e.Evidence) is { } tooLong)
        {
            return tooLong;
        }
        if (inverse)
        {
            (from, to) = (to, from);
        }
        var same = state.Map.Active.FirstOrDefault(r => r.Type == type.Name
            && ((r.From == from && r.To == to) || (type.Symmetric && r.From == to && r.To == from)));
        return same is null ? null : Reject("already-related", $"{same} already holds");
    }

    private static Rejection? CheckParty(NetworkState state, string text)
    {
        if (!Party.TryParse(text, out var party))
        {
            return Reject("bad-party", $"'{text}' is neither an address nor a house name");
        }
        if (party.Stakeholder is { } who)
        {
            return state.Stakeholders.ContainsKey(who) ? null : Reject("unknown-stakeholder", $"{who} is not a registered stakeholder");
        }
        return state.Charter.Charter.FindHouse(party.House!) is null ? UnknownHouse(state, party.House!) : null;
    }

    /// <summary>Whoever declared it, or the operator, ends it: a party could otherwise erase a relationship that recuses them.</summary>
    private static Rejection? CheckRelationshipEnded(NetworkState state, RelationshipEnded e, EventContext ctx)
    {
        if (state.Map.Relationships.GetValueOrDefault(e.Relationship) is not { } r)
        {
            return Reject("unknown-relationship", $"there is no relationship {e.Relationship}");
        }
        if (!r.Active)
        {
            return Reject("already-ended", $"relationship {r.Id} has already ended");
        }
        if (ctx.Author != r.DeclaredBy && ctx.Author != state.Operator)
        {
            return Reject("not-declarer", $"only {r.DeclaredBy}, who declared relationship {r.Id}, or the operator may end it");
        }
        return CheckNote(e.Reason);
    }

    /// <summary>A stakeholder writes their own profile; the operator may write anyone's.</summary>
    private static Rejection? CheckProfile(NetworkState state, StakeholderProfileUpdated e, EventContext ctx)
    {
        var who = e.Stakeholder ?? ctx.Author;
        if (who != ctx.Author && ctx.Author != state.Operator)
        {
            return Reject("not-operator", "only the operator may write another stakeholder's profile");
        }
        if (!state.Stakeholders.ContainsKey(who))
        {
            return Reject("unknown-stakeholder", $"{who} is not a registered stakeholder");
        }
        foreach (var (items, what) in new[] { (e.Needs, "needs"), (e.Constraints, "constraints") })
        {
            if (items.Count > MaxProfileItems || items.Any(i => string.IsNullOrWhiteSpace(i) || i.Length > 2_000))
            {
                return Reject("bad-profile", $"give at most {MaxProfileItems} {what}, each of 1 to 2,000 characters");
            }
        }
        return CheckObjectiveIds(state, e.Objectives);
    }

    /// <summary>Each id names an objective the network has set, once, and there are at most 20.</summary>
    private static Rejection? CheckObjectiveIds(NetworkState state, IReadOnlyList<string>? ids)
    {
        if (ids is null)
        {
            return null;
        }
        if (ids.Count > MaxProfileItems || ids.Distinct().Count() != ids.Count)
        {
            return Reject("bad-objectives", $"name at most {MaxProfileItems} objectives, each once");
        }
        return ids.FirstOrDefault(id => !state.Objectives.ContainsKey(id)) is { } unknown
            ? Reject("unknown-objective", $"there is no objective '{unknown}'{(state.Objectives.Count > 0 ? $": expected one of {string.Join(", ", state.Objectives.Keys)}" : "")}")
            : null;
    }
}
