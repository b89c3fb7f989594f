using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polity.Core.Primitives;

namespace Polity.Server.Tests;

/// <summary>
/// A grant proposal carried from draft to executed over HTTP by stakeholders of two houses — one voting with a wallet
/// (community), one custodial (grantees) — and the charter's authorisation enforced on the server.
/// </summary>
public sealed class GrantFlowTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_grant_goes_from_draft_to_executed_with_a_wallet_voter_and_a_custodial_voter()
    {
        using var author = await server.CustodialAsync("g1");
        using var op = await server.CustodialAsync("operator");
        using var wallet = await server.WalletAsync("c1");
        using var custodial = await server.CustodialAsync("g3");
        var balanceBefore = await BalanceOfG2Async(author);

        var id = await server.OpenVotingAsync("River gauges");
        (await ServerFixture.SignAndPostAsync(wallet, $"/api/proposals/{id}/ballots", new { choices = new[] { "for" } }, "c1"))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await custodial.PostAsJsonAsync($"/api/proposals/{id}/ballots", new { choices = new[] { "for" } })).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await ServerFixture.BallotsAsync(author, id)).ShouldBe(2);

        await ServerFixture.AdvanceAsync(op, Duration.FromDays(5));
        (await author.PostAsync($"/api/proposals/{id}/queue", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ServerFixture.AdvanceAsync(op, Duration.FromDays(2));
        (await custodial.PostAsync($"/api/proposals/{id}/execute", null)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var proposal = await author.GetFromJsonAsync<JsonObject>($"/api/proposals/{id}");
        proposal!["status"]!.GetValue<string>().ShouldBe("Executed");
        (await BalanceOfG2Async(author)).ShouldBe(balanceBefore + 100_000);
    }

    [Fact]
    public async Task A_member_of_a_house_that_does_not_vote_on_grants_cannot_vote_on_one()
    {
        using var author = await server.CustodialAsync("g1");
        using var op = await server.CustodialAsync("operator");
        var id = await server.OpenVotingAsync("Funders do not vote here");
        // The operator belongs to no house; f1 sits in funders, which the charter leaves out of grant votes.
        var response = await op.PostAsJsonAsync($"/api/proposals/{id}/ballots", new { choices = new[] { "for" } });
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-in-electorate");
        using var funder = await server.WalletAsync("f1");
        var signed = await ServerFixture.SignAndPostAsync(funder, $"/api/proposals/{id}/ballots", new { choices = new[] { "for" } }, "f1");
        await signed.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-in-electorate");
    }

    [Fact]
    public async Task A_member_cannot_act_for_another_the_author_alone_submits()
    {
        using var author = await server.CustodialAsync("g1");
        var created = await author.PostAsJsonAsync("/api/proposals", server.GrantDraft("Mine to submit"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = await ServerFixture.IdOfAsync(author, "Mine to submit");
        using var other = await server.CustodialAsync("g4");
        await (await other.PostAsync($"/api/proposals/{id}/submit", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-author");
    }

    [Fact]
    public async Task Only_the_operator_advances_a_simulated_clock()
    {
        using var member = await server.CustodialAsync("g2");
        var response = await member.PostAsJsonAsync("/api/clock/advance", new { seconds = 60 });
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-operator");
    }

    private async Task<long> BalanceOfG2Async(HttpClient client)
    {
        var treasury = await client.GetFromJsonAsync<JsonObject>("/api/treasury");
        return treasury!["accounts"]!.AsArray()
            .Where(a => a!["account"]!.GetValue<string>().Contains(server.Net.Who("g2").Value, StringComparison.Ordinal) && a["asset"]!.GetValue<string>() == "EUR")
            .Sum(a => a!["minor"]!.GetValue<long>());
    }
}
