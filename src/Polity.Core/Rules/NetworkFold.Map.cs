using System.Collections.Immutable;
using Polity.Core.Events;
using Polity.Core.Map;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Core.Rules;

public static partial class NetworkFold
{
    private static NetworkState ApplyMap(NetworkState s, MapEvent e, EventContext ctx) => e switch
    {
        RelationshipDeclared d => s with { Map = s.Map with { Relationships = s.Map.Relationships.Add(s.Map.Relationships.Count + 1, Declare(s, d, ctx)) } },
        RelationshipEnded x => s with
        {
            Map = s.Map with
            {
                Relationships = s.Map.Relationships.SetItem(x.Relationship,
                    s.Map.Relationships[x.Relationship] with { EndedAt = ctx.Time, EndReason = x.Reason }),
            },
        },
        StakeholderProfileUpdated p => s with
        {
            Map = s.Map with
            {
                Profiles = s.Map.Profiles.SetItem(p.Stakeholder ?? ctx.Author, new StakeholderProfile(p.Needs, p.Constraints, p.Objectives, ctx.Time)),
            },
        },
        ObjectiveSet o => s with
        {
            Objectives = s.Objectives.SetItem(o.Objective, s.Objectives.TryGetValue(o.Objective, out var old)
                ? old with
                {
                    Title = o.Title, Measure = o.Measure, Unit = o.Unit, Baseline = o.Baseline,
                    Target = o.Target, Deadline = o.Deadline, Description = o.Description,
                }
                : new Objective(o.Objective, o.Title, o.Measure, o.Unit, o.Baseline, o.Target, o.Deadline, o.Description, ctx.Time)),
        },
        ObjectiveProgressReported r => s with
        {
            Objectives = s.Objectives.SetItem(r.Objective, s.Objectives[r.Objective] with
            {
                Reports = s.Objectives[r.Objective].Reports.Add(new ProgressReport(r.Value, r.Evidence, ctx.Author, ctx.Time)),
            }),
        },
        _ => throw new InvalidOperationException($"no fold for {e.GetType().Name}"),
    };

    /// <summary>Held in the type's forward direction: an inverse name swaps the parties.</summary>
    private static Relationship Declare(NetworkState s, RelationshipDeclared d, EventContext ctx)
    {
        var (type, inverse) = s.Charter.Charter.Stakeholders.Resolve(d.Type)!.Value;
        var (from, to) = (Party.Parse(d.From), Party.Parse(d.To));
        if (inverse)
        {
            (from, to) = (to, from);
        }
        return new Relationship(s.Map.Relationships.Count + 1, type.Name, from, to, d.Since, d.Evidence, ctx.Author, ctx.Time);
    }

    /// <summary>Every relationship conflict of every electorate member, as the map and the charter stand when deliberation opens.</summary>
    private static ImmutableList<ConflictLink> ConflictsAtSubmission(NetworkState s, IEnumerable<ImmutableDictionary<Address, long>> electorate)
    {
        var rules = s.Charter.Charter.Stakeholders;
        if (rules.ConflictOfInterest.Count == 0)
        {
            return [];
        }
        return electorate.SelectMany(house => house.Keys).Distinct()
            .OrderBy(a => a.Value, StringComparer.Ordinal)
            .SelectMany(member => s.Map.ConflictsOf(rules, member))
            .ToImmutableList();
    }
}
