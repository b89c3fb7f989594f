using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Simulation;
using Polity.Engine.Proposals;
using Polity.Engine.Serialization;
using Polity.Engine.Simulation;
using Polity.Engine.Storage;
using Polity.Engine.Tests.Charters;
using Polity.Ledger;

namespace Polity.Engine.Tests.Simulation;

public class SimulationNeverWritesProperties
{
    private static readonly CharterVersion V2 = ProposalFile.LoadCharter(Path.Combine(CharterFiles.RepositoryRoot, "examples/charters/commons-fund-v2.yaml"));
    private static readonly CharterVersion Strict = ProposalFile.LoadCharter(Path.Combine(CharterFiles.RepositoryRoot, "examples/simulation/commons-fund-v2-quorum.yaml"));

    /// <summary>A store that holds entries in memory and counts every attempt to write.</summary>
    private sealed class CountingStore(IReadOnlyList<StoredEvent> entries) : IEventStore
    {
        public int Writes { get; private set; }

        public Task<LogHead> HeadAsync(CancellationToken ct = default) =>
            Task.FromResult(entries.Count == 0 ? new LogHead(0, EventEnvelope.GenesisPrev) : new LogHead(entries[^1].Seq, entries[^1].Hash));

        public Task AppendAsync(IReadOnlyList<StoredEvent> more, long expectedHead, CancellationToken ct = default)
        {
            Writes++;
            throw new InvalidOperationException("a simulation must not write");
        }

        public async IAsyncEnumerable<StoredEvent> ReadAsync(long fromSeq = 1, [EnumeratorCancellation] CancellationToken ct = default)
        {
            foreach (var e in entries.Where(e => e.Seq >= fromSeq))
            {
                await Task.Yield();
                yield return e;
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>Random small populations: up to 4 members per house, any turnout and lean, 1–3 grants and policies.</summary>
    private static Arbitrary<PopulationSpec> Specs() =>
        (from seed in Gen.Choose(0, int.MaxValue)
         from sizes in Gen.ArrayOf(Gen.Choose(1, 4), 3)
         from shares in Gen.ArrayOf(Gen.Choose(0, 10), 6)
         from grants in Gen.Choose(1, 3)
         from policies in Gen.Choose(1, 3)
         select new PopulationSpec((ulong)seed,
         [
             new HousePopulation("funders", sizes[0], 1, 50, new Ratio(shares[0], 10), new Ratio(shares[1], 10), Ratio.Zero, Ratio.Zero),
             new HousePopulation("grantees", sizes[1], 1, 1, new Ratio(shares[2], 10), new Ratio(shares[3], 10), Ratio.Zero, Ratio.Zero),
             new HousePopulation("community", sizes[2], 1, 1, new Ratio(shares[4], 10), new Ratio(shares[5], 10), Ratio.Zero, new Ratio(1, 2)),
         ],
         [new ProposalCount("grant", grants), new ProposalCount("policy", policies)])).ToArbitrary();

    /// <summary>The synthetic history as a chained log (signatures are placeholders: replay does not check them).</summary>
    private static List<StoredEvent> Stored(IReadOnlyList<(PolityEvent Event, Core.Rules.EventContext Context)> history)
    {
        var entries = new List<StoredEvent>();
        var prev = EventEnvelope.GenesisPrev;
        foreach (var (e, ctx) in history)
        {
            var (type, payload) = EventCodec.Encode(e);
            var entry = StoredEvent.Seal(new EventEnvelope(ctx.Seq, prev, ctx.Time, type, ctx.Author.Value, payload, "0x" + new string('1', 130)));
            entries.Add(entry);
            prev = entry.Hash;
        }
        return entries;
    }

    [FsCheck.Xunit.Property(MaxTest = 15)]
    public Property Replaying_a_log_under_any_charter_never_writes_and_the_recorded_one_changes_nothing() =>
        Prop.ForAll(Specs(), spec =>
        {
            var entries = Stored(PopulationGenerator.Generate(V2, spec));
            var bytes = entries.Select(e => e.Body.ToArray()).ToList();
            var store = new CountingStore(entries);

            var history = Polity.Engine.Reports.LogHistory.ReadAsync(store).GetAwaiter().GetResult();
            var recorded = CharterReplay.Run(history, null);
            CharterReplay.Run(history, Strict);
            CharterReplay.Run(history, Strict, fromSeq: history.Count / 2);

            return store.Writes == 0
                && entries.Select(e => e.Body).Zip(bytes).All(p => p.First.AsSpan().SequenceEqual(p.Second))
                && recorded.ChangedProposals().Count == 0;
        });
}
