using System.Text;
using System.Text.Json.Nodes;

namespace Polity.Ledger.Tests;

public sealed class EventEnvelopeTests
{
    private static EventEnvelope Sample() => TestChain.Envelopes(1)[0];

    [Fact]
    public void Writes_the_seven_keys_in_canonical_order()
    {
        var envelope = new EventEnvelope(7, new string('a', 64), 1700000000, "v1.test", "0x" + new string('b', 40),
            new JsonObject { ["z"] = 1, ["a"] = "é" }, "0x" + new string('c', 130));

        var text = Encoding.UTF8.GetString(envelope.ToCanonicalBytes());

        text.ShouldBe($"{{\"author\":\"0x{new string('b', 40)}\",\"payload\":{{\"a\":\"é\",\"z\":1}},\"prev\":\"{new string('a', 64)}\",\"seq\":7,\"sig\":\"0x{new string('c', 130)}\",\"time\":1700000000,\"type\":\"v1.test\"}}");
        EventEnvelope.IsCanonical(envelope.ToCanonicalBytes()).ShouldBeTrue();
        CanonicalJson.Serialize(JsonNode.Parse(text)).ShouldBe(envelope.ToCanonicalBytes());
    }

    [Fact]
    public void Parses_its_own_bytes_back_to_an_equal_entry()
    {
        var envelope = Sample();
        var bytes = envelope.ToCanonicalBytes();

        var parsed = EventEnvelope.Parse(bytes);

        parsed.ToCanonicalBytes().ShouldBe(bytes);
        parsed.Hash().ShouldBe(Hashing.Sha256(bytes));
        (parsed with { Payload = envelope.Payload }).ShouldBe(envelope);
    }

    [Fact]
    public void Genesis_prev_is_64_zeros() => EventEnvelope.GenesisPrev.ShouldBe(new string('0', 64));

    [Theory]
    [InlineData("""{"author":"0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","payload":{},"prev":"PREV","seq":1,"sig":"SIG","time":5,"type":"t","extra":1}""", "extra")]
    [InlineData("""{"author":"0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","payload":{},"prev":"PREV","seq":1,"sig":"SIG","time":5}""", "exactly")]
    [InlineData("""{"author":"0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","payload":[],"prev":"PREV","seq":1,"sig":"SIG","time":5,"type":"t"}""", "payload")]
    [InlineData("""{"author":"0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","payload":{},"prev":"PREV","seq":"1","sig":"SIG","time":5,"type":"t"}""", "seq")]
    [InlineData("""{"author":"0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","payload":{},"prev":"PREV","seq":1.5,"sig":"SIG","time":5,"type":"t"}""", "seq")]
    [InlineData("""{"author":"0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","payload":{},"prev":"PREV","seq":0,"sig":"SIG","time":5,"type":"t"}""", "seq")]
    [InlineData("""{"author":"0xBBbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","payload":{},"prev":"PREV","seq":1,"sig":"SIG","time":5,"type":"t"}""", "author")]
    [InlineData("""{"author":"0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","payload":{},"prev":"abc","seq":1,"sig":"SIG","time":5,"type":"t"}""", "prev")]
    [InlineData("""{"author":"0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","payload":{},"prev":"PREV","seq":1,"sig":"0x12","time":5,"type":"t"}""", "sig")]
    [InlineData("""{"author":"0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","payload":{},"prev":"PREV","seq":1,"sig":"SIG","time":null,"type":"t"}""", "time")]
    [InlineData("""{"author":"0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","payload":{},"prev":"PREV","seq":1,"sig":"SIG","time":5,"type":""}""", "type")]
    [InlineData("""{"author":"0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","payload":{},"prev":"PREV","seq":1,"seq":1,"sig":"SIG","time":5,"type":"t"}""", "JSON")]
    [InlineData("""[1]""", "object")]
    [InlineData("""{"author":""", "JSON")]
    public void Parse_rejects_malformed_entries_with_a_clear_message(string template, string mentions)
    {
        var json = template.Replace("PREV", new string('0', 64), StringComparison.Ordinal).Replace("SIG", "0x" + new string('1', 130), StringComparison.Ordinal);

        var error = Should.Throw<LedgerFormatException>(() => EventEnvelope.Parse(Encoding.UTF8.GetBytes(json)));

        error.Message.ShouldContain(mentions);
    }

    [Fact]
    public void Parse_accepts_non_canonical_spacing_but_IsCanonical_does_not()
    {
        var bytes = Sample().ToCanonicalBytes();
        var spaced = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace(",\"", ", \"", StringComparison.Ordinal));

        EventEnvelope.Parse(spaced).ToCanonicalBytes().ShouldBe(bytes);
        EventEnvelope.IsCanonical(spaced).ShouldBeFalse();
        EventEnvelope.IsCanonical(bytes).ShouldBeTrue();
        EventEnvelope.IsCanonical("{"u8).ShouldBeFalse();
    }
}
