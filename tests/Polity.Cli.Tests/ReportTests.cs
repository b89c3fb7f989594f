using System.Text.Json;
using System.Xml.Linq;

namespace Polity.Cli.Tests;

/// <summary><c>polity report flows</c>, <c>polity metrics</c> and <c>polity report metrics</c> over the demo's log.</summary>
public sealed class ReportTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task The_three_report_commands_read_the_demo_log_and_write_what_they_say()
    {
        using var p = new PolityProcess();
        await p.ExpectAsync(0, "demo");

        // Flows: by default flows.svg and flows.html in the current folder, and the flows as text.
        var flows = await p.ExpectAsync(0, "report", "flows");
        flows.Out.ShouldContain("EUR: 100000.00 paid in by funders");
        flows.Out.ShouldContain("River Foundation");
        flows.Out.ShouldContain($"wrote {p.Path("flows.svg")}");
        flows.Out.ShouldContain($"wrote {p.Path("flows.html")}");
        var svg = XDocument.Load(p.Path("flows.svg"));
        var accounts = svg.Root!.Descendants(Ns + "rect").Select(r => r.Attribute("data-account")?.Value).OfType<string>().ToList();
        accounts.ShouldContain("treasury");
        accounts.ShouldContain("budget:small-grants");
        accounts.ShouldContain("grant:1");
        (await File.ReadAllTextAsync(p.Path("flows.html"))).ShouldContain("Where the money went: commons-fund");

        // --json prints the graph and writes nothing unless asked.
        File.Delete(p.Path("flows.svg"));
        var graph = JsonDocument.Parse((await p.ExpectAsync(0, "report", "flows", "--json")).Out).RootElement;
        File.Exists(p.Path("flows.svg")).ShouldBeFalse();
        var eur = graph.GetProperty("assets")[0];
        eur.GetProperty("asset").GetString().ShouldBe("EUR");
        var edges = eur.GetProperty("edges").EnumerateArray().ToList();
        edges.Where(e => e.GetProperty("to").GetString() == "treasury").Sum(e => e.GetProperty("amount").GetInt64()).ShouldBe(10_000_000);
        edges.Single(e => e.GetProperty("from").GetString() == "budget:small-grants" && e.GetProperty("to").GetString() == "grant:1").GetProperty("amount").GetInt64().ShouldBe(400_000);
        edges.Single(e => e.GetProperty("from").GetString() == "budget:small-grants" && e.GetProperty("to").GetString() == "round:basin-2027").GetProperty("amount").GetInt64().ShouldBe(600_000);
        var treasury = eur.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("account").GetString() == "treasury");
        treasury.GetProperty("balance").GetInt64().ShouldBe(6_980_000); // the 69800.00 EUR the treasury shows
        await p.ExpectAsync(0, "report", "flows", "--svg", "only.svg");
        File.Exists(p.Path("only.svg")).ShouldBeTrue();
        File.Exists(p.Path("flows.svg")).ShouldBeFalse();

        // Metrics: text and exact JSON.
        var text = (await p.ExpectAsync(0, "metrics")).Out;
        text.ShouldContain("Metrics of commons-fund");
        text.ShouldContain("Closed votes: turnout per house");
        text.ShouldContain("Objective river-sites: ");
        text.ShouldContain("Objective progress (end of each month)");
        var metrics = JsonDocument.Parse((await p.ExpectAsync(0, "metrics", "--json")).Out).RootElement;
        var houses = metrics.GetProperty("latest").GetProperty("houses").EnumerateArray().ToList();
        houses.Select(h => h.GetProperty("house").GetString()).ShouldBe(["funders", "grantees", "community", "council"]);
        var funders = houses[0];
        (funders.GetProperty("members").GetInt32(), funders.GetProperty("gini").GetString(), funders.GetProperty("nakamoto").GetInt32()).ShouldBe((3, "1/3", 1));
        metrics.GetProperty("series").GetArrayLength().ShouldBe(5); // November 2026 to March 2027 on the demo's clock
        var objectives = metrics.GetProperty("latest").GetProperty("objectives").EnumerateArray().ToList();
        var sites = objectives.Single(o => o.GetProperty("objective").GetString() == "river-sites");
        (sites.GetProperty("current").GetInt64(), sites.GetProperty("share").GetString(), sites.GetProperty("met").GetBoolean()).ShouldBe((9L, "1/2", false));
        var first = metrics.GetProperty("proposals")[0];
        first.GetProperty("originHouses").EnumerateArray().Select(h => h.GetString()).ShouldBe(["grantees"]);
        first.GetProperty("houses").EnumerateArray().Single(h => h.GetProperty("house").GetString() == "grantees").GetProperty("recused").GetInt32().ShouldBe(2);

        // Charts: one SVG per metric and a page collecting them.
        var charts = await p.ExpectAsync(0, "report", "metrics", "--dir", "charts");
        charts.Out.ShouldContain("over 5 month(s), 2026-11 to 2027-03");
        foreach (var name in new[] { "members", "turnout", "gini", "nakamoto", "top10", "delegate-share", "pass-rate", "recusals", "funds-eur", "milestones", "objectives" })
        {
            XDocument.Load(p.Path($"charts/metrics-{name}.svg")).Root!.Name.ShouldBe(Ns + "svg");
        }
        (await File.ReadAllTextAsync(p.Path("charts/metrics.html"))).ShouldContain("Metrics: commons-fund");
    }

    [Fact]
    public async Task Reports_on_a_network_without_money_or_votes_still_render_and_an_unwritable_path_is_bad_input()
    {
        using var p = new PolityProcess();
        await p.ExpectAsync(0, "key", "new", "--name", "op", "--light");
        await p.ExpectAsync(0, "init", "--charter", PolityProcess.ExampleCharter, "--clock", "simulated", "--as", "op");
        (await p.ExpectAsync(0, "report", "flows")).Out.ShouldContain("No money has moved yet.");
        XDocument.Load(p.Path("flows.svg")).Root!.Value.ShouldContain("No money has moved yet.");
        (await p.ExpectAsync(0, "metrics")).Out.ShouldContain("Grant milestones: 0 of 0 paid (–)");
        await p.ExpectAsync(0, "report", "metrics");
        File.Exists(p.Path("metrics.html")).ShouldBeTrue();
        (await p.ExpectAsync(2, "report", "flows", "--svg", p.Path("no/such/folder/x.svg"))).Err.ShouldContain("cannot write");
        (await p.ExpectAsync(2, "--db", p.Path("missing.db"), "metrics")).Err.ShouldContain("no network at");
    }
}
