using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Ledger;
using Polity.Ledger.Merkle;

namespace Polity.Server.Tests;

/// <summary>The JSON API against a real Kestrel: reads, both write modes, problem details, the log's proofs.</summary>
public sealed class ApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Anonymous_visitors_read_the_network_houses_and_proposals()
    {
        using var client = server.Client();
        var network = await client.GetFromJsonAsync<JsonObject>("/api/network");
        network!["network"]!.GetValue<string>().ShouldBe("commons-fund");
        var houses = await client.GetFromJsonAsync<JsonArray>("/api/houses");
        houses!.Select(h => h!["house"]!.GetValue<string>()).ShouldContain("community");
        (await client.GetAsync("/api/proposals")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/treasury")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/stakeholders")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/charter")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Anonymous_visitors_cannot_write()
    {
        using var client = server.Client();
        var response = await client.PostAsJsonAsync("/api/proposals", server.GrantDraft("Anonymous"));
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "sign-in-needed");
    }

    [Fact]
    public async Task A_wrong_password_does_not_sign_in()
    {
        using var client = server.Client();
        var response = await client.PostAsJsonAsync("/api/auth/password", new { name = "g1", password = "guess" });
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "password-refused");
        (await client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_custodial_member_drafts_a_proposal_that_the_server_signs_with_their_key()
    {
        using var client = await server.CustodialAsync("g1");
        var me = await client.GetFromJsonAsync<JsonObject>("/api/auth/me");
        me!["mode"]!.GetValue<string>().ShouldBe("custodial");
        var response = await client.PostAsJsonAsync("/api/proposals", server.GrantDraft("Custodial draft"));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var seq = (await response.Content.ReadFromJsonAsync<JsonObject>())!["seq"]!.GetValue<long>();
        var entry = await client.GetFromJsonAsync<JsonObject>($"/api/log/{seq}");
        entry!["author"]!.GetValue<string>().ShouldBe(server.Net.Who("g1").Value);
        entry["type"]!.GetValue<string>().ShouldBe("v1.proposal-created");
    }

    [Fact]
    public async Task A_wallet_member_signs_the_typed_data_and_the_envelope_lands_in_the_log()
    {
        using var client = await server.WalletAsync("c1");
        var response = await ServerFixture.SignAndPostAsync(client, "/api/proposals", server.GrantDraft("Wallet draft"), "c1");
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var seq = (await response.Content.ReadFromJsonAsync<JsonObject>())!["seq"]!.GetValue<long>();
        var entry = await client.GetFromJsonAsync<JsonObject>($"/api/log/{seq}");
        entry!["author"]!.GetValue<string>().ShouldBe(server.Net.Who("c1").Value);
    }

    [Fact]
    public async Task A_wallet_session_cannot_ask_the_server_to_sign()
    {
        using var client = await server.WalletAsync("c1");
        var response = await client.PostAsJsonAsync("/api/proposals", server.GrantDraft("Server, sign this"));
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "wallet-signs");
    }

    [Fact]
    public async Task An_envelope_whose_signature_does_not_recover_to_its_author_is_401()
    {
        using var client = server.Client();
        var payload = ServerFixture.PayloadOf(new ProposalCreated("grant", "Forged", "", ProposalOption.YesNo([]), []));
        var time = server.Net.Network.State.Now;
        var signature = EventSigning.Sign("commons-fund", time, "v1.proposal-created", payload, ServerFixture.PrivateKeyOf("c2"));
        var response = await client.PostAsJsonAsync("/api/events", new { type = "v1.proposal-created", payload, author = server.Net.Who("c1").Value, time, signature });
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "bad-signature");
    }

    [Fact]
    public async Task A_rule_rejection_keeps_its_code_as_a_409_problem()
    {
        using var g1 = await server.CustodialAsync("g1");
        var created = await g1.PostAsJsonAsync("/api/proposals", server.GrantDraft("Too early"));
        var id = await ServerFixture.IdOfAsync(g1, "Too early");
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await g1.PostAsync($"/api/proposals/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var c2 = await server.CustodialAsync("c2");
        var response = await c2.PostAsJsonAsync($"/api/proposals/{id}/ballots", new { choices = new[] { "for" } });
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "voting-closed");
        problem["type"]!.GetValue<string>().ShouldBe("urn:polity:problem:voting-closed");
    }

    [Fact]
    public async Task A_body_that_is_not_the_event_is_a_400_problem()
    {
        using var client = await server.CustodialAsync("g1");
        var response = await client.PostAsJsonAsync("/api/treasury/deposits", new { asset = "EUR", amount = "lots" });
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "bad-input");
    }

    [Fact]
    public async Task An_unknown_proposal_is_a_404_problem()
    {
        using var client = server.Client();
        await (await client.GetAsync("/api/proposals/9999")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Every_entry_has_an_inclusion_proof_that_verifies_against_the_tree_head()
    {
        using var client = server.Client();
        var head = (await client.GetFromJsonAsync<TreeHead>("/api/log/head"))!;
        head.Size.ShouldBeGreaterThan(3);
        var proof = (await client.GetFromJsonAsync<InclusionProof>("/api/log/3/proof"))!;
        var entry = await client.GetFromJsonAsync<JsonObject>("/api/log/3");
        var stored = await server.Net.Store.ReadAsync(3).FirstAsync();
        entry!["hash"]!.GetValue<string>().ShouldBe(stored.Hash);
        MerkleVerifier.VerifyEntryInclusion(stored.Body, proof.LeafIndex, proof.TreeSize, proof.Path.Select(Hashing.FromHex).ToList(), Hashing.FromHex(proof.Root))
            .ShouldBeTrue();
    }

    [Fact]
    public async Task The_OpenAPI_document_and_its_reference_page_are_served()
    {
        using var client = server.Client();
        var doc = await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json");
        doc!["paths"]!.AsObject().Select(p => p.Key).ShouldContain("/api/proposals/{id}/ballots");
        doc["paths"]!.AsObject().Select(p => p.Key).ShouldContain("/api/events");
        var page = await client.GetStringAsync("/api");
        page.ShouldContain("/openapi/v1.json");
    }

    [Fact]
    public async Task Two_instances_on_one_log_behave_as_one()
    {
        var second = await server.StartAsync();
        using var writer = await server.CustodialAsync("g1");
        (await writer.PostAsJsonAsync("/api/proposals", server.GrantDraft("Seen by both"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var reader = server.Client(second);
        var rows = await reader.GetFromJsonAsync<JsonArray>("/api/proposals");
        rows!.Select(p => p!["title"]!.GetValue<string>()).ShouldContain("Seen by both");
        // And the other way: the second instance appends after the first, without a concurrency failure.
        using var other = server.Client(second);
        (await other.PostAsJsonAsync("/api/auth/password", new { name = "g3", password = "pw-g3" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await other.PostAsJsonAsync("/api/proposals", server.GrantDraft("Written by the second"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await writer.GetFromJsonAsync<JsonArray>("/api/proposals"))!.Select(p => p!["title"]!.GetValue<string>()).ShouldContain("Written by the second");
    }
}
