using System.CommandLine;
using System.Globalization;
using Polity.Core.Voting.Ranked;
using Polity.Engine.Tabulation;

namespace Polity.Cli.Commands;

/// <summary><c>polity tally ranked</c>: a standalone RCTab-compatible ranked-choice count.</summary>
public static class TallyCommands
{
    /// <summary><c>polity tally</c>.</summary>
    public static Command Build(Runner run)
    {
        var config = new Option<string>("--config") { Description = "RCTab contest config (*_config.json)", Required = true };
        var outDir = new Option<string?>("--out") { Description = "Folder for the summary JSON and CSV (default: print only)" };
        var ranked = new Command("ranked", "Count a ranked-choice contest from an RCTab config: prints the rounds, writes RCTab's summary JSON/CSV") { config, outDir };
        run.On(ranked, ctx =>
        {
            var path = ctx.Parse.GetValue(config)!;
            if (!File.Exists(path))
            {
                throw new CliException($"no config at {path}");
            }
            IReadOnlyList<RankedResult> results;
            RctabConfig loaded;
            try
            {
                (loaded, results) = RctabSession.Run(path);
            }
            catch (RankedTabulationException ex)
            {
                throw new CliException(ExitCodes.Refused, ex.Message);
            }
            var dir = ctx.Parse.GetValue(outDir);
            for (var i = 0; i < results.Count; i++)
            {
                var result = results[i];
                if (results.Count > 1)
                {
                    ctx.Out.WriteLine($"Pass {i + 1}");
                }
                foreach (var round in result.Rounds)
                {
                    var tally = string.Join(", ", round.Tally.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value.ToString(CultureInfo.InvariantCulture)}"));
                    ctx.Out.WriteLine($"Round {round.Number} (threshold {round.Threshold.ToString(CultureInfo.InvariantCulture)}): {tally}");
                    foreach (var e in round.Elected)
                    {
                        ctx.Out.WriteLine($"  elected {e}");
                    }
                    foreach (var e in round.Eliminated)
                    {
                        ctx.Out.WriteLine($"  eliminated {e}");
                    }
                }
                ctx.Out.WriteLine($"Winner(s): {string.Join(", ", result.Winners)}");
                if (dir is not null)
                {
                    Directory.CreateDirectory(dir);
                    var stem = Path.GetFileNameWithoutExtension(path).Replace("_config", "", StringComparison.Ordinal) + (results.Count > 1 ? $"_{i + 1}" : "");
                    File.WriteAllText(Path.Combine(dir, stem + "_summary.json"), RctabSummaryWriter.Json(loaded, result));
                    File.WriteAllText(Path.Combine(dir, stem + "_summary.csv"), RctabSummaryCsv.Write(loaded, result));
                    ctx.Out.WriteLine($"Wrote {stem}_summary.json and {stem}_summary.csv to {dir}");
                    foreach (var slice in result.Slices)
                    {
                        var name = $"{stem}_{slice.Id.Replace(' ', '_')}_{slice.Kind}_summary.json";
                        File.WriteAllText(Path.Combine(dir, string.Concat(name.Split(Path.GetInvalidFileNameChars()))), RctabSummaryWriter.Json(loaded, slice));
                    }
                    if (result.Slices.Count > 0)
                    {
                        ctx.Out.WriteLine($"Wrote {result.Slices.Count} precinct/batch summaries to {dir}");
                    }
                }
            }
            return Task.FromResult(ExitCodes.Done);
        });
        return new Command("tally", "Standalone vote counts") { ranked };
    }
}
