using Polity.Core.Charters;
using static Polity.Engine.Charters.CharterVocabulary;

namespace Polity.Engine.Charters;

internal sealed partial class CharterReader
{
    /// <summary><c>chain: { chain-id, rpc, anchor?, executor?, safe?, veto: { house: { threshold, holders } } }</c>.</summary>
    private ChainSettings? ReadChain(YNode? node)
    {
        if (node is null)
        {
            return null;
        }
        var map = Map(node, "chain", ChainKeys, ["chain-id", "rpc"]);
        var veto = new List<ChainVetoHouse>();
        foreach (var (house, value, at) in Entries(map.Find("veto"), "chain.veto", "a mapping of house names to { threshold, holders }"))
        {
            var entry = Map(value, at, ChainVetoKeys, ["threshold", "holders"]);
            veto.Add(new ChainVetoHouse(
                house,
                (int)Math.Clamp(WholeNumber(entry.Find("threshold"), Paths.Child(at, "threshold")) ?? 0, 0, int.MaxValue),
                Names(entry.Find("holders"), Paths.Child(at, "holders"), "addresses")));
        }
        return new ChainSettings(
            WholeNumber(map.Find("chain-id"), "chain.chain-id") ?? 0,
            Text(map.Find("rpc"), "chain.rpc", "a JSON-RPC URL such as http://127.0.0.1:8545"),
            veto,
            Optional(map, "anchor"),
            Optional(map, "executor"),
            Optional(map, "safe"));
    }

    private string? Optional(YMapping map, string key) =>
        map.Find(key) is { } value ? Text(value, Paths.Child("chain", key), "an address: 0x and 40 hex digits") : null;
}
