using System.CommandLine;
using Polity.Core.Events;
using Polity.Core.Map;
using Polity.Core.State;

namespace Polity.Cli.Commands;

/// <summary><c>polity objective set|report|list|show</c>: the network's objectives, their measures and progress.</summary>
public static class ObjectiveCommands
{
    /// <summary>Builds the objective commands.</summary>
    public static Command Build(Runner run) => new("objective", "Network objectives with a measure, baseline, target and deadline, and progress reports")
    {
        Set(run), Report(run), List(run), Show(run),
    };

    private static Argument<string> IdArgument() => new("id") { Description = "The objective's id, e.g. river-sites" };

    private static Command Set(Runner run)
    {
        var id = IdArgument();
        var title = new Option<string>("--title") { Description = "One line", Required = true };
        var measure = new Option<string>("--measure") { Description = "What is counted, e.g. \"river sites sampled monthly\"", Required = true };
        var unit = new Option<string>("--unit") { Description = "The unit of the count, e.g. sites", Required = true };
        var baseline = new Option<long>("--baseline") { Description = "The count now", Required = true };
        var target = new Option<long>("--target") { Description = "The count that meets the objective (lower than the baseline for reductions)", Required = true };
        var deadline = new Option<string>("--deadline") { Description = "By when: YYYY-MM-DD or unix seconds", Required = true };
        var description = new Option<string>("--description") { Description = "Free text", DefaultValueFactory = _ => "" };
        var command = new Command("set", "Set or revise an objective (the operator or the charter's objective stewards)") { id, title, measure, unit, baseline, target, deadline, description };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var e = new ObjectiveSet(ctx.Parse.GetValue(id)!, ctx.Parse.GetValue(title)!, ctx.Parse.GetValue(measure)!, ctx.Parse.GetValue(unit)!,
                ctx.Parse.GetValue(baseline), ctx.Parse.GetValue(target), MapCommands.Date(ctx.Parse.GetValue(deadline)!, "--deadline"), ctx.Parse.GetValue(description)!);
            var revised = network.State.Objectives.ContainsKey(e.Objective);
            ctx.Appended(await ctx.SubmitAsync(network, e), $"objective {e.Objective} {(revised ? "revised" : "set")}: {e.Baseline} → {e.Target} {e.Unit}");
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command Report(Runner run)
    {
        var id = IdArgument();
        var value = new Option<long>("--value") { Description = "The measure's count now", Required = true };
        var evidence = new Option<string>("--evidence") { Description = "How it was counted, with links", Required = true };
        var command = new Command("report", "Report progress on an objective (the operator or the charter's objective stewards)") { id, value, evidence };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var e = new ObjectiveProgressReported(ctx.Parse.GetValue(id)!, ctx.Parse.GetValue(value), ctx.Parse.GetValue(evidence)!);
            var appended = await ctx.SubmitAsync(network, e);
            ctx.Appended(appended, $"objective {e.Objective}: {e.Value}, {network.State.Objectives[e.Objective].Progress(network.State.Now).Percent}% of the way");
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command List(Runner run)
    {
        var command = new Command("list", "Every objective with its progress");
        run.On(command, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            ctx.Show(state.Objectives.Values.Select(o => MapViews.Objective(state, o, detail: false)).ToList(), (o, _) => MapViews.WriteObjectives(o, state));
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command Show(Runner run)
    {
        var id = IdArgument();
        var command = new Command("show", "An objective in full: measure, progress reports, and the proposals, grants and stakeholders linked to it") { id };
        run.On(command, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            var objective = Find(state, ctx.Parse.GetValue(id)!);
            ctx.Show(MapViews.Objective(state, objective, detail: true), (o, _) => MapViews.WriteObjective(o, state, objective));
            return ExitCodes.Done;
        });
        return command;
    }

    private static Objective Find(NetworkState state, string id) =>
        state.Objectives.GetValueOrDefault(id) ?? throw new CliException($"there is no objective '{id}'");
}
