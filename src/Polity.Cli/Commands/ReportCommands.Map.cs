using System.CommandLine;
using Polity.Engine.Reports;

namespace Polity.Cli.Commands;

public static partial class ReportCommands
{
    /// <summary><c>polity report map [--svg FILE]</c>: the stakeholder map as a self-contained SVG.</summary>
    private static Command Map(Runner run)
    {
        var svg = new Option<string>("--svg") { Description = "Write the SVG to this file instead of standard output" };
        var command = new Command("map", "The stakeholder map as an SVG graph: houses as boxes, stakeholders as nodes, relationships as styled edges with a legend") { svg };
        run.On(command, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            var picture = MapSvg.Render(state);
            if (ctx.Parse.GetValue(svg) is not { Length: > 0 } file)
            {
                ctx.Out.Write(picture);
                return ExitCodes.Done;
            }
            var full = Write(file, picture);
            var summary = new { file = full, stakeholders = state.Stakeholders.Count, relationships = state.Map.Active.Count(), bytes = new FileInfo(full).Length };
            ctx.Show(summary, (o, v) => o.WriteLine($"wrote {v.file}: {v.stakeholders} stakeholder(s), {v.relationships} relationship(s)"));
            return ExitCodes.Done;
        });
        return command;
    }
}
