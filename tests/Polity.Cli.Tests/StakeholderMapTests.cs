using System.Text.Json;
using System.Xml.Linq;

namespace Polity.Cli.Tests;

/// <summary>The stakeholder map, profiles, objectives and the map report through the real binary.</summary>
public sealed class StakeholderMapTests : IDisposable
{
    private readonly PolityProcess _p = new();

    public void Dispose() => _p.Dispose();

    private async Task<JsonElement> JsonAsync(params string[] args) => JsonDocument.Parse((await _p.ExpectAsync(0, [.. args, "--json"])).Out).RootElement;

    private Task FoundAsync() => _p.FoundExampleNetworkAsync();

    [Fact]
    public async Task Parties_declare_and_end_relationships_and_the_map_shows_them()
    {
        await FoundAsync();
        (await _p.ExpectAsync(0, "map", "relate", "fund", "funds", "gr", "--since", "2025-01-10", "--evidence", "https://example.org/report", "--as", "fund"))
            .Out.ShouldEndWith("relationship 1: fund funds gr\n");
        (await _p.ExpectAsync(0, "map", "relate", "gr", "employed-by", "v2", "--as", "gr")).Out.ShouldEndWith("relationship 2: v2 employs gr\n");
        (await _p.ExpectAsync(0, "map", "relate", "v1", "represents", "community", "--as", "v1")).Out.ShouldEndWith("relationship 3: v1 represents house community\n");
        (await _p.ExpectAsync(1, "map", "relate", "fund", "funds", "w", "--as", "v1")).Err.ShouldContain("(not-a-party)");
        (await _p.ExpectAsync(1, "map", "relate", "v1", "likes", "v2", "--as", "v1")).Err.ShouldContain("(unknown-relationship-type)");
        (await _p.ExpectAsync(2, "map", "relate", "v1", "funds", "v2", "--since", "last week", "--as", "v1")).Err.ShouldContain("expected a date such as 2026-03-01");
        (await _p.ExpectAsync(1, "map", "end", "2", "--as", "v2")).Err.ShouldContain("(not-declarer)");
        await _p.ExpectAsync(0, "map", "end", "3", "--reason", "stood down", "--as", "v1");

        var text = (await _p.ExpectAsync(0, "map", "show")).Out;
        text.ShouldContain("  1  fund funds gr since 2025-01-10");
        text.ShouldContain("evidence: https://example.org/report");
        text.ShouldContain("conflict of interest: a member related to a beneficiary by employs, employed-by, funded-by (read from the member's side) is treated as one");
        text.ShouldNotContain("represents");
        var all = await JsonAsync("map", "show", "--all");
        all.GetProperty("relationships").GetArrayLength().ShouldBe(3);
        all.GetProperty("relationships")[2].GetProperty("endReason").GetString().ShouldBe("stood down");
    }

