using System.CommandLine;
using System.Globalization;
using Polity.Core.Events;
using Polity.Core.Rounds;
using Polity.Core.State;
using Polity.Engine.Proposals;

namespace Polity.Cli.Commands;

/// <summary>
/// <c>polity round list|show|ballot|contribute|result|award</c>: grantmaking rounds. A round is opened by a proposal
/// carrying an <c>open-round</c> action; applications are made with <c>polity grant apply --round ID</c>.
/// </summary>
public static class RoundCommands
{
    /// <summary>Builds the round commands.</summary>
    public static Command Build(Runner run) => new("round", "Grantmaking rounds: participatory budgeting and quadratic funding, from applications to awards")
    {
        List(run), Show(run), Ballot(run), Contribute(run), Result(run), Award(run),
    };

    private static Argument<string> IdArgument() => new("round") { Description = "The round's id" };

    private static Command List(Runner run)
    {
        var command = new Command("list", "Every round with its phase, pool and what its account holds");
        run.On(command, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            ctx.Show(state.Rounds.Values.OrderBy(r => r.OpenedAt).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => RoundViews.Row(state, r)).ToList(),
                RoundViews.WriteList);
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command Show(Runner run)
    {
        var id = IdArgument();
        var command = new Command("show", "A round in full: plan, schedule, applications and standings") { id };
        run.On(command, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            ctx.Show(RoundViews.Round(state, Find(state, ctx.Parse.GetValue(id)!)), RoundViews.WriteRound);
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command Result(Runner run)
    {
        var id = IdArgument();
        var command = new Command("result", "The round's result computed from the log (standings while voting is open)") { id };
        run.On(command, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            var round = Find(state, ctx.Parse.GetValue(id)!);
            ctx.Show(RoundViews.Result(state, round, RoundTally.Of(state, round)), RoundViews.WriteResult);
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command Ballot(Runner run)
    {
        var id = IdArgument();
        var grants = new Argument<long[]>("grants") { Description = "The applications voted for (grant numbers)", Arity = ArgumentArity.OneOrMore };
        var points = new Option<string>("--points") { Description = "On a cumulative ballot, the points per application, comma-separated, in the same order" };
        var command = new Command("ballot", "Cast or replace a ballot in a pb round (members of the round's voting houses)") { id, grants, points };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var e = new RoundBallotCast(ctx.Parse.GetValue(id)!, ctx.Parse.GetValue(grants)!, ctx.Parse.GetValue(points) is { } text ? Points(text) : null);
            ctx.Appended(await ctx.SubmitAsync(network, e), $"ballot cast in round {e.Round}: {string.Join(", ", e.Grants)}");
            return ExitCodes.Done;
        });
        return command;
    }

    private static long[] Points(string text) =>
        [.. text.Split(',', StringSplitOptions.TrimEntries).Select(p => long.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new CliException($"--points '{text}': expected whole numbers separated by commas, such as 6,4"))];

    private static Command Contribute(Runner run)
    {
        var id = IdArgument();
        var grant = new Option<long>("--grant") { Description = "The application given to", Required = true };
        var amount = new Option<string>("--amount") { Description = "Amount in major units of the round's asset", Required = true };
        var command = new Command("contribute", "Give your own money to an application in a qf round") { id, grant, amount };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var round = Find(network.State, ctx.Parse.GetValue(id)!);
            var minor = ProposalFile.Minor(network.State, round.Plan.Asset, ctx.Parse.GetValue(amount)!);
            var e = new RoundContributed(round.Id, ctx.Parse.GetValue(grant), minor);
            ctx.Appended(await ctx.SubmitAsync(network, e), $"{Views.Amount(network.State, round.Plan.Asset, minor)} given to grant {e.Grant} in round {round.Id}");
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command Award(Runner run)
    {
        var id = IdArgument();
        var type = new Option<string>("--type") { Description = "The decision type of the award proposal", DefaultValueFactory = _ => "grant" };
        var title = new Option<string>("--title") { Description = "Its title; default: \"Awards of round ID\"" };
        var command = new Command("award", "Draft the proposal that carries out a closed round's result: one award-grant per funded application") { id, type, title };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var round = Find(network.State, ctx.Parse.GetValue(id)!);
            var awards = RoundTally.Awards(network.State, round);
            if (awards.Count == 0)
            {
                throw new CliException($"round '{round.Id}''s result funds no application: there is nothing to award");
            }
            var e = new ProposalCreated(ctx.Parse.GetValue(type)!, ctx.Parse.GetValue(title) ?? $"Awards of round {round.Id}",
                $"Carries out the result of round {round.Id}: {string.Join(", ", awards.Select(a => $"grant {a.Grant} {Views.Amount(network.State, a.Asset, a.Amount)}"))}.",
                ProposalOption.YesNo([.. awards]), []);
            ctx.Appended(await ctx.SubmitAsync(network, e), $"proposal {network.State.Proposals.Count + 1} drafted: {e.Title}");
            return ExitCodes.Done;
        });
        return command;
    }

    private static Round Find(NetworkState state, string id) =>
        state.Rounds.GetValueOrDefault(id) ?? throw new CliException($"there is no round '{id}'");
}
