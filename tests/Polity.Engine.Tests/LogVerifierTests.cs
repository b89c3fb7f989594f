using System.Security.Cryptography;
using System.Text;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Engine.Proposals;
using Polity.Engine.Serialization;
using Polity.Engine.Storage;
using Polity.Engine.Tests.Charters;
using Polity.Ledger;

namespace Polity.Engine.Tests;

/// <summary>LogVerifier replays in pipelined segments of 4,096 entries: the first failure must be exact on either side of a boundary.</summary>
public sealed class LogVerifierTests
{
    private const int Count = 4_200;

    private static readonly Lazy<(List<byte[]> Bodies, List<string> Hashes)> Log = new(BuildLog);

    [Fact]
    public void A_sound_log_verifies_across_segments()
    {
        var (bodies, hashes) = Log.Value;

        var report = LogVerifier.Verify(Memory(bodies), hashes);

        report.Ok.ShouldBeTrue(report.Failure?.ToString());
        report.Verified.ShouldBe(Count);
        report.State!.Stakeholders.Count.ShouldBe(Count - 1);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4_096)]
    [InlineData(4_097)]
    [InlineData(Count)]
    public void A_bad_signature_is_reported_at_its_exact_seq(int seq)
    {
        var bodies = Log.Value.Bodies.ToList();
        bodies[seq - 1] = TamperSignature(bodies[seq - 1]);

        var report = LogVerifier.Verify(Memory(bodies));

        report.Failure.ShouldNotBeNull();
        report.Failure.Seq.ShouldBe(seq);
        report.Failure.Kind.ShouldBe("signature");
        report.Verified.ShouldBe(seq - 1);
        report.State!.EventCount.ShouldBe(seq - 1);
    }

    [Fact]
    public void A_wrong_stored_hash_is_reported_at_its_seq()
    {
        var (bodies, hashes) = Log.Value;
        var wrong = hashes.ToList();
        wrong[4_099] = new string('0', 64);

        var report = LogVerifier.Verify(Memory(bodies), wrong);

        report.Failure.ShouldBe(new VerifyFailure(4_100, "hash", "the stored hash column does not match the entry's bytes"));
        report.Verified.ShouldBe(4_099);
    }

    private static List<ReadOnlyMemory<byte>> Memory(List<byte[]> bodies) => bodies.Select(b => new ReadOnlyMemory<byte>(b)).ToList();

    private static byte[] TamperSignature(byte[] body)
    {
        var copy = body.ToArray();
        var at = copy.AsSpan().IndexOf("\"sig\":\"0x"u8) + 9;
        copy[at] = copy[at] == (byte)'0' ? (byte)'1' : (byte)'0';
        return copy;
    }

    /// <summary>The operator founds commons-fund and registers 4,199 stakeholders before launch.</summary>
    private static (List<byte[]>, List<string>) BuildLog()
    {
        var key = SHA256.HashData("log-verifier-tests-operator"u8);
        var charter = ProposalFile.LoadCharter(Path.Combine(CharterFiles.RepositoryRoot, "examples/charters/commons-fund.yaml"));
        var events = new List<PolityEvent> { new NetworkCreated("commons-fund", ClockMode.Simulated, charter) };
        for (var i = 1; i < Count; i++)
        {
            var who = new Address("0x" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"member-{i}")).AsSpan(0, 20)));
            events.Add(new StakeholderRegistered(who, $"Member {i}", "person", []));
        }
        var author = new Address(EthKeys.AddressOf(key));
        var signed = new SignedEvent[events.Count];
        Parallel.For(0, events.Count, i =>
        {
            var (type, payload) = EventCodec.Encode(events[i]);
            signed[i] = new SignedEvent(type, payload, author, 1_767_225_600, EventSigning.Sign("commons-fund", 1_767_225_600, type, payload, key));
        });
        var bodies = new List<byte[]>();
        var hashes = new List<string>();
        var prev = EventEnvelope.GenesisPrev;
        for (var i = 0; i < signed.Length; i++)
        {
            var e = signed[i];
            var entry = StoredEvent.Seal(new EventEnvelope(i + 1, prev, e.Time, e.Type, e.Author.Value, e.Payload, e.Signature));
            bodies.Add(entry.Body);
            hashes.Add(entry.Hash);
            prev = entry.Hash;
        }
        return (bodies, hashes);
    }
}
