using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Polity.Engine;
using Polity.Engine.Storage;
using Polity.Server;

namespace Polity.Bench;

/// <summary>
/// <c>polity-bench serve</c>: wallet-signed ballots from many concurrent clients through a real Kestrel on 127.0.0.1
/// (SQLite in a temp folder), against the engine's own append of the same ballots in the same run. Counts every
/// accepted ballot and checks the log holds exactly those.
/// </summary>
internal sealed class ServeBench(BallotScript script, string dir, int clients, int readEvery, TimeSpan limit, TextWriter progress)
{
    private const double RateTarget = 5_000;
    private const double P99Target = 50;

    /// <summary>Runs the engine figure, then the server figure, each <paramref name="runs"/> times on fresh files, and prints the table.</summary>
    /// <returns>0 when the targets pass, 3 when one is missed, 1 when a ballot was refused or lost.</returns>
    /// <param name="readEvery">Each client reads (a tally, then the proposal list) after every this many ballots it sends; 0 for none.</param>
    public static async Task<int> RunAsync(int members, int proposals, int clients, int readEvery, int seconds, int runs, TextWriter output, TextWriter progress)
    {
        var dir = Directory.CreateTempSubdirectory("polity-bench-").FullName;
        try
        {
            progress.WriteLine($"signing {members:N0} members' ballots on {proposals} proposals…");
            var script = BallotScript.Generate(members, proposals, Path.Combine(AppContext.BaseDirectory, "commons-fund.yaml"));
            var bench = new ServeBench(script, dir, clients, readEvery, TimeSpan.FromSeconds(seconds), progress);
            var engine = new List<Run>();
            var server = new List<Run>();
            for (var run = 1; run <= runs; run++)
            {
                progress.WriteLine($"run {run}/{runs}: engine");
                engine.Add(await bench.EngineAsync(Path.Combine(dir, $"engine-{run}.db")));
                progress.WriteLine($"run {run}/{runs}: server");
                server.Add(await bench.ServerAsync(Path.Combine(dir, $"server-{run}.db"), run));
            }
            output.WriteLine();
            output.WriteLine($"Polity server load benchmark: {members:N0} members, {proposals} proposals in voting, {script.Ballots.Count:N0} wallet-signed ballots, " +
                $"{clients} concurrent clients ({(readEvery == 0 ? "no reads" : $"one read per {readEvery} ballots")}), SQLite, at most {seconds} s a figure, {runs} run(s), {Environment.ProcessorCount} cores");
            output.WriteLine();
            var table = new ServeTable();
            table.Figure("E1", "engine append: PolityNetwork.SubmitSignedAsync from the same number of concurrent tasks, in process (decode and signature on the caller's task; rules, fold, seal and a durable append under the writer gate, concurrent submissions group-committed)", engine, null);
            var ok = table.Figure("S1", "server: POST /api/events over loopback HTTP/1.1 (JSON, signature recovery, rules, fold, durable append before the 201), plus the clients' reads",
                server, engine, RateTarget, P99Target);
            table.Write(output);
            return ok ? 0 : 3;
        }
        catch (BenchFailure failure)
        {
            output.WriteLine($"FAILED: {failure.Message}");
            return 1;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>E1: the engine's append path without HTTP, as many tasks as clients.</summary>
    private async Task<Run> EngineAsync(string db)
    {
        await using var store = await EventStores.OpenAsync(db);
        using var network = await PolityNetwork.OpenAsync(store, TimeProvider.System);
        await SetUpAsync(network);
        var run = await DriveAsync(async i =>
        {
            var b = script.Ballots[i];
            return await network.SubmitSignedAsync(b.Type, b.Payload, b.Author, b.Time, b.Signature) is AppendOutcome.Appended;
        }, null);
        await CheckLogAsync(store, run);
        return run;
    }

    /// <summary>S1: the same ballots posted to a running server by <see cref="ServeBench"/>'s clients, with reads between.</summary>
    private async Task<Run> ServerAsync(string db, int number)
    {
        await using (var store = await EventStores.OpenAsync(db))
        {
            using var network = await PolityNetwork.OpenAsync(store, TimeProvider.System);
            await SetUpAsync(network);
        }
        var bodies = script.Ballots.Select(Body).ToArray();
        var keys = Path.Combine(dir, $"keys-{number}");
        var app = PolityServer.Build(new PolityServerOptions { Db = db, Keys = keys }, "http://127.0.0.1:0", _ => { });
        await app.StartAsync();
        Run run;
        using (var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseCookies = false }) { BaseAddress = new Uri(app.Urls.First()) })
        {
            (await http.GetAsync(new Uri("/api/network", UriKind.Relative))).EnsureSuccessStatusCode(); // warm the routes
            run = await DriveAsync(async i =>
            {
                using var content = new ByteArrayContent(bodies[i]);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await http.PostAsync(new Uri("/api/events", UriKind.Relative), content);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    progress.WriteLine($"  ballot {i} refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
                return response.StatusCode == HttpStatusCode.Created;
            }, async i =>
            {
                using var tally = await http.GetAsync(new Uri($"/api/proposals/{1 + i % script.Proposals}/tally", UriKind.Relative));
                using var list = await http.GetAsync(new Uri("/api/proposals", UriKind.Relative));
                return tally.IsSuccessStatusCode && list.IsSuccessStatusCode;
            });
        }
        await app.StopAsync();
        await app.DisposeAsync();
        await using (var store = await EventStores.OpenAsync(db))
        {
            await CheckLogAsync(store, run);
        }
        return run;
    }

    private async Task SetUpAsync(PolityNetwork network)
    {
        if (await network.SubmitSignedBatchAsync(script.Setup) is BatchOutcome.Refused refused)
        {
            throw new BenchFailure($"setup refused: {refused}");
        }
    }

    /// <summary>Every ballot that got its 2xx is in the log, and nothing else was added.</summary>
    private async Task CheckLogAsync(IEventStore store, Run run)
    {
        var head = await store.HeadAsync();
        if (head.Seq != script.Setup.Count + run.Accepted)
        {
            throw new BenchFailure($"the log holds {head.Seq - script.Setup.Count:N0} ballots but {run.Accepted:N0} were accepted");
        }
        if (run.Refused > 0 || run.ReadFailures > 0)
        {
            throw new BenchFailure($"{run.Refused:N0} valid ballots refused, {run.ReadFailures:N0} reads failed");
        }
        progress.WriteLine($"  {run.Accepted:N0} accepted in {run.Elapsed.TotalSeconds:0.00} s, log head {head.Seq:N0}: nothing lost");
    }

    /// <summary>Runs <see cref="ServeBench"/>'s clients over the ballots (each takes the next unsent one) until all are sent or the time is up.</summary>
    private async Task<Run> DriveAsync(Func<int, Task<bool>> send, Func<int, Task<bool>>? read)
    {
        var next = -1;
        var accepted = 0;
        var refused = 0;
        var reads = 0;
        var readFailures = 0;
        var latencies = new List<double>[clients];
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = new List<double>(script.Ballots.Count / clients + 16);
            for (var i = Interlocked.Increment(ref next); i < script.Ballots.Count && clock.Elapsed < limit; i = Interlocked.Increment(ref next))
            {
                var start = Stopwatch.GetTimestamp();
                var ok = await send(i);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                Interlocked.Increment(ref ok ? ref accepted : ref refused);
                if (read is not null && readEvery > 0 && mine.Count % readEvery == 0)
                {
                    Interlocked.Increment(ref reads);
                    if (!await read(i))
                    {
                        Interlocked.Increment(ref readFailures);
                    }
                }
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed;
        process.Refresh();
        var cpuPerBallot = (process.TotalProcessorTime - cpu).TotalMicroseconds / Math.Max(1, accepted);
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Run(accepted, refused, reads, readFailures, elapsed, Percentile(all, 0.50), Percentile(all, 0.99), cpuPerBallot);
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static byte[] Body(SignedEvent b) => System.Text.Encoding.UTF8.GetBytes(new JsonObject
    {
        ["type"] = b.Type,
        ["payload"] = b.Payload.DeepClone(),
        ["author"] = b.Author.Value,
        ["time"] = b.Time,
        ["signature"] = b.Signature,
    }.ToJsonString());
}

/// <summary>One figure's run: ballots accepted and refused, reads, wall time, latency percentiles (ms), and the process's CPU time per accepted ballot (µs, every thread: clients, server, engine).</summary>
internal sealed record Run(int Accepted, int Refused, int Reads, int ReadFailures, TimeSpan Elapsed, double P50, double P99, double CpuPerBallot)
{
    public double Rate => Accepted / Elapsed.TotalSeconds;
}
