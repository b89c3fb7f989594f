using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Polity.Server.Tests;

/// <summary>EIP-4824: the daoURI document and the documents it points to, in the DAOstar JSON-LD schemas' shapes.</summary>
public sealed class Eip4824Tests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Context = "http://www.daostar.org/schemas";

    [Fact]
    public async Task The_dao_json_names_the_network_and_points_at_documents_this_server_serves()
    {
        using var client = server.Client();
        var response = await client.GetAsync("/.well-known/dao.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/ld+json");
        var dao = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        dao["@context"]!.GetValue<string>().ShouldBe(Context);
        dao["type"]!.GetValue<string>().ShouldBe("DAO");
        dao["name"]!.GetValue<string>().ShouldBe("commons-fund");
        dao["description"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        foreach (var key in new[] { "membersURI", "proposalsURI", "activityLogURI", "governanceURI" })
        {
            var uri = new Uri(dao[key]!.GetValue<string>());
            uri.GetLeftPart(UriPartial.Authority).ShouldBe(server.BaseAddress.GetLeftPart(UriPartial.Authority), $"{key} is absolute, on this server");
            (await client.GetAsync(uri)).StatusCode.ShouldBe(HttpStatusCode.OK, key);
        }
        dao.ContainsKey("contractsURI").ShouldBeFalse("a network without a chain section has no contracts, and empty fields are left out");
        (await client.GetAsync("/api/eip4824/contracts")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Members_are_every_registered_stakeholder_by_did()
    {
        using var client = server.Client();
        var members = (await client.GetFromJsonAsync<JsonObject>("/api/eip4824/members"))!;
        members["@context"]!.GetValue<string>().ShouldBe(Context);
        members["type"]!.GetValue<string>().ShouldBe("DAO");
        var stakeholders = await client.GetFromJsonAsync<JsonArray>("/api/stakeholders");
        var ids = members["members"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()).ToList();
        ids.ShouldBe(stakeholders!.Select(s => s!["did"]!.GetValue<string>()), ignoreOrder: true);
        ids.ShouldContain($"did:pkh:eip155:1:{server.Net.Who("g1").Value}");
    }

    [Fact]
    public async Task Proposals_carry_id_name_status_and_links_to_their_content_and_discussion()
    {
        var id = await server.OpenVotingAsync("Listed for EIP-4824");
        using var client = server.Client();
        var doc = (await client.GetFromJsonAsync<JsonObject>("/api/eip4824/proposals"))!;
        doc["@context"]!.GetValue<string>().ShouldBe(Context);
        var p = doc["proposals"]!.AsArray().Single(x => x!["name"]!.GetValue<string>() == "Listed for EIP-4824")!;
        p["type"]!.GetValue<string>().ShouldBe("proposal");
        p["id"]!.GetValue<string>().ShouldBe($"commons-fund:proposal:{id}");
        p["status"]!.GetValue<string>().ShouldBe("Voting");
        p["calls"]!.AsArray().ShouldBeEmpty();
        (await client.GetFromJsonAsync<JsonObject>(p["contentURI"]!.GetValue<string>()))!["title"]!.GetValue<string>().ShouldBe("Listed for EIP-4824");
        (await client.GetStringAsync(p["discussionURI"]!.GetValue<string>())).ShouldContain("Listed for EIP-4824");
    }

    [Fact]
    public async Task The_activity_log_names_each_proposal_event_with_its_member()
    {
        var id = await server.OpenVotingAsync("Active for EIP-4824");
        using var client = server.Client();
        var doc = (await client.GetFromJsonAsync<JsonObject>("/api/eip4824/activity"))!;
        doc["@context"]!.GetValue<string>().ShouldBe(Context);
        var mine = doc["activities"]!.AsArray().Where(a => a!["proposal"]!["id"]!.GetValue<string>() == $"commons-fund:proposal:{id}").ToList();
        mine.Select(a => a!["activityType"]!.GetValue<string>()).ShouldBe(["v1.proposal-created", "v1.proposal-submitted"]);
        mine.ShouldAllBe(a => a!["type"]!.GetValue<string>() == "activity" && a["proposal"]!["type"]!.GetValue<string>() == "proposal");
        mine[0]!["member"]!["id"]!.GetValue<string>().ShouldBe(server.Net.Who("g1").Value);
    }

    [Fact]
    public async Task Governance_is_the_charter_in_force_as_markdown()
    {
        using var client = server.Client();
        var response = await client.GetAsync("/api/eip4824/governance.md");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/markdown");
        var md = await response.Content.ReadAsStringAsync();
        var charter = await client.GetFromJsonAsync<JsonObject>("/api/charter");
        md.ShouldStartWith("# commons-fund: governance");
        md.ShouldContain("## Houses");
        md.ShouldContain("- **community**: weight by one-member-one-vote");
        md.ShouldContain("## Decision types");
        md.ShouldContain(charter!["source"]!.GetValue<string>().TrimEnd());
    }
}
