using Polity.Core.Simulation;
using Polity.Engine.Simulation;

namespace Polity.Cli;

/// <summary>Text for <c>polity simulate</c>: changed outcomes first, then the measures side by side.</summary>
public static class SimulationViews
{
    /// <summary>One line for a replay: how many outcomes change and how the main counts move.</summary>
    public static string Summary(ReplayReport r)
    {
        var changed = r.ChangedProposals().Count;
        var head = r.RecordedCharter
            ? changed == 0 ? $"all {r.Proposals.Count} recorded outcomes reproduced" : $"{changed} of {r.Proposals.Count} recorded outcomes NOT reproduced"
            : $"{changed} of {r.Proposals.Count} proposals would change";
        return $"{head}; passed {r.Recorded.Passed} → {r.Simulated.Passed}, quorum failures {r.Recorded.QuorumFailed} → {r.Simulated.QuorumFailed}, "
            + $"captures {r.Recorded.Captured} → {r.Simulated.Captured}, deadlocks {r.Recorded.Deadlocked} → {r.Simulated.Deadlocked} (of {r.Recorded.Decided} decided)";
    }

    /// <summary>One line for a population run.</summary>
    public static string Summary(PopulationReport r) =>
        $"{r.Overall.Decided} synthetic decisions (seed {r.Seed}): passed {Rate(r.Overall.Passed, r.Overall.Decided)}, quorum failed {Rate(r.Overall.QuorumFailed, r.Overall.Decided)}, "
        + $"captured {Rate(r.Overall.Captured, r.Overall.Decided)}, deadlocked {Rate(r.Overall.Deadlocked, r.Overall.Decided)}";

    /// <summary><c>n/d (p%)</c> with p = ⌊100·n/d⌋, whole numbers only; <c>n/0</c> when nothing was decided.</summary>
    public static string Rate(int n, int d) => d == 0 ? $"{n}/0" : $"{n}/{d} ({n * 100L / d}%)";

    /// <summary>Prints a simulation report.</summary>
    public static void Write(TextWriter o, SimulationView v)
    {
        if (v.History is { } h)
        {
            var scope = v.From <= 1 ? "from the start" : $"for submissions from seq {v.From}";
            o.WriteLine(h.RecordedCharter
                ? $"Replay of '{v.Network}' under its recorded charter history ({v.Events} events)"
                : $"Simulation of '{v.Network}' under {v.Charter} (sha256 {v.CharterSha256![..12]}…), {v.Events} events, {scope}");
            WriteChanges(o, h);
            o.WriteLine();
            WriteMeasures(o, h.Recorded, h.Simulated);
        }
        if (v.Population is { } p)
        {
            o.WriteLine($"Population run under {v.Charter} (sha256 {v.CharterSha256![..12]}…), seed {p.Seed}: "
                + string.Join(", ", p.Members.Select(kv => $"{kv.Key} {kv.Value}")) + $"; {v.Events} events");
            foreach (var t in p.ByDecisionType)
            {
                o.WriteLine();
                o.WriteLine($"{t.DecisionType}:");
                WriteMeasures(o, t.Measures, null);
            }
            o.WriteLine();
            o.WriteLine("All decision types:");
            WriteMeasures(o, p.Overall, null);
        }
        o.WriteLine();
        o.WriteLine(v.Summary);
    }

    private static void WriteChanges(TextWriter o, ReplayReport h)
    {
        var changed = h.ChangedProposals();
        o.WriteLine(changed.Count == 0
            ? h.RecordedCharter ? "Every recorded outcome is reproduced." : "No outcome changes."
            : $"Changed outcomes ({changed.Count} of {h.Proposals.Count}):");
        if (changed.Count == 0)
        {
            return;
        }
        o.WriteLine($"  {"#",-4} {"type",-20} {"recorded",-14} {"simulated",-14} what differs");
        foreach (var c in changed)
        {
            var simulated = c.Simulated is null ? "—" : CharterReplay.Name(c.Simulated.Outcome);
            var why = c.NotSimulated ?? string.Join("; ", c.Differences);
            if (c.BallotsDropped > 0)
            {
                why += $"; {c.BallotsDropped} ballot(s) dropped";
            }
            o.WriteLine($"  {c.Proposal,-4} {c.DecisionType,-20} {CharterReplay.Name(c.Recorded.Outcome),-14} {simulated,-14} {why}");
        }
    }

    private static void WriteMeasures(TextWriter o, SummaryMeasures a, SummaryMeasures? b)
    {
        string Cell(Func<SummaryMeasures, int> f, SummaryMeasures m) => Rate(f(m), m.Decided);
        void Row(string name, Func<SummaryMeasures, int> f) =>
            o.WriteLine(b is null ? $"  {name,-28} {Cell(f, a)}" : $"  {name,-28} {Cell(f, a),-16} {Cell(f, b)}");
        o.WriteLine(b is null ? $"  {"measure",-28} value" : $"  {"measure",-28} {"recorded",-16} simulated");
        o.WriteLine(b is null ? $"  {"decided",-28} {a.Decided}" : $"  {"decided",-28} {a.Decided,-16} {b.Decided}");
        Row("passed", m => m.Passed);
        Row("defeated", m => m.Defeated);
        Row("quorum failed", m => m.QuorumFailed);
        Row("vetoed", m => m.Vetoed);
        Row("captured (one house alone)", m => m.Captured);
        Row("deadlocked (houses split)", m => m.Deadlocked);
        foreach (var house in a.Houses.Select(x => x.House).Union((b?.Houses ?? []).Select(x => x.House)))
        {
            o.WriteLine($"  {house}: {House(a, house)}" + (b is null ? "" : $"  →  {House(b, house)}"));
        }
    }

    private static string House(SummaryMeasures m, string house) =>
        m.Houses.FirstOrDefault(h => h.House == house) is not { } h
            ? "does not vote"
            : $"passed {Rate(h.Passed, h.Votes)}, quorum missed {h.QuorumFailures}, decided alone {h.DecidedAlone}, outvoted {h.Outvoted}";
}

/// <summary>A simulation report as printed and saved.</summary>
/// <param name="Kind"><c>history</c> (the log replayed) or <c>population</c> (a synthetic one).</param>
/// <param name="Network">The network's name.</param>
/// <param name="Charter">The charter file, or <c>recorded</c> / <c>in force</c>.</param>
/// <param name="CharterSha256">SHA-256 of the simulated charter's source, or null for the recorded history.</param>
/// <param name="From">First seq under the proposed charter.</param>
/// <param name="Events">Events replayed or generated.</param>
/// <param name="Summary">One line: what would change.</param>
/// <param name="History">The replay, for <c>history</c>.</param>
/// <param name="Population">The population run, for <c>population</c>.</param>
public sealed record SimulationView(
    string Kind, string Network, string Charter, string? CharterSha256, long From, int Events, string Summary,
    ReplayReport? History, PopulationReport? Population);
