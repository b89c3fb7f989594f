using System.Text.Json;
using System.Text.Json.Nodes;

namespace Polity.Ledger.Tests;

/// <summary>The eth-sig-util V4 cases that ethers v6 agrees with, with Node Buffers rewritten as 0x hex.</summary>
internal static class SigUtilCases
{
    public static List<JsonElement> Matching(string function)
    {
        using var doc = ReferenceData.Json("eip712/eth_sig_util_cases.json");
        return doc.RootElement.GetProperty("cases").EnumerateArray()
            .Where(c => c.GetProperty("function").GetString() == function
                && c.TryGetProperty("ethers_v6_crosscheck", out var x) && x.GetString() == "match")
            .Select(c => JsonSerializer.SerializeToElement(Unbuffer(JsonNode.Parse(c.GetRawText()))))
            .ToList();
    }

    private static JsonNode? Unbuffer(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count == 1 && obj["$buffer_hex"] is JsonValue hex:
                return JsonValue.Create("0x" + hex.GetValue<string>());
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    obj[key] = Unbuffer(obj[key]?.DeepClone());
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = Unbuffer(array[i]?.DeepClone());
                }

                return array;
            default:
                return node;
        }
    }
}
