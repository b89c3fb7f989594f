using System.Text.Json.Nodes;
using Polity.Core.Events;

namespace Polity.Cli.Chain;

/// <summary>
/// A batch as a Safe Transaction Builder file (the JSON the Safe{Wallet} Transaction Builder app imports), so a
/// Safe's owners can run, simulate or inspect a decided batch with their usual tools.
/// </summary>
public static class SafeExport
{
    /// <summary>The builder file for one batch.</summary>
    /// <param name="chainId">The chain's id.</param>
    /// <param name="safe">The Safe's address, or null.</param>
    /// <param name="name">A name for the batch.</param>
    /// <param name="description">What it is for.</param>
    /// <param name="createdAtMs">Creation time, Unix milliseconds.</param>
    /// <param name="calls">The calls.</param>
    /// <returns><c>{version, chainId, createdAt, meta, transactions}</c>.</returns>
    public static JsonObject Build(long chainId, string? safe, string name, string description, long createdAtMs, IReadOnlyList<BatchCall> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var meta = new JsonObject { ["name"] = name, ["description"] = description, ["txBuilderVersion"] = "1.16.5" };
        if (safe is not null)
        {
            meta["createdFromSafeAddress"] = safe;
        }
        var transactions = new JsonArray();
        foreach (var call in calls)
        {
            transactions.Add(new JsonObject { ["to"] = call.Target, ["value"] = call.Value, ["data"] = call.Data == "0x" ? null : call.Data });
        }
        return new JsonObject
        {
            ["version"] = "1.0",
            ["chainId"] = chainId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["createdAt"] = createdAtMs,
            ["meta"] = meta,
            ["transactions"] = transactions,
        };
    }
}
