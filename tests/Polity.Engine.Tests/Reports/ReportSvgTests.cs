using System.Xml.Linq;
using Polity.Core.Metrics;
using Polity.Core.Primitives;
using Polity.Core.Reports;
using Polity.Core.Treasury;
using Polity.Engine.Reports;

namespace Polity.Engine.Tests.Reports;

/// <summary>The SVG and HTML writers: well-formed, self-contained, with the expected nodes, bands and points.</summary>
public sealed class ReportSvgTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";
    private static readonly Address Funder = new("0x" + new string('1', 40)), Payee = new("0x" + new string('a', 40));

    private static FundsFlowGraph Graph()
    {
        var j = Journal.Empty
            .Post(JournalEntry.Move(1, 0, "", new JournalAuthority.Deposit(), Account.Funder(Funder), Account.Treasury, "EUR", 100_000))
            .Post(JournalEntry.Move(2, 0, "", new JournalAuthority.Proposal(1), Account.Treasury, Account.Budget("small-grants"), "EUR", 40_000))
            .Post(JournalEntry.Move(3, 0, "", new JournalAuthority.Proposal(2), Account.Budget("small-grants"), Account.Grant(1), "EUR", 30_000))
            .Post(JournalEntry.Move(4, 0, "", new JournalAuthority.Disbursement(1, 1), Account.Grant(1), Account.Payee(Payee), "EUR", 10_000))
            .Post(JournalEntry.Move(5, 0, "", new JournalAuthority.Deposit(), Account.Funder(Funder), Account.Treasury, "USD", 500));
        return FundsFlow.Of(j, asset => asset == "EUR" ? 2 : 0, a => a.Kind == AccountKind.Funder ? "River <Foundation> & co" : a.ToString());
    }

    [Fact]
    public void The_sankey_is_well_formed_svg_with_a_panel_per_asset_a_rect_per_account_and_a_band_per_flow()
    {
        var svg = XDocument.Parse(FlowsSvg.Render(Graph(), "Where the money went: test"));
        svg.Root!.Name.ShouldBe(Ns + "svg");
        svg.Root.Descendants(Ns + "g").Where(g => g.Attribute("class")?.Value == "asset").Select(g => g.Attribute("data-asset")!.Value).ShouldBe(["EUR", "USD"]);
        var eur = svg.Root.Descendants(Ns + "g").First(g => g.Attribute("data-asset")?.Value == "EUR");
        eur.Elements(Ns + "rect").Select(r => r.Attribute("data-account")!.Value).ShouldBe(
            [$"funder:{Funder.Value}", "treasury", "budget:small-grants", "grant:1", $"payee:{Payee.Value}"]);
        eur.Elements(Ns + "path").Select(p => (p.Attribute("data-from")!.Value, p.Attribute("data-to")!.Value, p.Attribute("data-amount")!.Value)).ShouldBe(
        [
            ($"funder:{Funder.Value}", "treasury", "100000"),
            ("treasury", "budget:small-grants", "40000"),
            ("budget:small-grants", "grant:1", "30000"),
            ("grant:1", $"payee:{Payee.Value}", "10000"),
        ]);
        eur.Descendants(Ns + "text").Select(t => t.Value).ShouldContain(t => t.Contains("River <Foundation> & co", StringComparison.Ordinal));
        eur.Descendants(Ns + "text").Select(t => t.Value).ShouldContain(t => t.Contains("1000.00 EUR", StringComparison.Ordinal));
    }

    [Fact]
    public void Node_heights_are_proportional_to_throughput_on_one_scale()
    {
        var svg = XDocument.Parse(FlowsSvg.Render(Graph(), "t"));
        var heights = svg.Root!.Descendants(Ns + "g").First(g => g.Attribute("data-asset")?.Value == "EUR").Elements(Ns + "rect")
            .ToDictionary(r => r.Attribute("data-account")!.Value, r => double.Parse(r.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        (heights["treasury"] / heights["budget:small-grants"]).ShouldBe(100_000.0 / 40_000, 0.01);
        (heights["grant:1"] / heights[$"payee:{Payee.Value}"]).ShouldBe(3.0, 0.01);
    }

    [Fact]
    public void The_same_graph_always_renders_the_same_bytes()
    {
        FlowsSvg.Render(Graph(), "t").ShouldBe(FlowsSvg.Render(Graph(), "t"));
    }

    [Fact]
    public void An_empty_journal_renders_a_well_formed_svg_that_says_so()
    {
        XDocument.Parse(FlowsSvg.Render(new FundsFlowGraph([]), "t")).Root!.Value.ShouldContain("No money has moved yet.");
    }

    [Fact]
    public void The_html_page_embeds_the_diagram_and_lists_every_flow_with_its_entries()
    {
        var html = FlowsHtml.Render(Graph(), "test-fund");
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        html.ShouldContain("<td>treasury</td><td>budget:small-grants</td><td class=\"n\">400.00</td><td>#2</td>");
        html.ShouldContain("River &lt;Foundation&gt; &amp; co");
        html.ShouldNotContain("<script");
    }

    [Fact]
    public void A_chart_is_well_formed_svg_with_a_series_per_house_and_a_point_per_value()
    {
        var chart = new Chart("gini", "Gini", "test", ChartScale.Percent, ["2027-01", "2027-02", "2027-03"],
            [new ChartSeries("funders", [new Fraction(1, 3), null, new Fraction(1, 2)]), new ChartSeries("community", [Fraction.Zero, Fraction.Zero, Fraction.Zero])]);
        var svg = XDocument.Parse(ChartSvg.Render(chart));
        var series = svg.Root!.Descendants(Ns + "g").Where(g => g.Attribute("class")?.Value == "series").ToList();
        series.Select(g => g.Attribute("data-series")!.Value).ShouldBe(["funders", "community"]);
        series[0].Elements(Ns + "circle").Select(c => c.Value).ShouldBe(["funders, 2027-01: 33.33%", "funders, 2027-03: 50.00%"]);
        series[0].Element(Ns + "path")!.Attribute("d")!.Value.Count(c => c == 'M').ShouldBe(2); // the gap breaks the line
        var bars = XDocument.Parse(ChartSvg.Render(chart with { Bars = true }));
        bars.Root!.Descendants(Ns + "rect").Count(r => r.Element(Ns + "title") is not null).ShouldBe(5);
    }

    [Fact]
    public void Chart_labels_round_explicitly()
    {
        ChartSvg.Format(new Fraction(2, 3), ChartScale.Percent).ShouldBe("66.67%");
        ChartSvg.Format(new Fraction(31, 2), ChartScale.Number).ShouldBe("15.5");
        ChartSvg.Format(new Fraction(1, 20), ChartScale.Number).ShouldBe("0.1"); // 0.05 rounds half away from zero
        ChartSvg.Format(7, ChartScale.Number).ShouldBe("7");
    }

    [Fact]
    public void The_metrics_page_holds_every_chart_inline()
    {
        var house = new HouseMetrics("community", 5, 5, Fraction.Zero, 3, 1, Fraction.Zero, 0, 1, 1, 1, 1, new Fraction(3, 5), 0, null);
        var snapshot = new MetricsSnapshot("2027-01", 0, [house], new GrantMetrics(0, 0, 0, 0, 0, null), [], []);
        var report = new MetricsReport("test-fund", snapshot, [snapshot], []);
        var charts = MetricsCharts.Of(report);
        charts.Select(c => c.Id).ShouldBe(["members", "turnout", "gini", "nakamoto", "top10", "delegate-share", "delegation-chain",
            "proposals", "pass-rate", "days-to-execution", "recusals", "milestones"]);
        var html = MetricsCharts.Html(report, charts);
        html.Split("<svg ").Length.ShouldBe(charts.Count + 1);
        html.ShouldContain("<td class=\"n\">60.00%</td>");
        foreach (var chart in charts)
        {
            XDocument.Parse(ChartSvg.Render(chart)).Root!.Name.ShouldBe(Ns + "svg");
        }
    }

    [Fact]
    public void Objective_progress_gets_a_chart_with_a_line_per_objective_and_no_point_before_it_was_set()
    {
        var house = new HouseMetrics("community", 5, 5, Fraction.Zero, 3, 1, Fraction.Zero, 0, 1, 1, 1, 1, new Fraction(3, 5), 0, null);
        var grants = new GrantMetrics(0, 0, 0, 0, 0, null);
        var sites = new ObjectiveMetrics("river-sites", "Monitor the river", "sites", 2, 7, 12, 0, 1, new Fraction(1, 2), false, false);
        var january = new MetricsSnapshot("2027-01", 0, [house], grants, [], []);
        var february = new MetricsSnapshot("2027-02", 1, [house], grants, [], [sites]);
        var chart = MetricsCharts.Of(new MetricsReport("test-fund", february, [january, february], [])).Single(c => c.Id == "objectives");
        chart.Series.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            s => s.Name.ShouldBe("river-sites"), s => s.Values.ShouldBe([null, new Fraction(1, 2)]));
        XDocument.Parse(ChartSvg.Render(chart)).Root!.Name.ShouldBe(Ns + "svg");
    }
}
