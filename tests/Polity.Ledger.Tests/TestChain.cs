using System.Text;
using System.Text.Json.Nodes;

namespace Polity.Ledger.Tests;

/// <summary>Builds valid signed logs for tests.</summary>
internal static class TestChain
{
    public const string Network = "testnet";

    public static byte[] Key(int i) => Hashing.Sha256(Encoding.UTF8.GetBytes($"key {i}"));

    public static JsonObject Payload(int i) => new()
    {
        ["proposal"] = $"p-{i % 17}",
        ["choice"] = i % 3,
        ["note"] = $"entry {i} ✓",
        ["weights"] = new JsonArray(1, 2, i),
    };

    public static List<EventEnvelope> Envelopes(int count, int keys = 4)
    {
        var result = new List<EventEnvelope>(count);
        var prev = EventEnvelope.GenesisPrev;
        for (var i = 0; i < count; i++)
        {
            var key = Key(i % keys);
            var time = 1_700_000_000L + (i / 3);
            var type = i % 2 == 0 ? "v1.vote-cast" : "v1.proposal-made";
            var payload = Payload(i);
            var envelope = new EventEnvelope(i + 1, prev, time, type, EthKeys.AddressOf(key), payload,
                EventSigning.Sign(Network, time, type, payload, key));
            result.Add(envelope);
            prev = Hashing.ToHex(envelope.Hash());
        }

        return result;
    }

    public static List<ReadOnlyMemory<byte>> Entries(IEnumerable<EventEnvelope> envelopes) =>
        envelopes.Select(e => (ReadOnlyMemory<byte>)e.ToCanonicalBytes()).ToList();
}
