using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Polity.Engine.Views;
using Polity.Server.Hosting;

namespace Polity.Server.Apis;

/// <summary>EIP-4824: the daoURI at <c>/.well-known/dao.json</c> and the documents it points to, with absolute URIs on this server.</summary>
public static class Eip4824Apis
{
    private const string JsonLd = "application/ld+json; charset=utf-8";

    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapPolityEip4824(this IEndpointRouteBuilder app)
    {
        app.MapGet(Eip4824.Paths.Dao, async (HttpRequest request, NetworkHost host, CancellationToken ct) =>
                Results.Content(Eip4824.Dao(await host.StateAsync(ct), Root(request)).ToJsonString(), JsonLd))
            .WithTags("EIP-4824").WithSummary("The daoURI document: name, description and the URIs of the documents below");
        var api = app.MapGroup("/api/eip4824").WithTags("EIP-4824");
        api.MapGet("/members", async (NetworkHost host, CancellationToken ct) =>
            Results.Content(Eip4824.Members(await host.StateAsync(ct)).ToJsonString(), JsonLd)).WithSummary("Members JSON-LD");
        api.MapGet("/proposals", async (HttpRequest request, NetworkHost host, CancellationToken ct) =>
            Results.Content(Eip4824.Proposals(await host.StateAsync(ct), Root(request)).ToJsonString(), JsonLd)).WithSummary("Proposals JSON-LD");
        api.MapGet("/activity", async (NetworkHost host, CancellationToken ct) =>
        {
            var (state, head) = await host.SnapshotAsync(ct);
            var entries = await host.EntriesAsync(1, checked((int)Math.Max(head.Seq, 1)), ct);
            return Results.Content(Eip4824.ActivityLog(state.Network, entries.Select(e => (ReadOnlyMemory<byte>)e.Body)).ToJsonString(), JsonLd);
        }).WithSummary("Activity log JSON-LD: every event about a proposal");
        api.MapGet("/governance.md", async (NetworkHost host, CancellationToken ct) =>
            Results.Text(Eip4824.Governance(await host.StateAsync(ct)), "text/markdown; charset=utf-8")).WithSummary("The charter in force, as Markdown");
        api.MapGet("/contracts", async (NetworkHost host, CancellationToken ct) =>
            Eip4824.Contracts(await host.StateAsync(ct)) is { } contracts
                ? Results.Content(contracts.ToJsonString(), JsonLd)
                : Problems.NotFound("the charter names no deployed contracts")).WithSummary("Contracts JSON-LD (when the charter has a chain section)");
        return app;
    }

    private static string Root(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
