using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Engine.Serialization;
using Polity.Server.Hosting;

namespace Polity.Server.Apis;

/// <summary>
/// The write routes. Each takes the event's payload as its body (route ids and defaults filled in), and each has a
/// <c>…/typed-data</c> twin that returns what a wallet signs instead of appending. <c>POST /api/events</c> takes
/// any signed envelope.
/// </summary>
public static class CommandApis
{
    /// <summary>Maps the write routes.</summary>
    public static IEndpointRouteBuilder MapPolityCommands(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Commands");
        api.MapPost("/events", (SignedEnvelope? envelope, Writes writes, CancellationToken ct) => writes.AppendSignedAsync(envelope, ct))
            .WithSummary("Append an event a wallet signed (EIP-712 PolityEvent); no session needed");

        Command(api, "/proposals", "Draft a proposal (body: a v1.proposal-created payload; options default to for/against/abstain)",
            (body, _, _, _) => Payload<ProposalCreated>("v1.proposal-created", body, new() { ["body"] = "", ["beneficiaries"] = new JsonArray(), ["options"] = YesNo() }));
        Command(api, "/proposals/{id}/submit", "Open deliberation on your draft",
            (_, route, _, _) => new ProposalSubmitted(Id(route)));
        Command(api, "/proposals/{id}/comments", "Comment (body: text, replyTo, kind = comment | objection | block)",
            (body, route, _, _) => Payload<CommentPosted>("v1.comment-posted", body, new() { ["kind"] = Comment.Plain, ["replyTo"] = 0, ["proposal"] = Id(route) }, "proposal"));
        Command(api, "/proposals/{id}/objections", "Object (body: text, replyTo)",
            (body, route, _, _) => Payload<CommentPosted>("v1.comment-posted", body, new() { ["kind"] = Comment.Objection, ["replyTo"] = 0, ["proposal"] = Id(route) }, "proposal", "kind"));
        Command(api, "/proposals/{id}/ballots", "Vote (body: choices, and amounts for methods that take numbers)",
            (body, route, _, _) => Payload<BallotCast>("v1.ballot-cast", body, new() { ["proposal"] = Id(route) }, "proposal"));
        Command(api, "/proposals/{id}/queue", "Queue a succeeded proposal (the passed options and eta come from the tally)",
            (_, route, state, _) => state.Proposals.TryGetValue(Id(route), out var p) && p.Rules is not null
                ? Lifecycle.QueueEvent(p, state.Now)
                : new ProposalQueued(Id(route), [], 0));
        Command(api, "/proposals/{id}/execute", "Execute a queued proposal after its timelock",
            (_, route, _, _) => new ProposalExecuted(Id(route)));
        Command(api, "/houses/{house}/members", "Admit a member (body: member, stake)",
            (body, route, _, _) => Payload<MemberAdmitted>("v1.member-admitted", body, new() { ["stake"] = 0, ["house"] = (string)route["house"]! }, "house"));
        Command(api, "/treasury/deposits", "Record a deposit (body: asset, amount in minor units, memo)",
            (body, _, _, _) => Payload<FundsDeposited>("v1.funds-deposited", body, new() { ["memo"] = "" }));
        Command(api, "/grants", "Apply for a grant (body: a v1.grant-applied payload; recipient defaults to you)",
            (body, _, _, author) => Payload<GrantApplied>("v1.grant-applied", body, new()
            {
                ["program"] = "", ["objectives"] = new JsonArray(), ["beneficiaries"] = new JsonArray(), ["recipient"] = author.Value,
            }));
        Command(api, "/grants/{id}/reviews", "Review a grant application (body: eligible, note)",
            (body, route, _, _) => Payload<GrantReviewed>("v1.grant-reviewed", body, new() { ["note"] = "", ["grant"] = Id(route) }, "grant"));
        Command(api, "/clock/advance", "Advance a simulated clock (operator; body: seconds)",
            (body, _, _, _) => Payload<ClockAdvanced>("v1.clock-advanced", body, []));
        return app;
    }

    private delegate PolityEvent Build(JsonObject body, RouteValueDictionary route, NetworkState state, Address author);

    private static void Command(RouteGroupBuilder api, string pattern, string summary, Build build)
    {
        api.MapPost(pattern, (HttpContext http, [FromBody] JsonObject? body, Writes writes, CancellationToken ct) =>
                writes.AppendAsync(http, (state, author) => build(body ?? [], http.Request.RouteValues, state, author), ct))
            .WithSummary(summary + " — custodial session: the server signs")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapPost(pattern + "/typed-data", (HttpContext http, [FromBody] JsonObject? body, string? author, Writes writes, CancellationToken ct) =>
                writes.TypedDataAsync(http, author, (state, who) => build(body ?? [], http.Request.RouteValues, state, who), ct))
            .WithSummary(summary + " — wallet: the typed data to sign, then POST /api/events");
    }

    /// <summary>
    /// The event a body describes: <paramref name="defaults"/> fill what it leaves out, <paramref name="fixedKeys"/> come
    /// from the route and may not be overridden, and the result must decode exactly as the log's payload.
    /// </summary>
    private static T Payload<T>(string type, JsonObject body, Dictionary<string, JsonNode?> defaults, params string[] fixedKeys) where T : PolityEvent
    {
        var payload = (JsonObject)body.DeepClone();
        foreach (var (key, value) in defaults)
        {
            if (fixedKeys.Contains(key) || !payload.ContainsKey(key))
            {
                payload[key] = value?.DeepClone();
            }
        }
        return (T)EventCodec.Decode(type, payload);
    }

    private static JsonArray YesNo()
    {
        var (_, payload) = EventCodec.Encode(new ProposalCreated("x", "x", "", ProposalOption.YesNo([]), []));
        return (JsonArray)payload["options"]!.DeepClone();
    }

    private static long Id(RouteValueDictionary route) =>
        long.TryParse(route["id"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ApiInputException($"'{route["id"]}' is not a number");
}
