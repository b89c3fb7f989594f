using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Polity.Core.Primitives;

namespace Polity.Server.Tests;

/// <summary>The server-rendered pages and their plain-HTML forms (no script needed), and live tallies as server-sent events.</summary>
public sealed partial class PagesTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private static async Task<string> TokenFromAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var token = TokenPattern().Match(html).Groups[1].Value;
        token.ShouldNotBeNullOrEmpty($"no antiforgery token on {page}");
        return token;
    }

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string action, string token, params (string Key, string Value)[] fields) =>
        client.PostAsync(action, new FormUrlEncodedContent(fields.Append(("__RequestVerificationToken", token)).Select(f => KeyValuePair.Create(f.Item1, f.Item2))));

    [Theory]
    [InlineData("/", "commons-fund")]
    [InlineData("/houses", "community")]
    [InlineData("/proposals", "Draft a proposal")]
    [InlineData("/treasury", "Journal")]
    [InlineData("/grants", "Grants")]
    [InlineData("/log", "Tree head")]
    [InlineData("/log/1", "Inclusion proof")]
    [InlineData("/sign-in", "Sign-In with Ethereum")]
    public async Task Every_page_renders_for_an_anonymous_visitor(string path, string expected)
    {
        using var client = server.Client();
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("width=device-width");
        html.ShouldContain(expected);
    }

    [Fact]
    public async Task Every_form_field_has_a_label()
    {
        using var client = server.Client();
        foreach (var page in new[] { "/proposals", "/sign-in" })
        {
            var html = await client.GetStringAsync(page);
            foreach (Match input in Regex.Matches(html, "<(?:input|textarea|select)[^>]*\\bid=\"([^\"]+)\""))
            {
                html.ShouldContain($"for=\"{input.Groups[1].Value}\"", customMessage: $"{page}: #{input.Groups[1].Value} has no label");
            }
        }
    }

    [Fact]
    public async Task A_custodial_member_signs_in_and_votes_through_plain_forms()
    {
        var id = await server.OpenVotingAsync("Voted through a form");

        using var browser = server.Client();
        var signIn = await PostFormAsync(browser, "/ui/sign-in", await TokenFromAsync(browser, "/sign-in"),
            ("name", "c3"), ("password", "pw-c3"), ("returnUrl", $"/proposals/{id}"));
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signIn.Headers.Location!.ToString().ShouldStartWith($"/proposals/{id}?msg=");

        var page = await browser.GetStringAsync($"/proposals/{id}");
        page.ShouldContain("Your ballot (approval)");
        var vote = await PostFormAsync(browser, $"/ui/proposals/{id}/vote", TokenPattern().Match(page).Groups[1].Value,
            ("choice", "for"), ("returnUrl", $"/proposals/{id}"));
        vote.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Uri.UnescapeDataString(vote.Headers.Location!.ToString()).ShouldContain("is in the log");

        (await ServerFixture.BallotsAsync(browser, id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_refused_form_comes_back_with_the_rules_reason()
    {
        var id = await server.OpenVotingAsync("Refused through a form");
        using var browser = server.Client();
        await PostFormAsync(browser, "/ui/sign-in", await TokenFromAsync(browser, "/sign-in"), ("name", "g4"), ("password", "pw-g4"));
        var token = await TokenFromAsync(browser, $"/proposals/{id}");
        var submit = await PostFormAsync(browser, $"/ui/proposals/{id}/submit", token, ("returnUrl", $"/proposals/{id}"));
        Uri.UnescapeDataString(submit.Headers.Location!.ToString()).ShouldContain("(not-author)");
    }

    [Fact]
    public async Task A_wallet_session_gets_typed_data_for_a_form_signs_it_and_the_ballot_counts()
    {
        var id = await server.OpenVotingAsync("Voted with a wallet form");
        using var browser = await server.WalletAsync("c5");
        var page = await browser.GetStringAsync($"/proposals/{id}");
        page.ShouldContain("eth_signTypedData_v4", customMessage: "a wallet session's pages carry the signing script");
        var prepared = await PostFormAsync(browser, $"/ui/proposals/{id}/vote/typed-data", TokenPattern().Match(page).Groups[1].Value, ("choice", "for"));
        prepared.StatusCode.ShouldBe(HttpStatusCode.OK, await prepared.Content.ReadAsStringAsync());
        var posted = await ServerFixture.SignEnvelopeAsync(browser, (await prepared.Content.ReadFromJsonAsync<JsonObject>())!, "c5");
        posted.StatusCode.ShouldBe(HttpStatusCode.Created, await posted.Content.ReadAsStringAsync());
        (await ServerFixture.BallotsAsync(browser, id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused()
    {
        using var browser = server.Client();
        var response = await browser.PostAsync("/ui/sign-in", new FormUrlEncodedContent([KeyValuePair.Create("name", "g1"), KeyValuePair.Create("password", "pw-g1")]));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Anonymous_form_writes_are_sent_to_sign_in()
    {
        using var browser = server.Client();
        var token = await TokenFromAsync(browser, "/proposals");
        var response = await PostFormAsync(browser, "/ui/proposals", token, ("type", "grant"), ("title", "Nobody"), ("returnUrl", "/proposals"));
        response.Headers.Location!.ToString().ShouldStartWith("/sign-in?returnUrl=");
    }

    [Fact]
    public async Task The_live_tally_stream_sends_the_tally_again_after_a_ballot()
    {
        var id = await server.OpenVotingAsync("Watched live");
        using var watcher = server.Client();
        // A safety net against a hang, not a timing assertion.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var stream = await watcher.GetStreamAsync($"/api/proposals/{id}/tally/live", cts.Token);
        using var reader = new StreamReader(stream);
        (await NextTallyAsync(reader, cts.Token))["houses"]!.AsArray().Sum(h => h!["ballots"]!.GetValue<int>()).ShouldBe(0);

        using var voter = await server.CustodialAsync("c4");
        (await voter.PostAsJsonAsync($"/api/proposals/{id}/ballots", new { choices = new[] { "for" } })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await NextTallyAsync(reader, cts.Token))["houses"]!.AsArray().Sum(h => h!["ballots"]!.GetValue<int>()).ShouldBe(1);
    }

    private static async Task<JsonObject> NextTallyAsync(StreamReader reader, CancellationToken ct)
    {
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonNode.Parse(line["data: ".Length..])!.AsObject();
            }
        }
        throw new InvalidOperationException("the stream ended");
    }
}
