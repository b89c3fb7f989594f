using System.Text;
using System.Text.Json.Nodes;

namespace Polity.Ledger.Tests;

public sealed class LogVerificationTests
{
    private const int Count = 300;
    private static readonly List<EventEnvelope> Valid = TestChain.Envelopes(Count);

    private static List<ReadOnlyMemory<byte>> Entries() => TestChain.Entries(Valid);

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(2)]
    public void Accepts_a_valid_chain_signed_by_several_keys(int parallelism)
    {
        var check = LogVerification.VerifyChain(Entries(), TestChain.Network, parallelism);

        check.FirstFailure.ShouldBeNull();
        check.IsValid.ShouldBeTrue();
        check.Envelopes.Count.ShouldBe(Count);
        check.Envelopes[150].ToCanonicalBytes().ShouldBe(Valid[150].ToCanonicalBytes());
        Valid.Select(e => e.Author).Distinct().Count().ShouldBe(4);
    }

    [Fact]
    public void Accepts_an_empty_log() =>
        LogVerification.VerifyChain([], TestChain.Network).IsValid.ShouldBeTrue();

    [Fact]
    public void Rejects_the_right_chain_under_another_network() =>
        ShouldFail(Entries(), 1, ChainFailureKinds.Signature, "othernet");

    [Theory]
    [InlineData(1)]
    [InlineData(129)]
    [InlineData(256)]
    [InlineData(300)]
    public void Reports_a_flipped_payload_byte_as_a_bad_signature_at_that_seq(int k)
    {
        var entries = Entries();
        var text = Encoding.UTF8.GetString(entries[k - 1].Span);
        var at = text.IndexOf("entry ", StringComparison.Ordinal) + 6;
        var bytes = entries[k - 1].ToArray();
        bytes[at] ^= 0x01; // a digit becomes another digit: still canonical, no longer what was signed
        entries[k - 1] = bytes;

        ShouldFail(entries, k, ChainFailureKinds.Signature);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(200)]
    public void Reports_a_changed_signature_at_that_seq(int k)
    {
        var entries = Entries();
        var other = Valid[k - 1] with { Signature = Valid[k].Signature };
        entries[k - 1] = other.ToCanonicalBytes();

        ShouldFail(entries, k, ChainFailureKinds.Signature);
    }

    [Fact]
    public void Reports_a_garbled_signature_at_that_seq()
    {
        var entries = Entries();
        entries[41] = (Valid[41] with { Signature = "0x" + new string('f', 130) }).ToCanonicalBytes();

        ShouldFail(entries, 42, ChainFailureKinds.Signature);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(137)]
    public void Reports_two_swapped_entries_at_the_first_position(int k)
    {
        var entries = Entries();
        (entries[k - 1], entries[k]) = (entries[k], entries[k - 1]);

        ShouldFail(entries, k, ChainFailureKinds.Seq);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(77)]
    [InlineData(300)]
    public void Reports_a_dropped_entry_where_it_is_missing(int k)
    {
        var entries = Entries();
        entries.RemoveAt(k - 1);

        var check = k == Count ? LogVerification.VerifyChain(entries, TestChain.Network) : ShouldFail(entries, k, ChainFailureKinds.Seq);

        check.Envelopes.Count.ShouldBe(k - 1);
    }

    [Fact]
    public void Reports_a_wrong_seq_even_when_the_hash_links_are_rewritten()
    {
        var envelopes = Valid.Take(10).ToList();
        envelopes[4] = envelopes[4] with { Seq = 6 };
        var entries = Relink(envelopes);

        ShouldFail(entries, 5, ChainFailureKinds.Seq);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(180)]
    public void Reports_a_wrong_prev_as_a_broken_hash_link(int k)
    {
        var entries = Entries();
        entries[k - 1] = (Valid[k - 1] with { Prev = new string('e', 64) }).ToCanonicalBytes();

        ShouldFail(entries, k, ChainFailureKinds.HashLink);
    }

    [Fact]
    public void Reports_time_going_backwards()
    {
        var key = TestChain.Key(0);
        var author = EthKeys.AddressOf(key);
        var payload = new JsonObject { ["x"] = 1 };
        var first = new EventEnvelope(1, EventEnvelope.GenesisPrev, 100, "t", author, payload, EventSigning.Sign(TestChain.Network, 100, "t", payload, key));
        var second = new EventEnvelope(2, Hashing.ToHex(first.Hash()), 99, "t", author, payload, EventSigning.Sign(TestChain.Network, 99, "t", payload, key));

        ShouldFail(TestChain.Entries([first, second]), 2, ChainFailureKinds.Time);
    }

    [Fact]
    public void Reports_non_canonical_bytes_as_a_format_failure()
    {
        var entries = Entries();
        entries[9] = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(entries[9].Span) + " ");
        entries[20] = "not json"u8.ToArray();

        ShouldFail(entries, 10, ChainFailureKinds.Format);
    }

    [Fact]
    public void Reports_only_the_first_of_many_failures()
    {
        var entries = Entries();
        for (var i = 250; i < Count; i++)
        {
            entries[i] = "{}"u8.ToArray();
        }

        entries[140] = (Valid[140] with { Signature = Valid[0].Signature }).ToCanonicalBytes();

        ShouldFail(entries, 141, ChainFailureKinds.Signature);
    }

    [Fact]
    public void Verifies_a_suffix_from_a_known_prev_and_seq()
    {
        var entries = Entries();
        var prev = Hashing.ToHex(Hashing.Sha256(entries[99].Span));

        var check = LogVerification.VerifyChain(entries.Skip(100).ToList(), TestChain.Network, prev, 101, Valid[99].Time);

        check.IsValid.ShouldBeTrue();
        check.Envelopes[0].Seq.ShouldBe(101);
        LogVerification.VerifyChain(entries.Skip(100).ToList(), TestChain.Network, EventEnvelope.GenesisPrev, 101)
            .FirstFailure.ShouldBe(new ChainFailure(101, ChainFailureKinds.HashLink, LogVerification.VerifyChain(entries.Skip(100).ToList(), TestChain.Network, EventEnvelope.GenesisPrev, 101).FirstFailure!.Message));
        LogVerification.VerifyChain(entries.Skip(100).ToList(), TestChain.Network, prev, 100).FirstFailure!.Kind.ShouldBe(ChainFailureKinds.Seq);
    }

    private static List<ReadOnlyMemory<byte>> Relink(List<EventEnvelope> envelopes)
    {
        var prev = EventEnvelope.GenesisPrev;
        var result = new List<ReadOnlyMemory<byte>>();
        foreach (var envelope in envelopes)
        {
            var bytes = (envelope with { Prev = prev }).ToCanonicalBytes();
            result.Add(bytes);
            prev = Hashing.ToHex(Hashing.Sha256(bytes));
        }

        return result;
    }

    private static ChainCheck ShouldFail(List<ReadOnlyMemory<byte>> entries, long seq, string kind, string network = TestChain.Network)
    {
        foreach (var parallelism in new[] { -1, 1, 2 })
        {
            var check = LogVerification.VerifyChain(entries, network, parallelism);
            check.FirstFailure.ShouldNotBeNull();
            check.FirstFailure.Seq.ShouldBe(seq, check.FirstFailure.Message);
            check.FirstFailure.Kind.ShouldBe(kind, check.FirstFailure.Message);
            check.Envelopes.Count.ShouldBe((int)seq - 1);
        }

        return LogVerification.VerifyChain(entries, network);
    }
}
