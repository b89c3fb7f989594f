using System.CommandLine;
using System.Globalization;
using Polity.Core.Events;
using Polity.Core.State;

namespace Polity.Cli.Commands;

/// <summary><c>polity map relate|end|show</c>: the stakeholder map's relationships.</summary>
public static class MapCommands
{
    /// <summary>Builds the map commands.</summary>
    public static Command Build(Runner run) => new("map", "The stakeholder map: typed relationships between stakeholders and houses")
    {
        Relate(run), End(run), Show(run),
    };

    private static Command Relate(Runner run)
    {
        var from = new Argument<string>("from") { Description = "The first party: an address, a key name, or a house" };
        var type = new Argument<string>("type") { Description = "funds, serves, represents, employs, partners-with, a charter type, or an inverse such as employed-by" };
        var to = new Argument<string>("to") { Description = "The second party: an address, a key name, or a house" };
        var since = new Option<string>("--since") { Description = "Since when it holds: YYYY-MM-DD or unix seconds; default: now" };
        var evidence = new Option<string>("--evidence") { Description = "Where it can be checked (a sentence or a URL)", DefaultValueFactory = _ => "" };
        var command = new Command("relate", "Declare a relationship: FROM TYPE TO (a party to it, or the operator)") { from, type, to, since, evidence };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var state = network.State;
            var e = new RelationshipDeclared(
                ctx.Parse.GetValue(type)!,
                PartyText(ctx, state, ctx.Parse.GetValue(from)!),
                PartyText(ctx, state, ctx.Parse.GetValue(to)!),
                ctx.Parse.GetValue(since) is { Length: > 0 } s ? Date(s, "--since") : state.Now,
                ctx.Parse.GetValue(evidence)!);
            var appended = await ctx.SubmitAsync(network, e);
            var r = network.State.Map.Relationships[network.State.Map.Relationships.Count];
            ctx.Appended(appended, $"relationship {r.Id}: {MapViews.Party(network.State, r.From)} {r.Type} {MapViews.Party(network.State, r.To)}");
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command End(Runner run)
    {
        var id = new Argument<long>("id") { Description = "The relationship's number" };
        var reason = new Option<string>("--reason") { Description = "Why it no longer holds", DefaultValueFactory = _ => "" };
        var command = new Command("end", "End a relationship (whoever declared it, or the operator)") { id, reason };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var appended = await ctx.SubmitAsync(network, new RelationshipEnded(ctx.Parse.GetValue(id), ctx.Parse.GetValue(reason)!));
            ctx.Appended(appended, $"relationship {ctx.Parse.GetValue(id)} ended");
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command Show(Runner run)
    {
        var all = new Option<bool>("--all") { Description = "Include ended relationships" };
        var command = new Command("show", "Relationships, the conflict-of-interest rule they feed, and stakeholder profiles") { all };
        run.On(command, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            var everything = ctx.Parse.GetValue(all);
            ctx.Show(MapViews.Map(state, everything), (o, _) => MapViews.WriteMap(o, state, everything));
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>A house id the charter declares stays a house; anything else is an address or a key name.</summary>
    private static string PartyText(CliContext ctx, NetworkState state, string text) =>
        state.Charter.Charter.FindHouse(text) is not null ? text : StakeholderCommands.Resolve(ctx, text).Value;

    /// <summary><c>YYYY-MM-DD</c> (midnight UTC) or unix seconds.</summary>
    public static long Date(string text, string option)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
        {
            return unix;
        }
        return DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToUnixTimeSeconds()
            : throw new CliException($"{option} '{text}': expected a date such as 2026-03-01 or unix seconds");
    }
}
