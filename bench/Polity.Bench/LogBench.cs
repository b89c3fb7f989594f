using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Polity.Engine;
using Polity.Engine.Storage;
using Polity.Ledger;

namespace Polity.Bench;

/// <summary>
/// <c>polity-bench log</c>: appends and verifies a generated signed log and reports each rate as a ratio
/// to a baseline measured in the same run (raw SQLite insert; native secp256k1 recovery on one thread).
/// Everything is written under one temp directory, deleted at the end.
/// </summary>
internal sealed class LogBench
{
    /// <summary>Entries per store transaction, for the baseline and every append figure.</summary>
    public const int BatchSize = 1_000;

    private const double AppendTarget = 0.5;
    private const double VerifyTarget = 0.7;

    private readonly GeneratedLog _log;
    private readonly StoredEvent[] _sealed;
    private readonly string _dir;
    private readonly TextWriter _progress;

    private LogBench(GeneratedLog log, StoredEvent[] sealedEntries, string dir, TextWriter progress)
    {
        _log = log;
        _sealed = sealedEntries;
        _dir = dir;
        _progress = progress;
    }

    /// <summary>Runs every figure <paramref name="runs"/> times (interleaved, fresh files each time) and prints the table.</summary>
    /// <returns>0 when every target passes, 3 when one is below, 1 when a correctness check failed.</returns>
    public static async Task<int> RunAsync(int events, int runs, TextWriter output, TextWriter progress)
    {
        var dir = Directory.CreateTempSubdirectory("polity-bench-").FullName;
        try
        {
            var log = LogGenerator.Generate(events, Path.Combine(AppContext.BaseDirectory, "commons-fund.yaml"), progress);
            var bench = new LogBench(log, Seal(log.Events), dir, progress);
            return await bench.MeasureAsync(runs, output);
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

    private async Task<int> MeasureAsync(int runs, TextWriter output)
    {
        var raw = new List<double>();
        var append = new List<double>();
        var batch = new List<double>();
        var recover = new List<double>();
        var verify = new List<double>();
        var (digests, signatures) = RecoveryInputs();
        for (var run = 1; run <= runs; run++)
        {
            _progress.WriteLine($"run {run}/{runs}");
            raw.Add(Rate(RawInsert(Path.Combine(_dir, $"raw-{run}.db"))));
            append.Add(Rate(await LogAppendAsync(Path.Combine(_dir, $"append-{run}.db"))));
            batch.Add(Rate(await EngineBatchAsync(Path.Combine(_dir, $"batch-{run}.db"))));
            recover.Add(Rate(Recover(digests, signatures)));
            verify.Add(Rate(await VerifyAsync(Path.Combine(_dir, $"append-{run}.db"))));
            foreach (var file in Directory.EnumerateFiles(_dir))
            {
                File.Delete(file);
            }
        }

        var n = _log.Events.Count;
        var state = _log.FinalState;
        output.WriteLine();
        output.WriteLine($"Polity log benchmark: {n:N0} signed events ({state.Stakeholders.Count:N0} stakeholders, {state.Proposals.Count:N0} proposals, " +
            $"commons-fund charter), {BatchSize:N0} entries per transaction, best and median of {runs} run(s), {Environment.ProcessorCount} cores");
        output.WriteLine();
        var table = new Table();
        table.Baseline("B1", "raw SQLite insert: the same rows (seq, type, hash, body text prepared in advance), same schema.sql and PRAGMAs, fresh file", raw);
        table.Baseline("B2", "secp256k1 recover: public-key recovery through native libsecp256k1 (EthKeys.Recover), 1 thread, digests prepared in advance", recover);
        var ok = table.Figure("A1", "log append: envelope (seq, prev) + canonical JSON + SHA-256 chain + SqliteEventStore.AppendAsync; no signature or rule checks",
            append, raw, "B1", AppendTarget);
        table.Figure("A2", "engine batch append: SubmitSignedBatchAsync = decode + signature checks (parallel) + rules + fold + seal + insert",
            batch, raw, "B1", null);
        ok &= table.Figure("V1", "verify: LogVerifier.VerifyAsync = read store + canonical form + hash links + signatures (parallel) + decode + every rule + fold",
            verify, recover, "B2", VerifyTarget);
        table.Write(output);
        return ok ? 0 : 3;
    }

    internal static double Rate((int Count, TimeSpan Elapsed) m) => m.Count / m.Elapsed.TotalSeconds;

    /// <summary>The entries the log append must produce, computed once, untimed: the raw baseline inserts exactly these.</summary>
    internal static StoredEvent[] Seal(IReadOnlyList<SignedEvent> events)
    {
        var entries = new StoredEvent[events.Count];
        var prev = EventEnvelope.GenesisPrev;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            entries[i] = StoredEvent.Seal(new EventEnvelope(i + 1, prev, e.Time, e.Type, e.Author.Value, e.Payload, e.Signature));
            prev = entries[i].Hash;
        }
        return entries;
    }

    /// <summary>B1: prepared INSERTs of pre-built rows, one transaction per batch, through the same schema script the store runs.</summary>
    private (int, TimeSpan) RawInsert(string path)
    {
        var rows = _sealed.Select(s => (s.Seq, s.Type, s.Hash, Body: Encoding.UTF8.GetString(s.Body))).ToArray();
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using (var schema = connection.CreateCommand())
        {
            schema.CommandText = "PRAGMA busy_timeout = 10000;" + EngineSchema();
            schema.ExecuteNonQuery();
        }
        Settle();
        var clock = Stopwatch.StartNew();
        for (var start = 0; start < rows.Length; start += BatchSize)
        {
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO events (seq, type, hash, body) VALUES ($seq, $type, $hash, $body)";
            var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
            var type = insert.Parameters.Add("$type", SqliteType.Text);
            var hash = insert.Parameters.Add("$hash", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            insert.Prepare();
            for (var i = start; i < Math.Min(start + BatchSize, rows.Length); i++)
            {
                seq.Value = rows[i].Seq;
                type.Value = rows[i].Type;
                hash.Value = rows[i].Hash;
                body.Value = rows[i].Body;
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        return (rows.Length, clock.Elapsed);
    }

    /// <summary>The engine's SQLite schema script, read from its assembly so the baseline cannot drift from it.</summary>
    private static string EngineSchema()
    {
        using var stream = typeof(SqliteEventStore).Assembly.GetManifestResourceStream("Polity.Engine.Sql.Sqlite.schema.sql")
            ?? throw new BenchFailure("the engine's schema.sql resource is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A1: what appending already-signed, already-checked events costs the log itself.</summary>
    private async Task<(int, TimeSpan)> LogAppendAsync(string path) =>
        await TreeBench.AppendAsync(await SqliteEventStore.OpenAsync(path), _log, _sealed);

    /// <summary>A2: the engine's batch API, from an empty store, in batches of <see cref="BatchSize"/>.</summary>
    private async Task<(int, TimeSpan)> EngineBatchAsync(string path)
    {
        var events = _log.Events.ToArray();
        await using var store = await SqliteEventStore.OpenAsync(path);
        using var network = await PolityNetwork.OpenAsync(store, TimeProvider.System);
        Settle();
        var clock = Stopwatch.StartNew();
        for (var start = 0; start < events.Length; start += BatchSize)
        {
            var outcome = await network.SubmitSignedBatchAsync(new ArraySegment<SignedEvent>(events, start, Math.Min(BatchSize, events.Length - start)));
            if (outcome is BatchOutcome.Refused refused)
            {
                throw new BenchFailure($"the engine refused event {start + refused.Index + 1}: {refused.Reason}");
            }
        }
        var elapsed = clock.Elapsed;
        Expect(network.Head.Hash == _sealed[^1].Hash, "the engine batch produced a different head hash than the reference sealing");
        Expect(network.State.EventCount == events.Length, "the engine batch folded a different number of events");
        return (events.Length, elapsed);
    }

    private (byte[][] Digests, byte[][] Signatures) RecoveryInputs()
    {
        var events = _log.Events;
        var digests = new byte[events.Count][];
        var signatures = new byte[events.Count][];
        Parallel.For(0, events.Count, i =>
        {
            var e = events[i];
            digests[i] = EventSigning.Digest(_log.Network, e.Time, e.Type, e.Author.Value, e.Payload);
            signatures[i] = Hashing.FromHex(e.Signature);
        });
        return (digests, signatures);
    }

    /// <summary>B2: recovery alone, one thread, including the comparison with the author.</summary>
    private (int, TimeSpan) Recover(byte[][] digests, byte[][] signatures)
    {
        var events = _log.Events;
        Settle();
        var mismatches = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < digests.Length; i++)
        {
            if (EthKeys.Recover(digests[i], signatures[i]) != events[i].Author.Value)
            {
                mismatches++;
            }
        }
        var elapsed = clock.Elapsed;
        Expect(mismatches == 0, $"{mismatches} signatures did not recover to their authors");
        return (digests.Length, elapsed);
    }

    /// <summary>V1: a full replay of the store the log append wrote.</summary>
    private async Task<(int, TimeSpan)> VerifyAsync(string path)
    {
        await using var store = await SqliteEventStore.OpenAsync(path);
        Settle();
        var clock = Stopwatch.StartNew();
        var report = await LogVerifier.VerifyAsync(store);
        var elapsed = clock.Elapsed;
        Expect(report.Ok && report.Verified == _log.Events.Count, $"verify failed: {report.Failure}");
        Expect(report.State!.EventCount == _log.FinalState.EventCount && report.State.Proposals.Count == _log.FinalState.Proposals.Count,
            "verify folded to a different state than the generator");
        return (_log.Events.Count, elapsed);
    }

    /// <summary>Starts each timed phase without the previous phase's garbage.</summary>
    internal static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    internal static void Expect(bool condition, string message)
    {
        if (!condition)
        {
            throw new BenchFailure(message);
        }
    }
}
