using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Polity.Core.Voting;
using Polity.Engine.Storage;
using Polity.Engine.Views;
using Polity.Ledger;
using Polity.Server.Hosting;

namespace Polity.Server.Apis;

/// <summary>The log as a transparency log: entries, the tree head, inclusion proofs; and live tallies as server-sent events.</summary>
public static class LogApis
{
    /// <summary>The most entries one page returns.</summary>
    public const int MaxPage = 500;

    /// <summary>Maps the log routes.</summary>
    public static IEndpointRouteBuilder MapPolityLog(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Log");
        api.MapGet("/log", async (NetworkHost host, long? from, int? limit, CancellationToken ct) =>
        {
            var (state, _) = await host.SnapshotAsync(ct);
            var entries = await host.EntriesAsync(from ?? 1, Math.Clamp(limit ?? 100, 1, MaxPage), ct);
            return TypedResults.Ok(entries.Select(e => Entry(e, state)).ToList());
        }).WithSummary("Log entries from ?from= (default 1), at most ?limit= (default 100, at most 500)");
        api.MapGet("/log/head", async (NetworkHost host, CancellationToken ct) => TypedResults.Ok(await host.TreeHeadAsync(ct)))
            .WithSummary("The RFC 9162 tree head: size, root, time");
        api.MapGet("/log/{seq:long}", async (long seq, NetworkHost host, CancellationToken ct) =>
        {
            var (state, head) = await host.SnapshotAsync(ct);
            if (seq < 1 || seq > head.Seq)
            {
                return Problems.NotFound($"the log has entries 1 to {head.Seq}");
            }
            var entry = (await host.EntriesAsync(seq, 1, ct))[0];
            return TypedResults.Ok(Entry(entry, state));
        }).WithSummary("One entry: the signed envelope and its hash");
        api.MapGet("/log/{seq:long}/proof", async (long seq, NetworkHost host, CancellationToken ct) =>
        {
            var head = (await host.SnapshotAsync(ct)).Head;
            return seq < 1 || seq > head.Seq
                ? Problems.NotFound($"the log has entries 1 to {head.Seq}")
                : TypedResults.Ok(await host.ProveInclusionAsync(seq, ct));
        }).WithSummary("The inclusion proof of an entry in the current tree (RFC 9162)");
        api.MapGet("/proposals/{id:long}/tally/live", (long id, NetworkHost host, CancellationToken ct) =>
                TypedResults.ServerSentEvents(LiveTally(id, host, ct), "tally"))
            .WithTags("Live").WithSummary("Server-sent events: the proposal's tally now and after every append");
        return app;
    }

    /// <summary>An entry for reading.</summary>
    public static LogEntryView Entry(StoredEvent stored, Core.State.NetworkState state)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var e = EventEnvelope.Parse(stored.Body);
        var author = Core.Primitives.Address.TryParse(e.Author, out var a) ? Views.Name(state, a) : e.Author;
        return new LogEntryView(e.Seq, stored.Hash, e.Prev, e.Time, Views.Time(e.Time), e.Type, e.Author, author, e.Payload, e.Signature);
    }

    /// <summary>The tally now, then again whenever the log grows (checked at least every few seconds for other instances' appends).</summary>
    private static async IAsyncEnumerable<string> LiveTally(long id, NetworkHost host, [EnumeratorCancellation] CancellationToken ct)
    {
        var grew = new SemaphoreSlim(0);
        void OnGrew(long _) => grew.Release();
        host.Grew += OnGrew;
        try
        {
            var last = -1L;
            while (!ct.IsCancellationRequested)
            {
                var (state, head) = await host.SnapshotAsync(ct);
                if (head.Seq != last && state.Proposals.TryGetValue(id, out var p) && p.Rules is not null)
                {
                    last = head.Seq;
                    yield return System.Text.Json.JsonSerializer.Serialize(Views.TallyView(Tallying.Tally(p, state.Now)), ServerJson.Options);
                }
                try
                {
                    await grew.WaitAsync(TimeSpan.FromSeconds(5), ct);
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }
            }
        }
        finally
        {
            host.Grew -= OnGrew;
            grew.Dispose();
        }
    }
}

/// <summary>A log entry.</summary>
/// <param name="Seq">Position.</param>
/// <param name="Hash">SHA-256 of its canonical bytes.</param>
/// <param name="Prev">The previous entry's hash.</param>
/// <param name="At">Unix seconds.</param>
/// <param name="Time">The time, readable.</param>
/// <param name="Type">Event wire name.</param>
/// <param name="Author">Author address.</param>
/// <param name="AuthorName">Author's name.</param>
/// <param name="Payload">Event body.</param>
/// <param name="Signature">EIP-712 signature.</param>
public sealed record LogEntryView(long Seq, string Hash, string Prev, long At, string Time, string Type, string Author, string AuthorName,
    JsonObject Payload, string Signature);
