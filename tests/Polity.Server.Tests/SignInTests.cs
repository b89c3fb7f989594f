using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polity.Core.Primitives;
using Polity.Ledger;
using Polity.Server.Auth;

namespace Polity.Server.Tests;

/// <summary>Sign-In with Ethereum over HTTP: what the server accepts and what it refuses.</summary>
public sealed class SignInTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static string Sign(string message, string who) =>
        "0x" + Convert.ToHexStringLower(EthKeys.Sign(SiweVerifier.PersonalDigest(message), ServerFixture.PrivateKeyOf(who)));

    private async Task<string> MessageAsync(HttpClient client, string who)
    {
        var nonce = await client.GetFromJsonAsync<JsonObject>($"/api/auth/nonce?address={server.Net.Who(who)}");
        return nonce!["message"]!.GetValue<string>();
    }

    [Fact]
    public async Task A_wallet_signs_in_and_the_session_knows_its_houses()
    {
        using var client = await server.WalletAsync("c1");
        var me = await client.GetFromJsonAsync<JsonObject>("/api/auth/me");
        me!["mode"]!.GetValue<string>().ShouldBe("wallet");
        me["houses"]!.AsArray().Select(h => h!.GetValue<string>()).ShouldBe(["community"]);
    }

    [Fact]
    public async Task A_signature_by_another_key_is_refused()
    {
        using var client = server.Client();
        var message = await MessageAsync(client, "c1");
        var response = await client.PostAsJsonAsync("/api/auth/siwe", new { message, signature = Sign(message, "c2") });
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "siwe-refused");
    }

    [Fact]
    public async Task A_nonce_is_accepted_once()
    {
        using var client = server.Client();
        var message = await MessageAsync(client, "c1");
        var signature = Sign(message, "c1");
        (await client.PostAsJsonAsync("/api/auth/siwe", new { message, signature })).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var replay = server.Client();
        var again = await replay.PostAsJsonAsync("/api/auth/siwe", new { message, signature });
        (await again.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "siwe-refused"))["detail"]!.GetValue<string>().ShouldContain("used");
    }

    [Fact]
    public async Task A_message_for_another_domain_is_refused()
    {
        using var client = server.Client();
        var message = (await MessageAsync(client, "c1")).Replace(server.BaseAddress.Authority, "evil.example", StringComparison.Ordinal);
        var response = await client.PostAsJsonAsync("/api/auth/siwe", new { message, signature = Sign(message, "c1") });
        (await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "siwe-refused"))["detail"]!.GetValue<string>().ShouldContain("evil.example");
    }

    [Fact]
    public async Task A_nonce_the_server_did_not_issue_is_refused()
    {
        using var client = server.Client();
        var now = DateTimeOffset.UtcNow;
        var message = new SiweMessage(server.BaseAddress.Authority, server.Net.Who("c1"), null, server.BaseAddress.ToString(), 1, "abcdef0123456789",
            now, now.AddMinutes(5), null).ToText();
        var response = await client.PostAsJsonAsync("/api/auth/siwe", new { message, signature = Sign(message, "c1") });
        (await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "siwe-refused"))["detail"]!.GetValue<string>().ShouldContain("nonce");
    }

    [Fact]
    public async Task An_expired_message_is_refused()
    {
        using var client = server.Client();
        var nonce = (await client.GetFromJsonAsync<JsonObject>("/api/auth/nonce"))!["nonce"]!.GetValue<string>();
        var then = DateTimeOffset.UtcNow.AddHours(-2);
        var message = new SiweMessage(server.BaseAddress.Authority, server.Net.Who("c1"), "Sign in.", server.BaseAddress.ToString(), 1, nonce,
            then, then.AddMinutes(5), null).ToText();
        var response = await client.PostAsJsonAsync("/api/auth/siwe", new { message, signature = Sign(message, "c1") });
        (await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "siwe-refused"))["detail"]!.GetValue<string>().ShouldContain("expired");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = await server.CustodialAsync("g2");
        (await client.PostAsync("/api/auth/sign-out", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
