using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Polity.Server.Tests;

/// <summary>Wallet-signed envelopes posted at once: each is answered on its own, and every 201 is an entry in the log.</summary>
public sealed class ConcurrentWritesTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Envelopes_posted_at_once_all_land_and_a_duplicate_among_them_is_refused_as_replayed()
    {
        using var client = server.Client();
        var author = server.Net.Who("c1").Value;
        var envelopes = new List<object>();
        for (var i = 0; i < 30; i++)
        {
            var prepared = await client.PostAsJsonAsync($"/api/proposals/typed-data?author={author}", server.GrantDraft($"Concurrent {i}"));
            prepared.StatusCode.ShouldBe(HttpStatusCode.OK, await prepared.Content.ReadAsStringAsync());
            envelopes.Add(ServerFixture.Envelope((await prepared.Content.ReadFromJsonAsync<JsonObject>())!, "c1"));
        }
        envelopes.Add(envelopes[7]);
        var before = (await client.GetFromJsonAsync<JsonObject>("/api/log/head"))!["size"]!.GetValue<long>();

        var responses = await Task.WhenAll(envelopes.Select(e => Task.Run(() => client.PostAsJsonAsync("/api/events", e))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(30);
        var refused = responses.Single(r => r.StatusCode != HttpStatusCode.Created);
        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "replayed");
        var seqs = new List<long>();
        foreach (var created in responses.Where(r => r.StatusCode == HttpStatusCode.Created))
        {
            seqs.Add((await created.Content.ReadFromJsonAsync<JsonObject>())!["seq"]!.GetValue<long>());
        }
        seqs.Order().ShouldBe(Enumerable.Range(1, 30).Select(i => before + i));
        (await client.GetFromJsonAsync<JsonObject>("/api/log/head"))!["size"]!.GetValue<long>().ShouldBe(before + 30);
        var titles = (await client.GetFromJsonAsync<JsonArray>("/api/proposals"))!.Select(p => p!["title"]!.GetValue<string>()).ToList();
        Enumerable.Range(0, 30).ShouldAllBe(i => titles.Contains($"Concurrent {i}"));
    }
}
