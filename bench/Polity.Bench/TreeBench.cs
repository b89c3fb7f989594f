using System.Diagnostics;
using Polity.Engine;
using Polity.Engine.Storage;
using Polity.Ledger;
using Polity.Ledger.Merkle;

namespace Polity.Bench;

/// <summary>
/// <c>polity-bench tree</c>: the verifiable log at scale. Builds the RFC 9162 Merkle tree over a generated signed
/// log, generates and checks proofs, appends to SQLite (and PostgreSQL when <c>POLITY_BENCH_PG</c> names a
/// database), and verifies the whole log; every rate is a ratio to a baseline measured in the same run:
/// raw SHA-256 over the same entry bytes, and raw native secp256k1 recovery.
/// </summary>
internal static class TreeBench
{
    private const double TreeTarget = 0.5;
    private const double VerifyTarget = 0.7;
    private const int Proofs = 100_000;
    private const int RecoverySample = 100_000;

    public static async Task<int> RunAsync(int events, int runs, TextWriter output, TextWriter progress)
    {
        var dir = Directory.CreateTempSubdirectory("polity-tree-bench-").FullName;
        try
        {
            var log = LogGenerator.Generate(events, Path.Combine(AppContext.BaseDirectory, "commons-fund.yaml"), progress);
            var entries = LogBench.Seal(log.Events);
            var bodies = entries.Select(e => (ReadOnlyMemory<byte>)e.Body).ToArray();
            var pg = Environment.GetEnvironmentVariable("POLITY_BENCH_PG");
            var (sha, tree, range, prove, check, sqlite, postgres, recover, verify) = (new List<double>(), new List<double>(), new List<double>(),
                new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
            for (var run = 1; run <= runs; run++)
            {
                progress.WriteLine($"run {run}/{runs}");
                sha.Add(LogBench.Rate(RawSha256(bodies)));
                var (built, rate) = BuildTree(bodies);
                tree.Add(rate);
                range.Add(LogBench.Rate(BuildTreeInParallel(bodies, built.Root)));
                var (proveRate, checkRate) = ProveAndCheck(built, entries);
                prove.Add(proveRate);
                check.Add(checkRate);
                sqlite.Add(LogBench.Rate(await AppendAsync(await SqliteEventStore.OpenAsync(Path.Combine(dir, $"append-{run}.db")), log, entries)));
                if (pg is not null)
                {
                    postgres.Add(LogBench.Rate(await AppendAsync(await PostgresEventStore.OpenAsync(pg, $"bench_{Environment.ProcessId}_{run}"), log, entries)));
                }
                recover.Add(LogBench.Rate(Recover(log, Math.Min(RecoverySample, log.Events.Count))));
                verify.Add(LogBench.Rate(Verify(bodies, built.Root, log.Events.Count)));
                progress.WriteLine($"  verified {log.Events.Count:N0} events");
            }

            output.WriteLine();
            output.WriteLine($"Polity verifiable-log benchmark: {events:N0} signed events ({log.FinalState.Stakeholders.Count:N0} stakeholders, " +
                $"{log.FinalState.Proposals.Count:N0} proposals), average entry {bodies.Average(b => b.Length):N0} bytes, best and median of {runs} run(s), {Environment.ProcessorCount} cores");
            output.WriteLine();
            var table = new Table();
            table.Baseline("B1", "raw SHA-256: one SHA-256 over each entry's bytes, 1 thread", sha);
            table.Baseline("B2", $"secp256k1 recover: native libsecp256k1 (EthKeys.Recover), 1 thread, first {Math.Min(RecoverySample, events):N0} signatures", recover);
            var ok = table.Figure("T1", "tree build: MerkleTree.Append of every entry (leaf + node hashes, RFC 9162), 1 thread", tree, sha, "B1", TreeTarget);
            table.Figure("T2", "tree build, parallel: MerkleTree.AppendRange over all entries, both cores", range, sha, "B1", null);
            table.Figure("P1", $"inclusion proofs: MerkleTree.InclusionProof at {Proofs:N0} random seqs against the full tree (proofs/s)", prove, sha, "B1", null);
            table.Figure("P2", $"proof checks: MerkleVerifier.VerifyEntryInclusion of those proofs from the entry bytes (checks/s)", check, sha, "B1", null);
            table.Figure("A1", "append SQLite: envelope + canonical JSON + SHA-256 chain + insert, 1,000 per transaction", sqlite, sha, "B1", null);
            if (postgres.Count > 0)
            {
                table.Figure("A2", "append PostgreSQL: the same through PostgresEventStore (advisory-locked transactions of 1,000)", postgres, sha, "B1", null);
            }
            ok &= table.Figure("V1", "full verification: LogVerifier (canonical form, links, signatures on both cores, every rule, fold) + Merkle root rebuilt",
                verify, recover, "B2", VerifyTarget);
            table.Write(output);
            if (postgres.Count == 0)
            {
                output.WriteLine("A2 (append PostgreSQL) not run: set POLITY_BENCH_PG to a connection string (see bench/README.md).");
            }
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

    private static (int, TimeSpan) RawSha256(ReadOnlyMemory<byte>[] bodies)
    {
        Span<byte> hash = stackalloc byte[32];
        LogBench.Settle();
        var clock = Stopwatch.StartNew();
        foreach (var body in bodies)
        {
            System.Security.Cryptography.SHA256.HashData(body.Span, hash);
        }
        return (bodies.Length, clock.Elapsed);
    }

    private static (MerkleTree Tree, double Rate) BuildTree(ReadOnlyMemory<byte>[] bodies)
    {
        LogBench.Settle();
        var clock = Stopwatch.StartNew();
        var tree = new MerkleTree();
        foreach (var body in bodies)
        {
            tree.Append(body.Span);
        }
        return (tree, bodies.Length / clock.Elapsed.TotalSeconds);
    }

    private static (int, TimeSpan) BuildTreeInParallel(ReadOnlyMemory<byte>[] bodies, byte[] expectedRoot)
    {
        LogBench.Settle();
        var clock = Stopwatch.StartNew();
        var tree = new MerkleTree();
        tree.AppendRange(bodies);
        var elapsed = clock.Elapsed;
        LogBench.Expect(tree.Root.AsSpan().SequenceEqual(expectedRoot), "the parallel tree has a different root");
        return (bodies.Length, elapsed);
    }

    private static (double Prove, double Check) ProveAndCheck(MerkleTree tree, StoredEvent[] entries)
    {
        var random = new Random(42);
        var indexes = Enumerable.Range(0, Proofs).Select(_ => (long)random.Next(entries.Length)).ToArray();
        var root = tree.Root;
        LogBench.Settle();
        var clock = Stopwatch.StartNew();
        var proofs = new IReadOnlyList<byte[]>[indexes.Length];
        for (var i = 0; i < indexes.Length; i++)
        {
            proofs[i] = tree.InclusionProof(indexes[i], tree.Size);
        }
        var prove = indexes.Length / clock.Elapsed.TotalSeconds;
        clock.Restart();
        for (var i = 0; i < indexes.Length; i++)
        {
            LogBench.Expect(MerkleVerifier.VerifyEntryInclusion(entries[indexes[i]].Body, indexes[i], tree.Size, proofs[i], root), $"proof {indexes[i]} did not verify");
        }
        return (prove, indexes.Length / clock.Elapsed.TotalSeconds);
    }

    /// <summary>Seals each signed event onto the chain (envelope, canonical bytes, SHA-256) and appends in transactions of 1,000.</summary>
    internal static async Task<(int, TimeSpan)> AppendAsync(IEventStore store, GeneratedLog log, StoredEvent[] reference)
    {
        await using (store)
        {
            var events = log.Events;
            LogBench.Settle();
            var clock = Stopwatch.StartNew();
            var prev = EventEnvelope.GenesisPrev;
            for (var start = 0; start < events.Count; start += LogBench.BatchSize)
            {
                var batch = new StoredEvent[Math.Min(LogBench.BatchSize, events.Count - start)];
                for (var j = 0; j < batch.Length; j++)
                {
                    var e = events[start + j];
                    batch[j] = StoredEvent.Seal(new EventEnvelope(start + j + 1, prev, e.Time, e.Type, e.Author.Value, e.Payload, e.Signature));
                    prev = batch[j].Hash;
                }
                await store.AppendAsync(batch, start);
            }
            var elapsed = clock.Elapsed;
            LogBench.Expect((await store.HeadAsync()).Hash == reference[^1].Hash, "the store's head differs from the sealed log's");
            return (events.Count, elapsed);
        }
    }

    private static (int, TimeSpan) Recover(GeneratedLog log, int count)
    {
        var digests = new byte[count][];
        var signatures = new byte[count][];
        Parallel.For(0, count, i =>
        {
            var e = log.Events[i];
            digests[i] = EventSigning.Digest(log.Network, e.Time, e.Type, e.Author.Value, e.Payload);
            signatures[i] = Hashing.FromHex(e.Signature);
        });
        LogBench.Settle();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            LogBench.Expect(EthKeys.Recover(digests[i], signatures[i]) == log.Events[i].Author.Value, $"signature {i + 1} did not recover");
        }
        return (count, clock.Elapsed);
    }

    private static (int, TimeSpan) Verify(ReadOnlyMemory<byte>[] bodies, byte[] root, int count)
    {
        LogBench.Settle();
        var clock = Stopwatch.StartNew();
        var report = LogVerifier.Verify(bodies);
        var tree = new MerkleTree();
        tree.AppendRange(bodies);
        var elapsed = clock.Elapsed;
        LogBench.Expect(report.Ok && report.Verified == count, $"verify failed: {report.Failure}");
        LogBench.Expect(tree.Root.AsSpan().SequenceEqual(root), "the verifier's tree has a different root");
        return (count, elapsed);
    }
}
