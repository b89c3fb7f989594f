using System.Text;
using Polity.Core.Metrics;
using Polity.Core.Primitives;

namespace Polity.Engine.Reports;

/// <summary>The charts of <c>polity report metrics</c>: one per metric, a line per house, over the months of the network clock.</summary>
public static class MetricsCharts
{
    private const long SecondsPerDay = 86400;

    /// <summary>Every chart of a report, in the order docs/monitoring.md lists the metrics.</summary>
    public static IReadOnlyList<Chart> Of(MetricsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var months = report.Series.Select(s => s.Period).ToList();
        var houses = report.Latest.Houses.Select(h => h.House).ToList();
        Chart PerHouse(string id, string title, string description, ChartScale scale, Func<HouseMetrics, Fraction?> value) =>
            new(id, title, description, scale, months,
                [.. houses.Select(house => new ChartSeries(house,
                    [.. report.Series.Select(s => s.Houses.FirstOrDefault(h => h.House == house) is { } m ? value(m) : null)]))]);
        var charts = new List<Chart>
        {
            PerHouse("members", "Members", "Members of each house at the end of each month.", ChartScale.Number, h => h.Members),
            new("turnout", "Turnout per proposal", "Weight cast (delegated weight included) over eligible weight, per house, in each proposal's vote.",
                ChartScale.Percent, [.. report.Proposals.Select(p => $"#{p.Id}")],
                [.. houses.Select(house => new ChartSeries(house,
                    [.. report.Proposals.Select(p => p.Houses.FirstOrDefault(h => h.House == house)?.Turnout)]))]) { Bars = true },
            PerHouse("gini", "Voting power: Gini coefficient", "0 = equal weights; near 1 = one member holds nearly all.", ChartScale.Percent, h => h.Gini),
            PerHouse("nakamoto", "Voting power: Nakamoto coefficient", "Fewest members holding more than half the weight (higher is more spread).",
                ChartScale.Number, h => h.Nakamoto),
            PerHouse("top10", "Voting power: top-10 share", "Share of the weight held by the ten largest holders.", ChartScale.Percent, h => h.Top10Share),
            PerHouse("delegate-share", "Delegation: largest delegate's share", "Most weight one delegate would cast (own plus delegated) over the house's weight.",
                ChartScale.Percent, h => h.LargestDelegateShare),
            PerHouse("delegation-chain", "Delegation: longest chain", "Hops on the longest house-wide delegation chain (1 = direct).",
                ChartScale.Number, h => h.LongestChain),
            PerHouse("proposals", "Proposals by origin house", "Proposals made by members of each house, so far.", ChartScale.Number, h => h.Proposed),
            PerHouse("pass-rate", "Pass rate by origin house", "Passed votes over closed votes of the proposals each house's members made, so far.",
                ChartScale.Percent, h => h.PassRate),
            PerHouse("days-to-execution", "Days from proposal to execution", "Mean days from creation to execution of executed proposals, by origin house.",
                ChartScale.Number, h => h.MeanSecondsToExecution / SecondsPerDay),
            PerHouse("recusals", "Recusals", "Members recused for a conflict of interest, summed over closed votes, so far.", ChartScale.Number, h => h.Recusals),
        };
        foreach (var asset in report.Latest.Funds.Select(f => f.Asset))
        {
            charts.Add(new Chart($"funds-{asset.ToLowerInvariant()}", $"Share of {asset} decided by each house",
                "Money moved by executed proposals a house voted on, over all money decided (allowance spends included), so far.",
                ChartScale.Percent, months,
                [.. houses.Select(house => new ChartSeries(house,
                    [.. report.Series.Select(s => s.Funds.FirstOrDefault(f => f.Asset == asset)?.Houses.FirstOrDefault(h => h.House == house)?.Share)]))]));
        }
        charts.Add(new Chart("milestones", "Grant milestone completion", "Milestones paid over milestones of awarded grants.", ChartScale.Percent, months,
            [new ChartSeries("all grants", [.. report.Series.Select(s => s.Grants.Completion)])]));
        if (report.Latest.Objectives.Count > 0)
        {
            charts.Add(new Chart("objectives", "Objective progress", "Share of the way from each objective's baseline to its target (100% = met).",
                ChartScale.Percent, months,
                [.. report.Latest.Objectives.Select(o => new ChartSeries(o.Objective,
                    [.. report.Series.Select(s => (Fraction?)s.Objectives.FirstOrDefault(x => x.Objective == o.Objective)?.Share)]))]));
        }
        return charts;
    }

    /// <summary>A self-contained HTML page with every chart inline and the latest figures in a table.</summary>
    public static string Html(MetricsReport report, IReadOnlyList<Chart> charts)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(charts);
        var body = new StringBuilder();
        body.Append("<table>\n<tr><th>House</th><th class=\"n\">Members</th><th class=\"n\">Gini</th><th class=\"n\">Nakamoto</th><th class=\"n\">Top-10</th>")
            .Append("<th class=\"n\">Largest delegate</th><th class=\"n\">Pass rate</th><th class=\"n\">Mean turnout</th><th class=\"n\">Recusals</th></tr>\n");
        foreach (var h in report.Latest.Houses)
        {
            body.Append($"<tr><td>{Svg.X(h.House)}</td><td class=\"n\">{h.Members}</td><td class=\"n\">{h.Gini.ToPercent()}</td><td class=\"n\">{h.Nakamoto}</td>")
                .Append($"<td class=\"n\">{h.Top10Share.ToPercent()}</td><td class=\"n\">{h.LargestDelegateShare.ToPercent()}</td>")
                .Append($"<td class=\"n\">{h.PassRate?.ToPercent() ?? "–"}</td><td class=\"n\">{h.MeanTurnout?.ToPercent() ?? "–"}</td><td class=\"n\">{h.Recusals}</td></tr>\n");
        }
        body.Append("</table>\n");
        foreach (var chart in charts)
        {
            body.Append($"<figure id=\"{Svg.X(chart.Id)}\">\n{ChartSvg.Render(chart)}<figcaption>{Svg.X(chart.Description)}</figcaption>\n</figure>\n");
        }
        return HtmlPage.Render($"Metrics: {report.Network}",
            $"Power and participation per house, at the end of each calendar month of the network clock (latest: {report.Latest.Period}). Definitions: docs/monitoring.md.",
            body.ToString());
    }
}