    [Fact]
    public async Task Objectives_are_set_reported_linked_and_shown_with_their_progress()
    {
        await FoundAsync();
        (await _p.ExpectAsync(1, "objective", "set", "river-sites", "--title", "Monitor the river", "--measure", "sites sampled monthly", "--unit", "sites",
            "--baseline", "2", "--target", "12", "--deadline", "2040-01-01", "--as", "v1")).Err.ShouldContain("(not-objective-steward)");
        (await _p.ExpectAsync(0, "objective", "set", "river-sites", "--title", "Monitor the river", "--measure", "sites sampled monthly", "--unit", "sites",
            "--baseline", "2", "--target", "12", "--deadline", "2040-01-01", "--as", "rev")).Out.ShouldEndWith("objective river-sites set: 2 → 12 sites\n");
        (await _p.ExpectAsync(0, "objective", "report", "river-sites", "--value", "7", "--evidence", "May sampling log", "--as", "rev"))
            .Out.ShouldEndWith("objective river-sites: 7, 50% of the way\n");
        await _p.ExpectAsync(0, "stakeholder", "profile", "--need", "A hall for meetings", "--constraint", "Volunteers only", "--objective", "river-sites", "--as", "v1");
        (await _p.ExpectAsync(1, "stakeholder", "profile", "--objective", "no-such", "--as", "v1")).Err.ShouldContain("(unknown-objective)");

        var file = _p.Path("sensors.yaml");
        await File.WriteAllTextAsync(file, """
            type: grant
            title: River sensors
            objectives: [river-sites]
            actions:
              - transfer: { asset: EUR, amount: "100", to: gr, memo: sensors }
            """);
        await _p.ExpectAsync(0, "proposal", "create", "--file", file, "--as", "v1");

        (await _p.ExpectAsync(0, "objective", "list")).Out.ShouldContain("river-sites          [#####.....]  50%  7/12 sites by 2040-01-01 — Monitor the river");
        var show = await JsonAsync("objective", "show", "river-sites");
        show.GetProperty("share").GetString().ShouldBe("1/2");
        show.GetProperty("proposals").EnumerateArray().Select(e => e.GetInt64()).ShouldBe([1L]);
        show.GetProperty("stakeholders").EnumerateArray().Select(e => e.GetString()).ShouldBe(["v1"]);
        show.GetProperty("reports")[0].GetProperty("evidence").GetString().ShouldBe("May sampling log");
        (await _p.ExpectAsync(0, "map", "show")).Out.ShouldContain("needs:       A hall for meetings");
        (await _p.ExpectAsync(2, "objective", "show", "nothing")).Err.ShouldContain("there is no objective 'nothing'");
    }

    [Fact]
    public async Task A_voter_who_employs_the_payee_is_recused_and_the_tally_names_the_relationship()
    {
        await FoundAsync();
        await _p.ExpectAsync(0, "map", "relate", "v2", "employs", "gr", "--evidence", "payroll", "--as", "v2");
        var file = _p.Path("pay.yaml");
        await File.WriteAllTextAsync(file, """
            type: grant
            title: Pay gr
            actions:
              - transfer: { asset: EUR, amount: "100", to: gr, memo: tools }
            """);
        await _p.ExpectAsync(0, "proposal", "create", "--file", file, "--as", "v1");
        await _p.ExpectAsync(0, "proposal", "submit", "1", "--as", "v1");
        await _p.ExpectAsync(0, "clock", "advance", "7d", "--as", "op");
        (await _p.ExpectAsync(1, "proposal", "vote", "1", "for", "--as", "v2")).Err.ShouldContain("employs");
        await _p.ExpectAsync(0, "proposal", "vote", "1", "for", "--as", "v1");
        (await _p.ExpectAsync(0, "proposal", "tally", "1")).Out.ShouldContain("by the map: v2 employs gr, a beneficiary (relationship 1)");
        var community = (await JsonAsync("proposal", "tally", "1")).GetProperty("houses").EnumerateArray().Single(h => h.GetProperty("house").GetString() == "community");
        community.GetProperty("conflicts")[0].GetProperty("relation").GetString().ShouldBe("employs");
    }

    [Fact]
    public async Task The_map_report_is_an_svg_file_with_every_stakeholder_and_a_legend()
    {
        await FoundAsync();
        await _p.ExpectAsync(0, "map", "relate", "fund", "funds", "gr", "--as", "fund");
        var file = _p.Path("map.svg");
        (await _p.ExpectAsync(0, "report", "map", "--svg", file)).Out.ShouldContain("6 stakeholder(s), 1 relationship(s)");
        var svg = XDocument.Load(file);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        foreach (var name in new[] { "Reviewer", "gr", "w", "v1", "v2", "fund", "funders", "grantees", "community", "no house" })
        {
            texts.ShouldContain(name);
        }
        texts.ShouldContain(t => t.StartsWith("funds / funded-by", StringComparison.Ordinal));
        (await _p.ExpectAsync(0, "report", "map")).Out.ShouldStartWith("<svg");
    }
}
