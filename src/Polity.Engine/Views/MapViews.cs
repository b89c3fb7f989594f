using System.Globalization;
using Polity.Core.Map;
using Polity.Core.State;

namespace Polity.Engine.Views;

/// <summary>What the map and objective commands print, as text or (with --json) as JSON.</summary>
public static class MapViews
{
    /// <summary>A party by name: a stakeholder's display name, or <c>house NAME</c>.</summary>
    public static string Party(NetworkState state, Party party) =>
        party.Stakeholder is { } who ? Views.Name(state, who) : $"house {party.House}";

    /// <summary>A date as <c>2026-03-01</c>.</summary>
    public static string Date(long unix) => DateTimeOffset.FromUnixTimeSeconds(unix).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A relationship as a JSON-friendly shape.</summary>
    public static object Relationship(NetworkState state, Relationship r) => new
    {
        id = r.Id,
        type = r.Type,
        from = r.From.ToString(),
        fromName = Party(state, r.From),
        to = r.To.ToString(),
        toName = Party(state, r.To),
        since = Date(r.Since),
        evidence = r.Evidence,
        declaredBy = r.DeclaredBy,
        active = r.Active,
        ended = r.EndedAt is { } at ? Date(at) : null,
        endReason = r.EndReason,
    };

    /// <summary>The map: relationships (holding ones, or all) and profiles.</summary>
    public static object Map(NetworkState state, bool all) => new
    {
        relationships = state.Map.Relationships.Values.Where(r => all || r.Active).Select(r => Relationship(state, r)).ToList(),
        profiles = state.Map.Profiles.OrderBy(p => Views.Name(state, p.Key), StringComparer.Ordinal)
            .Select(p => new { stakeholder = p.Key, name = Views.Name(state, p.Key), needs = p.Value.Needs, constraints = p.Value.Constraints, objectives = p.Value.Objectives })
            .ToList(),
        conflictOfInterest = state.Charter.Charter.Stakeholders.ConflictOfInterest,
    };

    /// <summary>Prints the map.</summary>
    public static void WriteMap(TextWriter o, NetworkState state, bool all)
    {
        var relationships = state.Map.Relationships.Values.Where(r => all || r.Active).ToList();
        o.WriteLine(relationships.Count == 0 ? "no relationships" : "relationships:");
        foreach (var r in relationships)
        {
            o.WriteLine($"  {r.Id,3}  {Party(state, r.From)} {r.Type} {Party(state, r.To)} since {Date(r.Since)}{(r.Active ? "" : $" — ended {Date(r.EndedAt!.Value)}: {r.EndReason}")}");
            if (r.Evidence.Length > 0)
            {
                o.WriteLine($"       evidence: {r.Evidence}");
            }
        }
        var conflicts = state.Charter.Charter.Stakeholders.ConflictOfInterest;
        o.WriteLine(conflicts.Count == 0
            ? "conflict of interest: no relationship makes one (charter: stakeholders.conflict-of-interest)"
            : $"conflict of interest: a member related to a beneficiary by {string.Join(", ", conflicts)} (read from the member's side) is treated as one");
        foreach (var (who, p) in state.Map.Profiles.OrderBy(p => Views.Name(state, p.Key), StringComparer.Ordinal))
        {
            o.WriteLine($"profile of {Views.Name(state, who)}:");
            o.WriteLine($"  needs:       {string.Join("; ", p.Needs)}");
            o.WriteLine($"  constraints: {string.Join("; ", p.Constraints)}");
            o.WriteLine($"  objectives:  {string.Join(", ", p.Objectives)}");
        }
    }

    /// <summary>An objective with its progress, and (for <c>show</c>) its reports and what links to it.</summary>
    public static object Objective(NetworkState state, Objective o, bool detail)
    {
        var progress = o.Progress(state.Now);
        return new
        {
            id = o.Id,
            title = o.Title,
            measure = o.Measure,
            unit = o.Unit,
            baseline = o.Baseline,
            target = o.Target,
            current = progress.Current,
            deadline = Date(o.Deadline),
            share = progress.Share,
            percent = progress.Percent,
            met = progress.Met,
            overdue = progress.Overdue,
            description = detail ? o.Description : null,
            reports = detail ? o.Reports.Select(r => new { value = r.Value, evidence = r.Evidence, by = r.By, byName = Views.Name(state, r.By), at = Views.Time(r.At) }).ToList() : null,
            proposals = detail ? ObjectiveLinks.Proposals(state, o.Id).Select(p => p.Id).ToList() : null,
            grants = detail ? ObjectiveLinks.Grants(state, o.Id).Select(g => g.Id).ToList() : null,
            stakeholders = detail ? state.Map.Profiles.Where(p => p.Value.Objectives.Contains(o.Id)).Select(p => Views.Name(state, p.Key)).Order(StringComparer.Ordinal).ToList() : null,
        };
    }

    /// <summary>One line per objective: progress bar, count and deadline.</summary>
    public static void WriteObjectives(TextWriter o, NetworkState state)
    {
        if (state.Objectives.Count == 0)
        {
            o.WriteLine("no objectives");
        }
        foreach (var objective in state.Objectives.Values)
        {
            o.WriteLine(Line(state, objective));
        }
    }

    /// <summary>An objective in full.</summary>
    public static void WriteObjective(TextWriter o, NetworkState state, Objective objective)
    {
        o.WriteLine(Line(state, objective));
        o.WriteLine($"  measure: {objective.Measure} ({objective.Unit}); baseline {objective.Baseline}, target {objective.Target}, by {Date(objective.Deadline)}");
        if (objective.Description.Length > 0)
        {
            o.WriteLine($"  {objective.Description}");
        }
        foreach (var r in objective.Reports)
        {
            o.WriteLine($"  {Views.Time(r.At)}  {r.Value} {objective.Unit} — {Views.Name(state, r.By)}: {r.Evidence}");
        }
        var proposals = ObjectiveLinks.Proposals(state, objective.Id).Select(p => $"{p.Id}").ToList();
        var grants = ObjectiveLinks.Grants(state, objective.Id).Select(g => $"{g.Id}").ToList();
        o.WriteLine($"  linked proposals: {(proposals.Count > 0 ? string.Join(", ", proposals) : "none")}; grants: {(grants.Count > 0 ? string.Join(", ", grants) : "none")}");
    }

    private static string Line(NetworkState state, Objective objective)
    {
        var p = objective.Progress(state.Now);
        var bar = new string('#', p.Percent / 10).PadRight(10, '.');
        var flag = p.Met ? " met" : p.Overdue ? " OVERDUE" : "";
        return $"{objective.Id,-20} [{bar}] {p.Percent,3}%  {p.Current}/{objective.Target} {objective.Unit} by {Date(objective.Deadline)}{flag} — {objective.Title}";
    }
}
