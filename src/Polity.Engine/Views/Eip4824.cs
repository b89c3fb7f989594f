using System.Text.Json;
using System.Text.Json.Nodes;
using Polity.Ledger;

namespace Polity.Engine.Views;

/// <summary>
/// The log's proposal activity in the shape of EIP-4824's Activity Log JSON-LD schema
/// (<c>{"@context": "http://www.daostar.org/schemas", "type": "DAO", "name", "activities": [{id, type: "activity",
/// proposal: {id, type: "proposal"}, member: {id}}]}</c>), so DAO tooling can read who did what on which proposal.
/// </summary>
/// <remarks>
/// Every event about a proposal becomes one activity, its member the author's address. Proposal ids are the
/// network's numbers (a proposal-created event gets the next one, as the fold assigns them). Beside the
/// schema's fields each activity carries <c>activityType</c> (the event's wire name), <c>seq</c>,
/// <c>time</c> and <c>entryHash</c> so it can be traced back to the signed entry. Events not about a
/// proposal (membership, treasury, clock) have no place in the schema and are left out.
/// </remarks>
public static partial class Eip4824
{
    /// <summary>Indented output.</summary>
    public static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true };

    /// <summary>The activity log of a network's entries.</summary>
    public static JsonObject ActivityLog(string network, IEnumerable<ReadOnlyMemory<byte>> bodies)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        var activities = new JsonArray();
        var proposals = 0L;
        foreach (var body in bodies)
        {
            var e = EventEnvelope.Parse(body.Span);
            long? proposal = e.Type == "v1.proposal-created"
                ? ++proposals
                : e.Payload["proposal"] is JsonValue v && v.TryGetValue<long>(out var id) ? id : null;
            if (proposal is not { } p)
            {
                continue;
            }
            activities.Add(new JsonObject
            {
                ["id"] = $"{network}:{e.Seq}",
                ["type"] = "activity",
                ["activityType"] = e.Type,
                ["proposal"] = new JsonObject { ["id"] = $"{network}:proposal:{p}", ["type"] = "proposal" },
                ["member"] = new JsonObject { ["id"] = e.Author },
                ["seq"] = e.Seq,
                ["time"] = e.Time,
                ["entryHash"] = Hashing.ToHex(Hashing.Sha256(body.Span)),
            });
        }
        return new JsonObject
        {
            ["@context"] = "http://www.daostar.org/schemas",
            ["type"] = "DAO",
            ["name"] = network,
            ["activities"] = activities,
        };
    }
}
