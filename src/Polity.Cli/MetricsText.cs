using Polity.Core.Metrics;
using Polity.Core.Primitives;
using Polity.Engine.Reports;

namespace Polity.Cli;

/// <summary>The text form of <c>polity metrics</c>: percentages to two decimals, days to one (display rounding only; --json is exact).</summary>
public static class MetricsText
{
    /// <summary>Writes the report.</summary>
    public static void Write(TextWriter w, MetricsReport report)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(report);
        var latest = report.Latest;
        w.WriteLine($"Metrics of {report.Network}, {latest.Period} (network clock)");
        w.WriteLine($"  {"house",-16}{"members",8}{"weight",9}{"gini",9}{"nakamoto",9}{"top-10",9}{"delegate",9}{"chain",6}{"passed",8}{"turnout",9}{"recused",8}{"days",7}");
        foreach (var h in latest.Houses)
        {
            var days = h.MeanSecondsToExecution is { } s ? ChartSvg.Format(s / 86400, ChartScale.Number) : "–";
            w.WriteLine($"  {h.House,-16}{h.Members,8}{h.TotalWeight,9}{h.Gini.ToPercent(),9}{h.Nakamoto,9}{h.Top10Share.ToPercent(),9}" +
                        $"{h.LargestDelegateShare.ToPercent(),9}{h.LongestChain,6}{$"{h.Passed}/{h.Decided}",8}{Pct(h.MeanTurnout),9}{h.Recusals,8}{days,7}");
        }
        w.WriteLine("  (passed = passed/closed votes of proposals its members made; turnout = mean over closed votes; days = mean creation to execution)");
        foreach (var f in latest.Funds)
        {
            var houses = string.Join(", ", f.Houses.Select(h => $"{h.House} {h.Share.ToPercent()}"));
            w.WriteLine($"Funds decided: {Money.Format(f.Total, f.Decimals)} {f.Asset}; voted on by {houses}; spent under allowances {Money.Format(f.ByAllowance, f.Decimals)}");
        }
        var g = latest.Grants;
        w.WriteLine($"Grant milestones: {g.Paid} of {g.Milestones} paid ({Pct(g.Completion)}), {g.Attested} attested, {g.Reported} reported, over {g.Awarded} awarded grant(s)");
        foreach (var o in latest.Objectives)
        {
            var state = o.Met ? "met" : o.Overdue ? "overdue" : "open";
            w.WriteLine($"Objective {o.Objective}: {o.Current} of {o.Target} {o.Unit} (from {o.Baseline}; {o.Share.ToPercent()} of the way), {state}, due {MapViews.Date(o.Deadline)}");
        }
        w.WriteLine();
        w.WriteLine("Over time (end of each month): members / Gini per house");
        foreach (var s in report.Series)
        {
            w.WriteLine($"  {s.Period}  {string.Join("   ", s.Houses.Select(h => $"{h.House} {h.Members} / {h.Gini.ToPercent()}"))}");
        }
        if (report.Series.Any(s => s.Objectives.Count > 0))
        {
            w.WriteLine();
            w.WriteLine("Objective progress (end of each month): share of the way from baseline to target");
            foreach (var s in report.Series)
            {
                w.WriteLine($"  {s.Period}  {(s.Objectives.Count == 0 ? "(none set)" : string.Join("   ", s.Objectives.Select(o => $"{o.Objective} {o.Share.ToPercent()}")))}");
            }
        }
        w.WriteLine();
        w.WriteLine("Closed votes: turnout per house");
        foreach (var p in report.Proposals)
        {
            var turnout = string.Join("  ", p.Houses.Select(h => $"{h.House} {h.Turnout.ToPercent()} ({h.Ballots}/{h.Electorate}{(h.Recused > 0 ? $", {h.Recused} recused" : "")})"));
            w.WriteLine($"  #{p.Id,-3} {p.Status,-13} from {string.Join("+", p.OriginHouses),-20} {turnout}");
        }
    }

    private static string Pct(Fraction? value) => value?.ToPercent() ?? "–";
}
