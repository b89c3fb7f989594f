using System.Text;
using Polity.Engine.Storage;
using Polity.Engine.Tests.Log;
using Polity.Ledger;

namespace Polity.Engine.Tests.Storage;

/// <summary>
/// What every <see cref="IEventStore"/> must do, written once and bound per database in one line
/// (<see cref="SqliteStoreTests"/>, <see cref="PostgresStoreTests"/>). Each test gets an empty log from
/// <see cref="ILogLocation"/> and opens it through <see cref="EventStores.OpenAsync"/>, as the CLI does.
/// </summary>
public abstract class EventStoreContract(ILogLocation location) : IAsyncLifetime
{
    private readonly List<IEventStore> _opened = [];

    /// <summary>The --db string of this test's log.</summary>
    protected string Db { get; private set; } = "";

    public async ValueTask InitializeAsync() => Db = await location.EmptyLogAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }

    protected async Task<IEventStore> OpenAsync()
    {
        var store = await EventStores.OpenAsync(Db, TestContext.Current.CancellationToken);
        _opened.Add(store);
        return store;
    }

    /// <summary>A raw entry: any bytes will do for the store, which neither parses nor checks them.</summary>
    protected static StoredEvent Entry(long seq, string text = "")
    {
        var body = Encoding.UTF8.GetBytes($$"""{"seq":{{seq}},"text":"{{text}}"}""");
        return new StoredEvent(seq, "v1.test", Hashing.ToHex(Hashing.Sha256(body)), body);
    }

    protected static async Task<List<StoredEvent>> ReadAllAsync(IEventStore store, long from = 1) =>
        await store.ReadAsync(from, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

    [Fact]
    public async Task An_empty_log_ends_at_seq_0_with_the_genesis_hash()
    {
        var store = await OpenAsync();
        (await store.HeadAsync()).ShouldBe(new LogHead(0, EventEnvelope.GenesisPrev));
        (await ReadAllAsync(store)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Appended_entries_read_back_byte_for_byte_and_move_the_head()
    {
        var store = await OpenAsync();
        // Bytes jsonb would rewrite: key order, escapes, non-ASCII and a four-byte character.
        var entries = new[] { Entry(1, "z"), Entry(2, "é \\u0000 \\\" 😀 \u2028"), Entry(3, "  spaced  ") };
        await store.AppendAsync(entries, 0);
        var read = await ReadAllAsync(store);
        read.Count.ShouldBe(3);
        for (var i = 0; i < 3; i++)
        {
            read[i].Seq.ShouldBe(entries[i].Seq);
            read[i].Type.ShouldBe(entries[i].Type);
            read[i].Hash.ShouldBe(entries[i].Hash);
            read[i].Body.ShouldBe(entries[i].Body);
        }
        (await store.HeadAsync()).ShouldBe(new LogHead(3, entries[2].Hash));
    }

    [Fact]
    public async Task Entries_must_run_consecutively_from_the_expected_head()
    {
        var store = await OpenAsync();
        await store.AppendAsync([Entry(1)], 0);
        await Should.ThrowAsync<ArgumentException>(() => store.AppendAsync([Entry(3)], 1));
        await Should.ThrowAsync<ArgumentException>(() => store.AppendAsync([Entry(2), Entry(4)], 1));
        await Should.ThrowAsync<ArgumentException>(() => store.AppendAsync([Entry(1)], 1));
        (await store.HeadAsync()).Seq.ShouldBe(1);
    }

    [Fact]
    public async Task A_stale_expected_head_is_a_concurrency_conflict_and_writes_nothing()
    {
        var store = await OpenAsync();
        await store.AppendAsync([Entry(1), Entry(2)], 0);
        await Should.ThrowAsync<ConcurrencyException>(() => store.AppendAsync([Entry(2, "fork")], 1));
        await Should.ThrowAsync<ConcurrencyException>(() => store.AppendAsync([Entry(1, "fork")], 0));
        await Should.ThrowAsync<ConcurrencyException>(() => store.AppendAsync([Entry(4, "gap")], 3));
        (await ReadAllAsync(store)).Select(e => e.Body).ShouldBe([Entry(1).Body, Entry(2).Body]);
    }

    [Fact]
    public async Task A_batch_that_fails_part_way_writes_none_of_it()
    {
        var store = await OpenAsync();
        await store.AppendAsync([Entry(1)], 0);
        var broken = new StoredEvent(4, null!, "00", [1]);
        await Should.ThrowAsync<Exception>(() => store.AppendAsync([Entry(2), Entry(3), broken, Entry(5)], 1));
        (await store.HeadAsync()).Seq.ShouldBe(1);
        await store.AppendAsync([Entry(2), Entry(3)], 1);
        (await ReadAllAsync(store)).Select(e => e.Seq).ShouldBe([1L, 2, 3]);
    }

    [Fact]
    public async Task Reads_start_at_the_given_seq()
    {
        var store = await OpenAsync();
        await store.AppendAsync([.. Enumerable.Range(1, 10).Select(i => Entry(i))], 0);
        (await ReadAllAsync(store, 7)).Select(e => e.Seq).ShouldBe([7L, 8, 9, 10]);
        (await ReadAllAsync(store, 11)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Reopening_keeps_every_entry()
    {
        var first = await OpenAsync();
        await first.AppendAsync([Entry(1), Entry(2)], 0);
        await first.DisposeAsync();
        _opened.Remove(first);
        var again = await OpenAsync();
        (await again.HeadAsync()).ShouldBe(new LogHead(2, Entry(2).Hash));
        await again.AppendAsync([Entry(3)], 2);
        (await ReadAllAsync(again)).Select(e => e.Body).ShouldBe([Entry(1).Body, Entry(2).Body, Entry(3).Body]);
    }

    [Fact]
    public async Task Writers_on_separate_connections_queue_instead_of_forking()
    {
        const int writers = 4, each = 25;
        var stores = new List<IEventStore>();
        for (var w = 0; w < writers; w++)
        {
            stores.Add(await OpenAsync());
        }
        var acknowledged = await Task.WhenAll(stores.Select((store, w) => Task.Run(async () =>
        {
            var mine = new List<StoredEvent>();
            while (mine.Count < each)
            {
                var head = await store.HeadAsync();
                var entry = Entry(head.Seq + 1, $"writer {w} #{mine.Count}");
                try
                {
                    await store.AppendAsync([entry], head.Seq);
                    mine.Add(entry);
                }
                catch (ConcurrencyException)
                {
                    await Task.Yield();
                }
            }
            return mine;
        })));
        var log = await ReadAllAsync(stores[0]);
        log.Select(e => e.Seq).ShouldBe(Enumerable.Range(1, writers * each).Select(i => (long)i));
        var bySeq = log.ToDictionary(e => e.Seq);
        foreach (var entry in acknowledged.SelectMany(a => a))
        {
            bySeq[entry.Seq].Body.ShouldBe(entry.Body, $"acknowledged seq {entry.Seq} was lost or overwritten");
        }
    }

    [Fact]
    public async Task A_network_founded_on_the_store_verifies_and_reopens_to_the_same_state()
    {
        await using var t = await TestNetwork.FoundAsync(await EventStores.OpenAsync(Db, TestContext.Current.CancellationToken));
        var id = await t.GrantInVotingAsync();
        await t.OkAsync("c1", new Core.Events.BallotCast(id, ["for"]));
        var report = await LogVerifier.VerifyAsync(t.Store, TestContext.Current.CancellationToken);
        report.Ok.ShouldBeTrue(report.Failure?.ToString());
        report.Verified.ShouldBe(t.Network.Head.Seq);

        var reopened = await OpenAsync();
        using var network = await PolityNetwork.OpenAsync(reopened, TimeProvider.System, TestContext.Current.CancellationToken);
        StateDigest.Of(network.State).ShouldBe(StateDigest.Of(t.Network.State));
        network.Head.ShouldBe(t.Network.Head);
    }
}
