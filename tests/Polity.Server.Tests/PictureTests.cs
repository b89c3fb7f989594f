using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Rules;

namespace Polity.Server.Tests;

/// <summary>The map, funds-flow, metrics, rounds and on-chain pages and their JSON and SVG routes, over a network the tests append to directly.</summary>
public sealed class PictureTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly string Batch = "0x" + new string('a', 64);
    private static readonly string Tx = "0x" + new string('d', 64);

    [Theory]
    [InlineData("/map", "Stakeholder map and objectives")]
    [InlineData("/treasury", "Treasury and budgets")]
    [InlineData("/metrics", "Power and participation")]
    [InlineData("/rounds", "Grantmaking rounds")]
    public async Task Every_new_page_renders_for_an_anonymous_visitor_and_is_linked_from_the_menu(string path, string heading)
    {
        using var client = server.Client();
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain($"<h1>{heading}</h1>");
        html.ShouldContain($"<a href=\"{path}\">");
        html.ShouldContain("width=device-width");
    }

    [Fact]
    public async Task The_map_page_draws_the_map_and_lists_its_relationships_and_objectives_with_progress()
    {
        await AppendAsync("operator", new RelationshipDeclared("employs", server.Net.Who("g2").Value, "funders", 1_700_000_000, "https://example.org/staff"));
        await AppendAsync("operator", new ObjectiveSet("homes", "Warm homes", "homes insulated", "homes", 0, 40, 1_900_000_000, "Insulate forty homes"));
        await AppendAsync("operator", new ObjectiveProgressReported("homes", 10, "survey"));

        using var client = server.Client();
        var html = await client.GetStringAsync("/map");
        html.ShouldContain("<svg");
        html.ShouldContain("<figcaption");
        html.ShouldContain("https://example.org/staff", customMessage: "the relationship is in the table beside the picture");
        html.ShouldContain("Warm homes");
        html.ShouldContain("<progress id=\"progress-homes\" max=\"100\" value=\"25\"");
        html.ShouldContain("for=\"progress-homes\"");

        var map = await client.GetFromJsonAsync<JsonObject>("/api/map");
        map!["relationships"]!.AsArray().ShouldContain(r => r!["evidence"]!.GetValue<string>() == "https://example.org/staff");
        var objectives = await client.GetFromJsonAsync<JsonArray>("/api/objectives");
        objectives!.Single(o => o!["id"]!.GetValue<string>() == "homes")!["percent"]!.GetValue<int>().ShouldBe(25);
        (await client.GetStringAsync("/api/map.svg")).ShouldStartWith("<svg");
        (await client.GetStringAsync("/")).ShouldContain("<a href=\"/map#objective-homes\">Warm homes</a>: 10 of 40 homes", customMessage: "the overview lists objectives");
    }

    [Fact]
    public async Task The_treasury_page_shows_the_funds_flow_picture_and_its_table()
    {
        using var client = server.Client();
        var graph = await client.GetFromJsonAsync<JsonObject>("/api/flows");
        var html = await client.GetStringAsync("/treasury");
        html.ShouldContain("Where the money went");
        html.ShouldContain("<svg");
        foreach (var asset in graph!["assets"]!.AsArray())
        {
            html.ShouldContain($"<caption>{asset!["asset"]!.GetValue<string>()}:");
        }
        var svg = await client.GetAsync("/api/flows.svg");
        svg.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
    }

    [Fact]
    public async Task The_metrics_page_has_a_row_per_house_and_every_chart_inline()
    {
        using var client = server.Client();
        var report = await client.GetFromJsonAsync<JsonObject>("/api/metrics");
        var charts = await client.GetFromJsonAsync<JsonArray>("/api/metrics/charts");
        var html = await client.GetStringAsync("/metrics");
        foreach (var house in report!["latest"]!["houses"]!.AsArray())
        {
            html.ShouldContain($"<th scope=\"row\">{house!["house"]!.GetValue<string>()}</th>");
        }
        charts!.Count.ShouldBeGreaterThan(0);
        foreach (var chart in charts)
        {
            html.ShouldContain($"id=\"chart-{chart!["id"]!.GetValue<string>()}\"");
        }
        var first = await client.GetAsync(charts[0]!["svg"]!.GetValue<string>());
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/metrics/no-such-chart.svg")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_round_is_listed_and_its_page_shows_phase_schedule_applications_and_the_opening_proposal()
    {
        var plan = new RoundPlan("spring", "Spring round", "pb", "mes", "EUR", 1_000, "", Duration.FromDays(5).Seconds, Duration.FromDays(5).Seconds,
            Duration.FromDays(5).Seconds, ["community"], "approval");
        var opened = await PassAsync("grant", "Open the spring round", new ProposalAction.OpenRound(plan));

        using var client = server.Client();
        var rows = await client.GetFromJsonAsync<JsonArray>("/api/rounds");
        rows!.Single(r => r!["id"]!.GetValue<string>() == "spring")!["phase"]!.GetValue<string>().ShouldBe("Applications");
        var round = await client.GetFromJsonAsync<JsonObject>("/api/rounds/spring");
        round!["openedBy"]!.GetValue<long>().ShouldBe(opened);
        (await client.GetAsync("/api/rounds/autumn")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await client.GetStringAsync("/rounds")).ShouldContain("<a href=\"/rounds/spring\">Spring round</a>");
        var page = await client.GetStringAsync("/rounds/spring");
        page.ShouldContain("<span class=\"status\" id=\"phase\">Applications</span>");
        page.ShouldContain($"<a href=\"/proposals/{opened}\">proposal #{opened}</a>");
        page.ShouldContain("Standings (voting has not closed)");
        (await client.GetStringAsync("/rounds/autumn")).ShouldContain("No such round");
    }

    [Fact]
    public async Task A_decisions_batch_shows_its_on_chain_state_from_approval_to_execution()
    {
        var call = new BatchCall("0x" + new string('c', 40), "1000", "0x12ab");
        var id = await PassAsync("policy", "Pay on chain", new ProposalAction.ChainBatch(Batch, [call], "pay the printer"));

        using var client = server.Client();
        (await StateOnPageAsync(client, id)).ShouldBe("not approved");
        await AppendAsync("g3", new ChainBatchApproved(Batch, "for", id));
        (await StateOnPageAsync(client, id)).ShouldBe("approved");
        await AppendAsync("g3", new ChainReceipt(Batch, ChainSteps.Queued, 31337, Tx, 5, true));
        (await StateOnPageAsync(client, id)).ShouldBe("queued");
        await AppendAsync("g3", new ChainReceipt(Batch, ChainSteps.Executed, 31337, Tx, 9, false));
        (await StateOnPageAsync(client, id)).ShouldBe("queued", "a failed transaction does not move the state");
        await AppendAsync("g3", new ChainReceipt(Batch, ChainSteps.Executed, 31337, Tx, 10, true));
        (await StateOnPageAsync(client, id)).ShouldBe("executed");

        var batches = await client.GetFromJsonAsync<JsonArray>($"/api/proposals/{id}/chain");
        var batch = batches!.Single()!;
        batch["receipts"]!.AsArray().Select(r => r!["block"]!.GetValue<long>()).ShouldBe([5L, 9L, 10L]);
        batch["memo"]!.GetValue<string>().ShouldBe("pay the printer");
        (await client.GetFromJsonAsync<JsonArray>("/api/chain/batches"))!.ShouldContain(b => b!["batch"]!.GetValue<string>() == Batch);
        (await client.GetStringAsync($"/proposals/{id}")).ShouldContain(Tx);
    }

    private static async Task<string> StateOnPageAsync(HttpClient client, long id)
    {
        var html = await client.GetStringAsync($"/proposals/{id}");
        const string marker = "<span class=\"status\" data-chain-state>";
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0, "the proposal page has an on-chain section");
        return html[(at + marker.Length)..html.IndexOf('<', at + marker.Length)];
    }

    /// <summary>Appends beside the server (as another writer on the same log would); the server folds it on its next read.</summary>
    private async Task AppendAsync(string who, PolityEvent e)
    {
        await server.Net.Network.CatchUpAsync();
        await server.Net.OkAsync(who, e);
    }

    /// <summary>Creates a yes/no proposal carrying <paramref name="action"/>, has every member vote for it, queues and executes it.</summary>
    private async Task<long> PassAsync(string type, string title, ProposalAction action)
    {
        var net = server.Net;
        await AppendAsync("g1", new ProposalCreated(type, title, "", ProposalOption.YesNo([action]), []));
        var id = net.Network.State.Proposals.Count;
        await net.OkAsync("g1", new ProposalSubmitted(id));
        await AdvanceToAsync(net.Network.State.Proposals[id].VotingStartsAt!.Value);
        foreach (var who in net.Keys.Keys.Where(k => k != "operator"))
        {
            // Members of houses that do not vote on this type are refused; that is fine.
            await net.Network.SubmitAsync(new BallotCast(id, ["for"]), net.Keys[who]);
        }
        await AdvanceToAsync(net.Network.State.Proposals[id].VotingEndsAt!.Value);
        await net.OkAsync("c1", Lifecycle.QueueEvent(net.Network.State.Proposals[id], net.Network.State.Now));
        await AdvanceToAsync(net.Network.State.Proposals[id].Eta!.Value);
        await net.OkAsync("c1", new ProposalExecuted(id));
        return id;
    }

    private async Task AdvanceToAsync(long time)
    {
        var by = time - server.Net.Network.State.Now;
        if (by > 0)
        {
            await server.Net.OkAsync("operator", new ClockAdvanced(by));
        }
    }
}
