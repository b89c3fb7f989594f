using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Engine.Keys;
using Polity.Engine.Serialization;
using Polity.Engine.Tests.Log;
using Polity.Ledger;
using Polity.Server.Auth;

namespace Polity.Server.Tests;

/// <summary>
/// A real Kestrel on 127.0.0.1 (a free port) over the engine's founded test network on SQLite. Custodial keys for
/// the operator, g1–g4 and c2–c5 sit in the server's key folder with password <c>pw-NAME</c>; c1 and f1 keep their
/// keys to themselves (wallet members).
/// </summary>
public class ServerFixture : IAsyncLifetime
{
    public const string KeyPassword = "server-key-password";

    private readonly List<WebApplication> _apps = [];

    public TestNetwork Net { get; private set; } = null!;

    public string KeysDir { get; private set; } = "";

    public Uri BaseAddress { get; private set; } = null!;

    public static byte[] PrivateKeyOf(string name) => SHA256.HashData(Encoding.UTF8.GetBytes("polity-test-key:" + name));

    public static readonly string[] Custodial = ["operator", "g1", "g2", "g3", "g4", "c2", "c3", "c4", "c5"];

    /// <summary>The --db string the servers open; the founded network's SQLite file unless a subclass founds it elsewhere.</summary>
    public string Db { get; private set; } = "";

    /// <summary>Founds the test network and says where its log is.</summary>
    protected virtual async Task<(TestNetwork Net, string Db)> FoundAsync()
    {
        var net = await TestNetwork.FoundAsync();
        return (net, net.DbPath);
    }

    public async ValueTask InitializeAsync()
    {
        (Net, Db) = await FoundAsync();
        KeysDir = Path.Combine(Path.GetDirectoryName(Net.DbPath)!, "keys");
        var ring = new KeyRing(KeysDir);
        var custodians = new Custodians(KeysDir, KeyPassword);
        foreach (var name in Custodial)
        {
            ring.Import(name, PrivateKeyOf(name), KeyPassword, KeystoreStrength.Light);
            custodians.SetPassword(name, "pw-" + name, iterations: 1_000);
        }
        BaseAddress = await StartAsync();
    }

    /// <summary>Starts one more server instance on the same log and keys; returns its address.</summary>
    public async Task<Uri> StartAsync()
    {
        var app = PolityServer.Build(new PolityServerOptions { Db = Db, Keys = KeysDir, KeyPassword = KeyPassword }, "http://127.0.0.1:0", _ => { });
        await app.StartAsync();
        _apps.Add(app);
        return new Uri(app.Urls.First());
    }

    /// <summary>A client with its own cookie jar (one browser), not following redirects.</summary>
    public HttpClient Client(Uri? at = null) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = at ?? BaseAddress };

    /// <summary>A client signed in with a custodial password.</summary>
    public async Task<HttpClient> CustodialAsync(string name)
    {
        var client = Client();
        var response = await client.PostAsJsonAsync("/api/auth/password", new { name, password = "pw-" + name });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return client;
    }

    /// <summary>A client signed in with Sign-In with Ethereum, signing with <paramref name="name"/>'s key.</summary>
    public async Task<HttpClient> WalletAsync(string name)
    {
        var client = Client();
        var address = Net.Who(name);
        var nonce = await client.GetFromJsonAsync<JsonObject>($"/api/auth/nonce?address={address}");
        var message = nonce!["message"]!.GetValue<string>();
        var signature = "0x" + Convert.ToHexStringLower(EthKeys.Sign(SiweVerifier.PersonalDigest(message), PrivateKeyOf(name)));
        var response = await client.PostAsJsonAsync("/api/auth/siwe", new { message, signature });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return client;
    }

    /// <summary>Signs typed data from a <c>/typed-data</c> route the way a wallet does, and posts the envelope to /api/events.</summary>
    public static async Task<HttpResponseMessage> SignAndPostAsync(HttpClient client, string route, object body, string signer)
    {
        var prepared = await client.PostAsJsonAsync(route + "/typed-data", body);
        prepared.StatusCode.ShouldBe(HttpStatusCode.OK, await prepared.Content.ReadAsStringAsync());
        return await SignEnvelopeAsync(client, (await prepared.Content.ReadFromJsonAsync<JsonObject>())!, signer);
    }

    /// <summary>Signs what a <c>/typed-data</c> route answered, as a wallet's <c>eth_signTypedData_v4</c> does, and posts the envelope.</summary>
    public static Task<HttpResponseMessage> SignEnvelopeAsync(HttpClient client, JsonObject data, string signer) =>
        client.PostAsJsonAsync("/api/events", Envelope(data, signer));

    /// <summary>The envelope for /api/events: what a <c>/typed-data</c> route answered, signed as <c>eth_signTypedData_v4</c> does.</summary>
    public static object Envelope(JsonObject data, string signer)
    {
        var digest = Eip712.HashTypedData(JsonDocument.Parse(data["typedData"]!.ToJsonString()).RootElement);
        return new
        {
            type = data["type"]!.GetValue<string>(),
            payload = data["payload"],
            author = data["author"]!.GetValue<string>(),
            time = data["time"]!.GetValue<long>(),
            signature = "0x" + Convert.ToHexStringLower(EthKeys.Sign(digest, PrivateKeyOf(signer))),
        };
    }

    /// <summary>A grant by g1 drafted, submitted and (the operator advancing the clock 7 days) open for voting; returns its number.</summary>
    public async Task<long> OpenVotingAsync(string title)
    {
        using var author = await CustodialAsync("g1");
        using var op = await CustodialAsync("operator");
        (await author.PostAsJsonAsync("/api/proposals", GrantDraft(title))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = await IdOfAsync(author, title);
        (await author.PostAsync($"/api/proposals/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await AdvanceAsync(op, Duration.FromDays(7));
        return id;
    }

    /// <summary>Advances the simulated clock as the operator's session.</summary>
    public static async Task AdvanceAsync(HttpClient op, Duration by)
    {
        var response = await op.PostAsJsonAsync("/api/clock/advance", new { seconds = by.Seconds });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The number of the proposal titled <paramref name="title"/>.</summary>
    public static async Task<long> IdOfAsync(HttpClient client, string title) =>
        (await client.GetFromJsonAsync<JsonArray>("/api/proposals"))!.First(p => p!["title"]!.GetValue<string>() == title)!["id"]!.GetValue<long>();

    /// <summary>How many ballots the proposal's tally counts, over all houses.</summary>
    public static async Task<int> BallotsAsync(HttpClient client, long id) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/proposals/{id}/tally"))!["houses"]!.AsArray().Sum(h => h!["ballots"]!.GetValue<int>());

    /// <summary>An event's payload as the API takes it.</summary>
    public static JsonObject PayloadOf(PolityEvent e) => EventCodec.Encode(e).Payload;

    /// <summary>A grant by g1 paying g2, as a request body.</summary>
    public JsonObject GrantDraft(string title, long amount = 100_000) =>
        PayloadOf(new ProposalCreated("grant", title, "Why it matters.", ProposalOption.YesNo([new ProposalAction.Transfer("EUR", amount, Net.Who("g2"), "")]), []));

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }
        await Net.DisposeAsync();
        await CleanUpAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>What a subclass removes after the servers and the network are gone.</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;
}

/// <summary>Reads problem details.</summary>
public static class ProblemAssertions
{
    public static async Task<JsonObject> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonNode.Parse(text)!.AsObject();
        problem["code"]!.GetValue<string>().ShouldBe(code, text);
        problem["status"]!.GetValue<int>().ShouldBe((int)status);
        return problem;
    }
}
