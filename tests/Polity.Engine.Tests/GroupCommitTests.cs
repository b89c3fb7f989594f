using System.Text;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Engine.Serialization;
using Polity.Engine.Storage;
using Polity.Ledger;

namespace Polity.Engine.Tests;

/// <summary>
/// <see cref="PolityNetwork.SubmitSignedAsync"/> under concurrency: submissions that wait while an append runs share the
/// next store transaction, in arrival order, each checked and refused on its own, none answered before it is stored.
/// </summary>
public sealed class GroupCommitTests : IAsyncLifetime
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("polity-group-tests-");
    private readonly byte[] _operator = Key(0);
    private HeldStore _store = null!;
    private PolityNetwork _network = null!;

    public async ValueTask InitializeAsync()
    {
        _store = new HeldStore(await SqliteEventStore.OpenAsync(Path.Combine(_dir.FullName, "log.db")));
        _network = await PolityNetwork.OpenAsync(_store, TimeProvider.System);
        (await _network.SubmitSignedBatchAsync([Signed(_operator, new NetworkCreated("commons-fund", ClockMode.Simulated, WalletSigning.Charter))]))
            .ShouldBeOfType<BatchOutcome.Appended>();
        _store.Appends.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        _network.Dispose();
        await _store.DisposeAsync();
        _dir.Delete(recursive: true);
    }

    [Fact]
    public async Task Submissions_waiting_while_an_append_runs_are_stored_together_in_arrival_order()
    {
        var release = _store.HoldNext();
        var first = Submit(Registration(1));
        var waiting = Enumerable.Range(2, 20).Select(i => Submit(Registration(i))).ToList();
        waiting.ShouldAllBe(t => !t.IsCompleted); // nothing is answered before its transaction commits
        release.SetResult();

        (await first).ShouldBeOfType<AppendOutcome.Appended>().Seq.ShouldBe(2);
        var outcomes = await Task.WhenAll(waiting);

        outcomes.Select(o => o.ShouldBeOfType<AppendOutcome.Appended>().Seq).ShouldBe(Enumerable.Range(3, 20).Select(i => (long)i));
        _store.Appends.ShouldBe([1, 20]);
        await ShouldVerifyAsync(22);
    }

    [Fact]
    public async Task Within_a_group_each_submission_is_refused_on_its_own()
    {
        var release = _store.HoldNext();
        var first = Submit(Registration(1));
        var again = Registration(1, "Ana again");
        var ben = Registration(2);
        var forged = ben with { Author = Who(Key(9)) };
        var outcomes = new[] { Submit(again), Submit(ben), Submit(ben), Submit(forged), Submit(Registration(3)) };
        release.SetResult();
        await first;

        (await outcomes[0]).ShouldBeOfType<AppendOutcome.Refused>().Reason.Code.ShouldBe("already-registered");
        (await outcomes[1]).ShouldBeOfType<AppendOutcome.Appended>().Seq.ShouldBe(3);
        (await outcomes[2]).ShouldBeOfType<AppendOutcome.Refused>().Reason.Code.ShouldBe("already-registered");
        (await outcomes[3]).ShouldBeOfType<AppendOutcome.Refused>().Reason.Code.ShouldBe("bad-signature");
        (await outcomes[4]).ShouldBeOfType<AppendOutcome.Appended>().Seq.ShouldBe(4);
        _store.Appends.ShouldBe([1, 2]);
        await ShouldVerifyAsync(4);
    }

    [Fact]
    public async Task A_store_failure_fails_the_whole_group_writes_none_of_it_and_the_network_goes_on()
    {
        var release = _store.HoldNext();
        var first = Submit(Registration(1));
        _store.FailNext = true;
        var group = Enumerable.Range(2, 5).Select(i => Submit(Registration(i))).ToList();
        release.SetResult();

        (await first).ShouldBeOfType<AppendOutcome.Appended>();
        foreach (var failed in group)
        {
            await Should.ThrowAsync<IOException>(failed);
        }
        _network.Head.Seq.ShouldBe(2);
        (await _store.HeadAsync(TestContext.Current.CancellationToken)).ShouldBe(_network.Head);
        _network.State.Stakeholders.Count.ShouldBe(1);

        var retried = await Task.WhenAll(Enumerable.Range(2, 5).Select(i => Submit(Registration(i))));
        retried.ShouldAllBe(o => o is AppendOutcome.Appended);
        await ShouldVerifyAsync(7);
    }

    [Fact]
    public async Task Many_concurrent_submissions_all_land_once_on_an_unbroken_chain()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 200).Select(i => Task.Run(() => Submit(Registration(i)))));

        outcomes.Select(o => o.ShouldBeOfType<AppendOutcome.Appended>().Seq).Order().ShouldBe(Enumerable.Range(2, 200).Select(i => (long)i));
        _network.State.Stakeholders.Count.ShouldBe(200);
        await ShouldVerifyAsync(201);
    }

    private Task<AppendOutcome> Submit(SignedEvent e) => _network.SubmitSignedAsync(e.Type, e.Payload, e.Author, e.Time, e.Signature);

    private async Task ShouldVerifyAsync(long entries)
    {
        var report = await LogVerifier.VerifyAsync(_store, TestContext.Current.CancellationToken);
        report.Ok.ShouldBeTrue(report.Failure?.ToString());
        report.Verified.ShouldBe(entries);
    }

    /// <summary>The operator registers stakeholder <paramref name="index"/> (before launch).</summary>
    private SignedEvent Registration(int index, string? name = null) =>
        Signed(_operator, new StakeholderRegistered(Who(Key(100 + index)), name ?? $"Stakeholder {index}", "person", []));

    private static SignedEvent Signed(byte[] key, PolityEvent e) => WalletSigning.Signed(key, e);

    private static Address Who(byte[] key) => WalletSigning.Who(key);

    private static byte[] Key(int index) => WalletSigning.Key("group-test-key", index);

    /// <summary>A store that can hold its next append until released, or fail it before anything is written; records each append's size.</summary>
    private sealed class HeldStore(IEventStore inner) : IEventStore
    {
        private TaskCompletionSource? _hold;

        public List<int> Appends { get; } = [];

        public bool FailNext { get; set; }

        public TaskCompletionSource HoldNext() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task AppendAsync(IReadOnlyList<StoredEvent> entries, long expectedHead, CancellationToken ct = default)
        {
            if (FailNext)
            {
                FailNext = false;
                throw new IOException("disk gone");
            }
            if (Interlocked.Exchange(ref _hold, null) is { } hold)
            {
                await hold.Task;
            }
            await inner.AppendAsync(entries, expectedHead, ct);
            Appends.Add(entries.Count);
        }

        public Task<LogHead> HeadAsync(CancellationToken ct = default) => inner.HeadAsync(ct);

        public IAsyncEnumerable<StoredEvent> ReadAsync(long fromSeq = 1, CancellationToken ct = default) => inner.ReadAsync(fromSeq, ct);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
