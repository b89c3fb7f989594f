using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polity.Engine;
using Polity.Engine.Storage;
using Polity.Engine.Tests.Log;
using Polity.Engine.Tests.Storage;

namespace Polity.Server.Tests;

/// <summary>The test network on the test PostgreSQL cluster, in a schema of its own.</summary>
public sealed class PostgresServerFixture : ServerFixture
{
    private readonly string _schema = PostgresCluster.SchemaFor(typeof(PostgresInstancesTests));

    protected override async Task<(TestNetwork Net, string Db)> FoundAsync()
    {
        var db = await PostgresCluster.FreshLogAsync(_schema);
        return (await TestNetwork.FoundAsync(await EventStores.OpenAsync(db)), db);
    }

    protected override Task CleanUpAsync() => PostgresCluster.DropSchemaAsync(_schema);
}

/// <summary>Several server instances on one PostgreSQL log behave as one.</summary>
public sealed class PostgresInstancesTests(PostgresServerFixture server) : IClassFixture<PostgresServerFixture>
{
    [Fact]
    public async Task Three_instances_on_one_PostgreSQL_log_take_writes_in_turn_and_read_each_others()
    {
        var addresses = new[] { server.BaseAddress, await server.StartAsync(), await server.StartAsync() };
        var clients = new List<HttpClient>();
        foreach (var (at, who) in addresses.Zip(new[] { "g1", "g3", "g4" }))
        {
            var client = server.Client(at);
            (await client.PostAsJsonAsync("/api/auth/password", new { name = who, password = "pw-" + who })).StatusCode.ShouldBe(HttpStatusCode.OK);
            clients.Add(client);
        }
        // Drafts through all three at once: each append serialises through the store, none is lost.
        var writes = Enumerable.Range(0, 12).Select(i => clients[i % 3].PostAsJsonAsync("/api/proposals", server.GrantDraft($"Concurrent {i}"))).ToList();
        foreach (var response in await Task.WhenAll(writes))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }
        foreach (var client in clients)
        {
            var titles = (await client.GetFromJsonAsync<JsonArray>("/api/proposals"))!.Select(p => p!["title"]!.GetValue<string>()).ToList();
            Enumerable.Range(0, 12).Select(i => $"Concurrent {i}").ShouldBeSubsetOf(titles);
        }
        await using var store = await EventStores.OpenAsync(server.Db);
        (await LogVerifier.VerifyAsync(store)).Ok.ShouldBeTrue();
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }
}
