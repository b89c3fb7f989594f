using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Engine;
using Polity.Engine.Keys;
using Polity.Engine.Proposals;
using Polity.Engine.Signing;
using Polity.Engine.Storage;
using Polity.Ledger;

namespace Polity.Cli.Tests.Storage;

/// <summary>
/// A log with a network and two writer keys (w1, w2), and real <c>polity append-load</c> processes writing
/// to it: each prints "seq hash" after every commit, so the test knows exactly what was acknowledged.
/// </summary>
public sealed class WriterLog : IAsyncDisposable
{
    private const string Password = "test-password";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("polity-writers-");

    private WriterLog(string db) => Db = db;

    /// <summary>The --db string.</summary>
    public string Db { get; }

    /// <summary>Entries written before any writer started.</summary>
    public long Setup { get; private set; }

    private string KeysDir => Path.Combine(_dir.FullName, "keys");

    /// <summary>A log at <paramref name="db"/>, or a SQLite file in a temp folder when null.</summary>
    public static async Task<WriterLog> CreateAsync(string? db)
    {
        var log = new WriterLog(db ?? Path.Combine(Directory.CreateTempSubdirectory("polity-writers-db-").FullName, "polity.db"));
        var ring = new KeyRing(log.KeysDir);
        var keys = new[] { "operator", "w1", "w2" }.ToDictionary(n => n, n =>
        {
            var key = SHA256.HashData(Encoding.UTF8.GetBytes("polity-writer-key:" + n));
            ring.Import(n, key, Password, KeystoreStrength.Light);
            return new KeySigner(key);
        });
        await using var store = await EventStores.OpenAsync(log.Db);
        using var network = await PolityNetwork.OpenAsync(store, TimeProvider.System);
        var charter = ProposalFile.LoadCharter(Path.Combine(AppContext.BaseDirectory, "examples", "charters", "commons-fund.yaml"));
        await OkAsync(network, new NetworkCreated("commons-fund", ClockMode.Simulated, charter), keys["operator"]);
        foreach (var w in new[] { "w1", "w2" })
        {
            await OkAsync(network, new StakeholderRegistered(keys[w].Address, w.ToUpperInvariant(), "person", []), keys["operator"]);
        }
        log.Setup = network.Head.Seq;
        return log;
    }

    private static async Task OkAsync(PolityNetwork network, PolityEvent e, IEventSigner signer) =>
        (await network.SubmitAsync(e, signer)).ShouldBeOfType<AppendOutcome.Appended>();

    /// <summary>Starts <c>polity append-load</c> as <paramref name="who"/>.</summary>
    /// <remarks>
    /// Each run gets its own memo: on a simulated clock the time stands still and signatures are deterministic
    /// (RFC 6979), so a second run's deposits would otherwise be byte-identical replays of the first's.
    /// </remarks>
    public Writer Start(string who, int count)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "polity.dll"), "append-load", "--db", Db, "--keys", KeysDir, "--as", who,
                     "--asset", "EUR", "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--memo", $"{who}-{Guid.NewGuid():N}" })
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["POLITY_PASSWORD"] = Password;
        return new Writer(Process.Start(start)!);
    }

    /// <summary>Checks the whole log: it verifies, its seqs run 1..head without a gap, and every acknowledged entry is there.</summary>
    public async Task<long> CheckAsync(IEnumerable<(long Seq, string Hash)> acknowledged)
    {
        await using var store = await EventStores.OpenAsync(Db);
        var report = await LogVerifier.VerifyAsync(store);
        report.Ok.ShouldBeTrue(report.Failure?.ToString());
        var hashes = new Dictionary<long, string>();
        await foreach (var e in store.ReadAsync())
        {
            hashes[e.Seq] = e.Hash;
        }
        hashes.Keys.Order().ShouldBe(Enumerable.Range(1, hashes.Count).Select(i => (long)i));
        report.Verified.ShouldBe(hashes.Count);
        foreach (var (seq, hash) in acknowledged)
        {
            hashes.GetValueOrDefault(seq).ShouldBe(hash, $"acknowledged seq {seq} is missing or different");
        }
        return hashes.Count;
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
        if (!EventStores.IsPostgres(Db))
        {
            Directory.Delete(Path.GetDirectoryName(Db)!, recursive: true);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>A running writer and the commits it has acknowledged so far.</summary>
    public sealed class Writer : IDisposable
    {
        private readonly Process _process;
        private readonly Task<string> _stderr;
        private readonly Task _reading;
        private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<(long, string)> _acknowledged = [];

        internal Writer(Process process)
        {
            _process = process;
            _process.StandardInput.Close();
            _stderr = process.StandardError.ReadToEndAsync();
            _reading = Task.Run(ReadAsync);
        }

        /// <summary>Every "seq hash" line printed in full (a line cut short by a kill is not an acknowledgement).</summary>
        public IReadOnlyList<(long Seq, string Hash)> Acknowledged
        {
            get
            {
                lock (_acknowledged)
                {
                    return [.. _acknowledged];
                }
            }
        }

        /// <summary>Completes when the first commit is acknowledged.</summary>
        public Task FirstCommit => _first.Task;

        private async Task ReadAsync()
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                var parts = line.Split(' ');
                if (parts.Length == 2 && parts[1].Length == 64 && long.TryParse(parts[0], out var seq))
                {
                    lock (_acknowledged)
                    {
                        _acknowledged.Add((seq, parts[1]));
                    }
                    _first.TrySetResult();
                }
            }
            _first.TrySetException(new InvalidOperationException("the writer ended before its first commit"));
        }

        /// <summary>Waits for a normal exit and insists on exit code 0.</summary>
        public async Task FinishAsync(TimeSpan timeout)
        {
            using var cts = new CancellationTokenSource(timeout);
            await _process.WaitForExitAsync(cts.Token);
            await _reading;
            _process.ExitCode.ShouldBe(0, await _stderr);
        }

        /// <summary>SIGKILL: no chance to finish a transaction or flush anything.</summary>
        public async Task KillAsync()
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            await _reading;
        }

        /// <summary>What the writer said on stderr (after it ended).</summary>
        public Task<string> ErrorsAsync() => _stderr;

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
            _process.Dispose();
        }
    }
}
