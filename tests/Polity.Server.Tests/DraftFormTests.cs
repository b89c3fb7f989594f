using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Polity.Server.Tests;

/// <summary>The draft form on /proposals drafts a grant: a yes/no proposal whose "yes" pays an address.</summary>
public sealed partial class DraftFormTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private static async Task<HttpResponseMessage> DraftAsync(HttpClient client, params (string Key, string Value)[] fields)
    {
        var token = TokenPattern().Match(await client.GetStringAsync("/proposals")).Groups[1].Value;
        var all = fields.Concat([("type", "grant"), ("returnUrl", "/proposals"), ("__RequestVerificationToken", token)]);
        return await client.PostAsync("/ui/proposals", new FormUrlEncodedContent(all.Select(f => KeyValuePair.Create(f.Item1, f.Item2))));
    }

    [Fact]
    public async Task A_draft_with_a_payment_becomes_a_grant_paying_that_address_in_exact_minor_units()
    {
        using var author = await server.CustodialAsync("g1");
        var response = await DraftAsync(author, ("title", "Seed library"), ("payTo", server.Net.Who("g4").Value), ("payAmount", "1250.50"), ("payAsset", "EUR"));
        response.Headers.Location!.ToString().ShouldStartWith("/proposals?msg=Done");

        var id = await ServerFixture.IdOfAsync(author, "Seed library");
        var proposal = (await author.GetFromJsonAsync<JsonObject>($"/api/proposals/{id}"))!;
        var yes = proposal["options"]!.AsArray().Single(o => o!["name"]!.GetValue<string>() == "for")!;
        yes["actions"]!.AsArray().ShouldHaveSingleItem()!.GetValue<string>().ShouldBe("transfer 1250.50 EUR to G4");
    }

    [Theory]
    [InlineData("not-an-address", "10", "EUR", "is not an address")]
    [InlineData("0x00000000000000000000000000000000000000aa", "1.234", "EUR", "amount '1.234'")]
    [InlineData("0x00000000000000000000000000000000000000aa", "0", "EUR", "more than zero")]
    [InlineData("0x00000000000000000000000000000000000000aa", "10", "GBP", "no asset 'GBP'")]
    public async Task A_payment_that_does_not_parse_is_refused_with_the_reason(string to, string amount, string asset, string reason)
    {
        using var author = await server.CustodialAsync("g1");
        var response = await DraftAsync(author, ("title", "Bad payment"), ("payTo", to), ("payAmount", amount), ("payAsset", asset));
        var location = Uri.UnescapeDataString(response.Headers.Location!.ToString());
        location.ShouldStartWith("/proposals?error=");
        location.ShouldContain(reason);
    }
}
