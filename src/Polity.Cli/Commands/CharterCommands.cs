using System.CommandLine;
using Polity.Core.Voting;
using Polity.Engine.Charters;

namespace Polity.Cli.Commands;

/// <summary><c>polity charter check|schema|show</c>.</summary>
public static class CharterCommands
{
    /// <summary>Builds the charter commands.</summary>
    public static Command Build(Runner run)
    {
        var file = new Argument<string>("file") { Description = "The charter file (YAML or JSON)" };
        var check = new Command("check", "Validate a charter; every error names file:line:column") { file };
        run.On(check, ctx =>
        {
            var path = ctx.Parse.GetValue(file)!;
            var result = CharterLoader.Load(File.ReadAllText(path), path, VotingMethods.Names);
            switch (result)
            {
                case CharterLoadResult.Loaded loaded:
                    ctx.Show(new { ok = true, network = loaded.Charter.Network, houses = loaded.Charter.Houses.Count, decisionTypes = loaded.Charter.DecisionTypes.Count }, (o, _) =>
                    {
                        o.WriteLine($"{path}: ok — network '{loaded.Charter.Network}', {loaded.Charter.Houses.Count} houses, {loaded.Charter.DecisionTypes.Count} decision types");
                    });
                    return Task.FromResult(ExitCodes.Done);
                case CharterLoadResult.Invalid invalid:
                    if (ctx.Json)
                    {
                        ctx.WriteJson(new { ok = false, errors = invalid.Errors });
                    }
                    foreach (var error in invalid.Errors)
                    {
                        ctx.Error.WriteLine(error.ToString());
                    }
                    return Task.FromResult(ExitCodes.BadInput);
                default:
                    throw new InvalidOperationException();
            }
        });
        var schema = new Command("schema", "Print the charter's JSON Schema (for editors: yaml-language-server)");
        run.On(schema, ctx =>
        {
            ctx.Out.WriteLine(CharterSchema.JsonSchema());
            return Task.FromResult(ExitCodes.Done);
        });
        var show = new Command("show", "Print the charter in force and its version");
        run.On(show, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            ctx.Show(new { version = state.CharterVersionNumber, history = state.CharterHistory, source = state.Charter.Source }, (o, _) =>
            {
                o.WriteLine($"# charter version {state.CharterVersionNumber}");
                o.Write(state.Charter.Source);
            });
            return ExitCodes.Done;
        });
        return new Command("charter", "Check, describe and show charters") { check, schema, show };
    }
}
