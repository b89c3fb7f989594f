using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Polity.Core.Primitives;
using Polity.Core.Voting;
using Polity.Engine.Views;
using Polity.Server.Hosting;

namespace Polity.Server.Apis;

/// <summary>The read routes: the network, its charter, houses, members, stakeholders, proposals, treasury and grants.</summary>
public static class ReadApis
{
    /// <summary>Maps the read routes.</summary>
    public static IEndpointRouteBuilder MapPolityReads(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Read");
        api.MapGet("/network", async (NetworkHost host, CancellationToken ct) => TypedResults.Ok(Views.Network(await host.StateAsync(ct))))
            .WithSummary("The network: purpose, houses, proposal counts, treasury");
        api.MapGet("/charter", async (NetworkHost host, CancellationToken ct) =>
        {
            var s = await host.StateAsync(ct);
            return TypedResults.Ok(new CharterView(s.CharterVersionNumber, s.Charter.Source, s.Charter.Charter.Purpose,
                s.Charter.Charter.Houses.Select(h => h.Id).ToList(), s.Charter.Charter.DecisionTypes.Select(d => d.Id).ToList()));
        }).WithSummary("The charter in force: its source text and a summary");
        api.MapGet("/houses", async (NetworkHost host, CancellationToken ct) => TypedResults.Ok(ReadModels.Houses(await host.StateAsync(ct))))
            .WithSummary("Houses with their members and weights");
        api.MapGet("/stakeholders", async (NetworkHost host, CancellationToken ct) => TypedResults.Ok(ReadModels.Stakeholders(await host.StateAsync(ct))))
            .WithSummary("Registered stakeholders");
        api.MapGet("/stakeholders/{address}", async (string address, NetworkHost host, CancellationToken ct) =>
        {
            var s = await host.StateAsync(ct);
            return Address.TryParse(address, out var who) && ReadModels.Stakeholders(s).FirstOrDefault(x => x.Address == who) is { } found
                ? TypedResults.Ok(found)
                : Problems.NotFound($"no stakeholder {address}");
        }).WithSummary("One stakeholder");
        api.MapGet("/proposals", async (NetworkHost host, CancellationToken ct) => TypedResults.Ok(ReadModels.Proposals(await host.StateAsync(ct))))
            .WithSummary("Proposals, newest first");
        api.MapGet("/proposals/{id:long}", async (long id, NetworkHost host, CancellationToken ct) =>
        {
            var s = await host.StateAsync(ct);
            return s.Proposals.TryGetValue(id, out var p) ? TypedResults.Ok(Views.Proposal(s, p)) : Problems.NotFound($"there is no proposal {id}");
        }).WithSummary("A proposal with its thread, options and tally");
        api.MapGet("/proposals/{id:long}/tally", async (long id, NetworkHost host, CancellationToken ct) =>
        {
            var s = await host.StateAsync(ct);
            if (!s.Proposals.TryGetValue(id, out var p))
            {
                return Problems.NotFound($"there is no proposal {id}");
            }
            return p.Rules is null
                ? Problems.Problem(StatusCodes.Status409Conflict, "Nothing to count", $"proposal {id} is a draft", "draft")
                : TypedResults.Ok(Views.TallyView(Tallying.Tally(p, s.Now)));
        }).WithSummary("The tally per house, the combination and the outcome");
        api.MapGet("/treasury", async (NetworkHost host, CancellationToken ct) =>
        {
            var s = await host.StateAsync(ct);
            return TypedResults.Ok(new TreasuryView(TreasuryViews.Accounts(s), TreasuryViews.Budgets(s)));
        }).WithSummary("Every account's balance, and the budgets");
        api.MapGet("/treasury/journal", async (NetworkHost host, CancellationToken ct) =>
            TypedResults.Ok(TreasuryViews.Journal(await host.StateAsync(ct), null))).WithSummary("The double-entry journal");
        api.MapGet("/budgets", async (NetworkHost host, CancellationToken ct) =>
            TypedResults.Ok(TreasuryViews.Budgets(await host.StateAsync(ct)))).WithSummary("Budget programs: cap, allocated, available, committed");
        api.MapGet("/grants", async (NetworkHost host, CancellationToken ct) =>
        {
            var s = await host.StateAsync(ct);
            return TypedResults.Ok(s.Grants.Values.OrderBy(g => g.Id).Select(g => GrantViews.Row(s, g)).ToList());
        }).WithSummary("Grants with their progress");
        api.MapGet("/grants/{id:long}", async (long id, NetworkHost host, CancellationToken ct) =>
        {
            var s = await host.StateAsync(ct);
            return s.Grants.TryGetValue(id, out var g) ? TypedResults.Ok(GrantViews.Grant(s, g)) : Problems.NotFound($"there is no grant {id}");
        }).WithSummary("A grant: application, reviews, milestones, history");
        return app;
    }
}

/// <summary>The charter in force.</summary>
/// <param name="Version">Its version number.</param>
/// <param name="Source">The document as written.</param>
/// <param name="Purpose">The network's purpose.</param>
/// <param name="Houses">House ids.</param>
/// <param name="DecisionTypes">Decision type ids.</param>
public sealed record CharterView(int Version, string Source, string Purpose, IReadOnlyList<string> Houses, IReadOnlyList<string> DecisionTypes);

/// <summary>The treasury.</summary>
/// <param name="Accounts">Balances.</param>
/// <param name="Budgets">Budgets.</param>
public sealed record TreasuryView(IReadOnlyList<AccountView> Accounts, IReadOnlyList<BudgetView> Budgets);
