using System.CommandLine;
using Polity.Core.Events;
using Polity.Core.Rules;
using Polity.Core.Simulation;
using Polity.Core.State;
using Polity.Core.Voting;
using Polity.Engine.Charters;
using Polity.Engine.Simulation;

namespace Polity.Cli.Commands;

/// <summary><c>polity simulate</c>: replay the log under a proposed charter, or run a synthetic population. Never writes to the log.</summary>
public static class SimulateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(Runner run)
    {
        var charter = new Option<string>("--charter") { Description = "The proposed charter (YAML or JSON); without it, the recorded charter history (which must reproduce every outcome)" };
        var from = new Option<long>("--from") { Description = "The first log seq whose submissions use the proposed charter (default 1: from the start)", DefaultValueFactory = _ => 1 };
        var population = new Option<string>("--population") { Description = "A population spec (YAML): run synthetic houses under the charter instead of the log's history" };
        var outFile = new Option<string>("--out") { Description = "Also write the report as JSON to this file (to attach with 'proposal create --simulation')" };
        var command = new Command("simulate", "Replay the network's history under a proposed charter, or stress a charter with a synthetic population; writes nothing to the log")
        {
            charter, from, population, outFile,
        };
        run.On(command, async ctx =>
        {
            var charterPath = ctx.Parse.GetValue(charter);
            var proposed = charterPath is null ? null : LoadCharter(ctx, charterPath);
            if (proposed is null && charterPath is not null)
            {
                return ExitCodes.BadInput;
            }
            if (ctx.Parse.GetValue(from) < 1)
            {
                throw new CliException("--from is a log seq, 1 or more");
            }
            var view = ctx.Parse.GetValue(population) is { } specPath
                ? await PopulationAsync(ctx, proposed, charterPath, specPath)
                : await HistoryAsync(ctx, proposed, charterPath, ctx.Parse.GetValue(from));
            if (ctx.Parse.GetValue(outFile) is { } path)
            {
                await File.WriteAllTextAsync(path, CliContext.ToJson(view) + "\n");
            }
            ctx.Show(view, SimulationViews.Write);
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>The charter at <paramref name="path"/>, or null after printing each error as file:line:column.</summary>
    private static CharterVersion? LoadCharter(CliContext ctx, string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"no charter at {path}");
        }
        var source = File.ReadAllText(path);
        switch (CharterLoader.Load(source, path, VotingMethods.Names))
        {
            case CharterLoadResult.Loaded loaded:
                return new CharterVersion(source, loaded.Charter);
            case CharterLoadResult.Invalid invalid:
                foreach (var error in invalid.Errors)
                {
                    ctx.Error.WriteLine(error.ToString());
                }
                return null;
            default:
                throw new InvalidOperationException();
        }
    }

    private static async Task<List<(PolityEvent Event, EventContext Context)>> HistoryOf(CliContext ctx)
    {
        try
        {
            return await ReadOnlyLog.ReadAsync(ctx.DbPath);
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"no network at {ctx.DbPath}: create one with 'polity init' or run 'polity demo'");
        }
    }

    private static NetworkState Fold(List<(PolityEvent Event, EventContext Context)> history)
    {
        NetworkState? state = null;
        foreach (var (e, c) in history)
        {
            state = NetworkFold.Apply(state, e, c);
        }
        return state ?? throw new CliException("the log holds no network yet: create one with 'polity init'");
    }

    private static async Task<SimulationView> HistoryAsync(CliContext ctx, CharterVersion? proposed, string? charterPath, long from)
    {
        var history = await HistoryOf(ctx);
        var state = Fold(history);
        if (proposed is not null && proposed.Charter.Network != state.Network)
        {
            throw new CliException($"the charter names network '{proposed.Charter.Network}', not '{state.Network}'");
        }
        var report = CharterReplay.Run(history, proposed, from);
        return new SimulationView("history", state.Network, charterPath ?? "recorded", proposed is null ? null : SimulationAttachment.HashOf(proposed),
            from, history.Count, SimulationViews.Summary(report), report, null);
    }

    private static async Task<SimulationView> PopulationAsync(CliContext ctx, CharterVersion? proposed, string? charterPath, string specPath)
    {
        if (!File.Exists(specPath))
        {
            throw new CliException($"no population spec at {specPath}");
        }
        var spec = PopulationSpecReader.Parse(await File.ReadAllTextAsync(specPath), specPath);
        var charter = proposed ?? Fold(await HistoryOf(ctx)).Charter;
        var report = PopulationReport.Run(charter, spec);
        return new SimulationView("population", charter.Charter.Network, charterPath ?? "in force", SimulationAttachment.HashOf(charter),
            1, report.Events, SimulationViews.Summary(report), null, report);
    }
}
