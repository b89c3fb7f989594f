using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Polity.Core.Metrics;
using Polity.Core.Reports;
using Polity.Core.State;
using Polity.Engine.Reports;
using Polity.Engine.Views;
using Polity.Server.Hosting;

namespace Polity.Server.Apis;

/// <summary>
/// The pictures and what they are drawn from: the stakeholder map and objectives, the funds flow, the metrics per
/// house, grantmaking rounds and the on-chain state of approved batches. Each as JSON, the pictures also as SVG.
/// </summary>
public static class PictureApis
{
    private const string SvgType = "image/svg+xml; charset=utf-8";

    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapPolityPictures(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Pictures");
        api.MapGet("/map", async (NetworkHost host, bool? all, CancellationToken ct) => TypedResults.Ok(MapViews.Map(await host.StateAsync(ct), all ?? false)))
            .WithSummary("The stakeholder map: relationships (holding ones, or ?all=true) and profiles");
        api.MapGet("/map.svg", async (NetworkHost host, CancellationToken ct) => Results.Content(MapSvg.Render(await host.StateAsync(ct)), SvgType))
            .WithSummary("The stakeholder map as SVG");
        api.MapGet("/objectives", async (NetworkHost host, CancellationToken ct) =>
        {
            var s = await host.StateAsync(ct);
            return TypedResults.Ok(s.Objectives.Values.Select(o => MapViews.Objective(s, o, detail: true)).ToList());
        }).WithSummary("Objectives with their progress, reports and linked proposals and grants");
        api.MapGet("/flows", async (NetworkHost host, CancellationToken ct) => TypedResults.Ok(FundsFlow.Of(await host.StateAsync(ct))))
            .WithSummary("Where the money went: the funds-flow graph per asset");
        api.MapGet("/flows.svg", async (NetworkHost host, CancellationToken ct) =>
        {
            var s = await host.StateAsync(ct);
            return Results.Content(FlowsSvg.Render(FundsFlow.Of(s), $"Where the money went: {s.Network}"), SvgType);
        }).WithSummary("The funds flow as an SVG Sankey diagram");
        api.MapGet("/metrics", async (NetworkHost host, CancellationToken ct) => TypedResults.Ok(await MetricsAsync(host, ct)))
            .WithSummary("Power and participation per house, now and at the end of each month");
        api.MapGet("/metrics/{chart}.svg", async (string chart, NetworkHost host, CancellationToken ct) =>
            MetricsCharts.Of(await MetricsAsync(host, ct)).FirstOrDefault(c => c.Id == chart) is { } found
                ? Results.Content(ChartSvg.Render(found), SvgType)
                : Problems.NotFound($"there is no chart {chart}"))
            .WithSummary("One metrics chart as SVG (ids as in /api/metrics/charts)");
        api.MapGet("/metrics/charts", async (NetworkHost host, CancellationToken ct) =>
            TypedResults.Ok(MetricsCharts.Of(await MetricsAsync(host, ct)).Select(c => new ChartRef(c.Id, c.Title, c.Description, $"/api/metrics/{c.Id}.svg")).ToList()))
            .WithSummary("The metrics charts: id, title, description and where the SVG is");
        api.MapGet("/rounds", async (NetworkHost host, CancellationToken ct) =>
        {
            var s = await host.StateAsync(ct);
            return TypedResults.Ok(Rounds(s).Select(r => RoundViews.Row(s, r)).ToList());
        }).WithSummary("Grantmaking rounds with their phase and pool");
        api.MapGet("/rounds/{id}", async (string id, NetworkHost host, CancellationToken ct) =>
        {
            var s = await host.StateAsync(ct);
            return s.Rounds.TryGetValue(id, out var r) ? TypedResults.Ok(RoundViews.Round(s, r)) : Problems.NotFound($"there is no round {id}");
        }).WithSummary("A round: schedule, applications, ballots and its standings or result");
        api.MapGet("/chain/batches", async (NetworkHost host, CancellationToken ct) => TypedResults.Ok(ChainViews.Batches(await host.StateAsync(ct), null)))
            .WithSummary("On-chain batches the log approved, with their receipts and state");
        api.MapGet("/proposals/{id:long}/chain", async (long id, NetworkHost host, CancellationToken ct) =>
        {
            var s = await host.StateAsync(ct);
            return s.Proposals.ContainsKey(id) ? TypedResults.Ok(ChainViews.Batches(s, id)) : Problems.NotFound($"there is no proposal {id}");
        }).WithSummary("A proposal's chain-batch actions and their on-chain state");
        return app;
    }

    /// <summary>Rounds in the order they opened.</summary>
    public static IEnumerable<Core.Rounds.Round> Rounds(NetworkState s) =>
        s.Rounds.Values.OrderBy(r => r.OpenedAt).ThenBy(r => r.Id, StringComparer.Ordinal);

    /// <summary>The metrics report, folded from the whole log.</summary>
    public static async Task<MetricsReport> MetricsAsync(NetworkHost host, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var head = (await host.SnapshotAsync(ct)).Head;
        var entries = await host.EntriesAsync(1, checked((int)Math.Max(head.Seq, 1)), ct);
        return MetricsHistory.Build(entries.Select(LogHistory.Decode));
    }
}

/// <summary>A metrics chart and where its SVG is.</summary>
/// <param name="Id">Chart id.</param>
/// <param name="Title">Title.</param>
/// <param name="Description">What it shows.</param>
/// <param name="Svg">The SVG's path.</param>
public sealed record ChartRef(string Id, string Title, string Description, string Svg);
