using System.Text;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Engine.Serialization;
using Polity.Engine.Storage;
using Polity.Ledger;

namespace Polity.Engine.Tests;

/// <summary><see cref="PolityNetwork.SubmitSignedBatchAsync"/>: all or nothing, checked exactly like one-by-one appends.</summary>
public sealed class BatchAppendTests : IAsyncLifetime
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("polity-batch-tests-");
    private readonly byte[] _operator = Key(0);
    private readonly byte[] _ana = Key(1);
    private readonly byte[] _ben = Key(2);
    private SqliteEventStore _store = null!;
    private PolityNetwork _network = null!;

    public async ValueTask InitializeAsync()
    {
        _store = await SqliteEventStore.OpenAsync(Path.Combine(_dir.FullName, "log.db"));
        _network = await PolityNetwork.OpenAsync(_store, TimeProvider.System);
    }

    public async ValueTask DisposeAsync()
    {
        _network.Dispose();
        await _store.DisposeAsync();
        _dir.Delete(recursive: true);
    }

    [Fact]
    public async Task A_valid_batch_is_appended_in_order_and_verifies()
    {
        var founding = Founding();

        var outcome = await _network.SubmitSignedBatchAsync(founding, TestContext.Current.CancellationToken);

        var appended = outcome.ShouldBeOfType<BatchOutcome.Appended>();
        appended.FirstSeq.ShouldBe(1);
        appended.LastSeq.ShouldBe(founding.Count);
        (await _store.HeadAsync(TestContext.Current.CancellationToken)).ShouldBe(new LogHead(founding.Count, appended.Hash));
        _network.Head.ShouldBe(new LogHead(founding.Count, appended.Hash));
        _network.State.Launched.ShouldBeTrue();
        _network.State.IsMember("community", Who(_ana)).ShouldBeTrue();
        var report = await LogVerifier.VerifyAsync(_store, TestContext.Current.CancellationToken);
        report.Ok.ShouldBeTrue(report.Failure?.ToString());
        report.Verified.ShouldBe(founding.Count);
    }

    [Fact]
    public async Task A_batch_writes_the_same_bytes_as_appending_one_by_one()
    {
        var founding = Founding();
        await using var single = await SqliteEventStore.OpenAsync(Path.Combine(_dir.FullName, "single.db"), TestContext.Current.CancellationToken);
        using var oneByOne = await PolityNetwork.OpenAsync(single, TimeProvider.System, TestContext.Current.CancellationToken);
        foreach (var e in founding)
        {
            (await oneByOne.SubmitSignedAsync(e.Type, e.Payload, e.Author, e.Time, e.Signature, TestContext.Current.CancellationToken))
                .ShouldBeOfType<AppendOutcome.Appended>();
        }

        await _network.SubmitSignedBatchAsync(founding, TestContext.Current.CancellationToken);

        _network.Head.ShouldBe(oneByOne.Head);
        (await ReadAllAsync(_store)).ShouldBe(await ReadAllAsync(single));
    }

    [Fact]
    public async Task A_forged_signature_refuses_the_whole_batch_and_writes_nothing()
    {
        var founding = Founding();
        var first = await _network.SubmitSignedBatchAsync(founding.Take(2).ToList(), TestContext.Current.CancellationToken);
        var head = _network.Head;
        var state = _network.State;
        var rest = founding.Skip(2).ToList();
        // Ben signs an event that claims the operator as its author.
        var forged = rest[1] with { Signature = EventSigning.Sign("commons-fund", rest[1].Time, rest[1].Type, rest[1].Payload, _ben) };
        rest[1] = forged;

        var outcome = await _network.SubmitSignedBatchAsync(rest, TestContext.Current.CancellationToken);

        first.ShouldBeOfType<BatchOutcome.Appended>();
        var refused = outcome.ShouldBeOfType<BatchOutcome.Refused>();
        refused.Index.ShouldBe(1);
        refused.Reason.Code.ShouldBe("bad-signature");
        _network.Head.ShouldBe(head);
        _network.State.ShouldBeSameAs(state);
        (await _store.HeadAsync(TestContext.Current.CancellationToken)).ShouldBe(head);
        (await ReadAllAsync(_store)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_rule_breaking_event_refuses_the_whole_batch_and_writes_nothing()
    {
        var founding = Founding();
        // Registering Ana a second time breaks a rule; every event before it is fine.
        var batch = founding.ToList();
        batch.Insert(5, founding[1]);

        var outcome = await _network.SubmitSignedBatchAsync(batch, TestContext.Current.CancellationToken);

        var refused = outcome.ShouldBeOfType<BatchOutcome.Refused>();
        refused.Index.ShouldBe(5);
        refused.Reason.Code.ShouldBe("already-registered");
        _network.StateOrNull.ShouldBeNull();
        _network.Head.ShouldBe(new LogHead(0, EventEnvelope.GenesisPrev));
        (await ReadAllAsync(_store)).ShouldBeEmpty();

        // The events before the refused one go through on their own.
        (await _network.SubmitSignedBatchAsync(founding, TestContext.Current.CancellationToken)).ShouldBeOfType<BatchOutcome.Appended>();
    }

    [Fact]
    public async Task An_unknown_event_type_is_refused_as_a_bad_payload()
    {
        var founding = Founding();
        founding[2] = founding[2] with { Type = "v1.no-such-event" };

        var outcome = await _network.SubmitSignedBatchAsync(founding, TestContext.Current.CancellationToken);

        var refused = outcome.ShouldBeOfType<BatchOutcome.Refused>();
        refused.Index.ShouldBe(2);
        refused.Reason.Code.ShouldBe("bad-payload");
        (await ReadAllAsync(_store)).ShouldBeEmpty();
    }

    /// <summary>Create, register and admit Ana and Ben (by the operator, before launch), launch.</summary>
    private List<SignedEvent> Founding() =>
    [
        Signed(_operator, new NetworkCreated("commons-fund", ClockMode.Simulated, WalletSigning.Charter)),
        Signed(_operator, new StakeholderRegistered(Who(_ana), "Ana", "person", [])),
        Signed(_operator, new MemberAdmitted("community", Who(_ana), 0)),
        Signed(_operator, new StakeholderRegistered(Who(_ben), "Ben", "organisation", [])),
        Signed(_operator, new MemberAdmitted("grantees", Who(_ben), 0)),
        Signed(_operator, new NetworkLaunched()),
    ];

    private static SignedEvent Signed(byte[] key, PolityEvent e) => WalletSigning.Signed(key, e);

    private static Address Who(byte[] key) => WalletSigning.Who(key);

    private static byte[] Key(int index) => WalletSigning.Key("batch-test-key", index);

    private static async Task<List<string>> ReadAllAsync(SqliteEventStore store)
    {
        var rows = new List<string>();
        await foreach (var e in store.ReadAsync(1, TestContext.Current.CancellationToken))
        {
            rows.Add($"{e.Seq} {e.Hash} {Encoding.UTF8.GetString(e.Body)}");
        }
        return rows;
    }
}
