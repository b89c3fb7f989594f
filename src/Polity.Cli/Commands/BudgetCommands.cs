using System.CommandLine;
using Polity.Core.Funding.Budgeting;
using Polity.Engine.Funding;

namespace Polity.Cli.Commands;

/// <summary><c>polity pb run FILE [--rule RULE]</c>: participatory budgeting over a Pabulib file.</summary>
public static class BudgetCommands
{
    /// <summary>Builds the pb commands.</summary>
    public static Command Build(Runner run)
    {
        var file = new Argument<string>("FILE") { Description = "A Pabulib .pb file" };
        var rule = new Option<string?>("--rule") { Description = $"Rule to apply instead of the file's META rule: {string.Join(", ", PbRule.Known)}" };
        var runCommand = new Command("run", "Apply the file's rule (or --rule) and print the selected projects and the spend") { file, rule };
        run.On(runCommand, ctx =>
        {
            var path = ctx.Parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliException($"no file at {path}");
            }
            var pb = PabulibFile.Load(path);
            var name = ctx.Parse.GetValue(rule);
            if (name is not null && !PbRule.IsKnown(name))
            {
                throw new CliException($"unknown rule '{name}' (known: {string.Join(", ", PbRule.Known)})");
            }
            var instance = pb.ToInstance();
            var chosen = pb.Rule(name);
            var outcome = chosen.Apply(instance);
            var view = new
            {
                file = path,
                rule = chosen.Name,
                eligibilityFilter = chosen.EligibilityFilter,
                minimumScore = chosen.MinimumScore,
                budget = instance.Budget,
                spent = outcome.Spent,
                selected = outcome.Selected.Select(id => new { id, cost = instance.Project(id).Cost, votes = instance.VotesOf(id) }).ToList(),
            };
            ctx.Show(view, (o, v) =>
            {
                o.WriteLine($"{Path.GetFileName(v.file)}: rule {v.rule}{(v.eligibilityFilter ? " (with eligibility filter)" : "")}");
                foreach (var p in v.selected)
                {
                    o.WriteLine($"  {p.id,-12} {PabulibFile.Amount(p.cost),14} {p.votes,8} votes");
                }
                o.WriteLine($"{v.selected.Count} selected, spent {PabulibFile.Amount(v.spent)} of {PabulibFile.Amount(v.budget)}");
            });
            return Task.FromResult(ExitCodes.Done);
        });
        return new Command("pb", "Participatory budgeting over Pabulib files") { runCommand };
    }
}
