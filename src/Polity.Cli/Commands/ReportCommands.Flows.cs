using System.CommandLine;
using Polity.Core.Primitives;
using Polity.Core.Reports;
using Polity.Engine.Reports;

namespace Polity.Cli.Commands;

public static partial class ReportCommands
{
    private static Command Flows(Runner run)
    {
        var svg = new Option<string>("--svg") { Description = "Write the Sankey diagram to this SVG file" };
        var html = new Option<string>("--html") { Description = "Write the diagram and the tables of flows to this HTML file" };
        var command = new Command("flows",
            "Where the money went: funders → treasury → budgets → rounds → grants → payees, as a Sankey diagram. " +
            "Without --svg, --html or --json it writes flows.svg and flows.html in the current folder; with --json it prints the graph")
        {
            svg, html,
        };
        run.On(command, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            var graph = FundsFlow.Of(state);
            var (svgPath, htmlPath) = (ctx.Parse.GetValue(svg), ctx.Parse.GetValue(html));
            if (svgPath is null && htmlPath is null && !ctx.Json)
            {
                (svgPath, htmlPath) = ("flows.svg", "flows.html");
            }
            var written = new List<string>();
            if (svgPath is not null)
            {
                written.Add(Write(svgPath, FlowsSvg.Render(graph, $"Where the money went: {state.Network}")));
            }
            if (htmlPath is not null)
            {
                written.Add(Write(htmlPath, FlowsHtml.Render(graph, state.Network)));
            }
            if (ctx.Json)
            {
                ctx.WriteJson(graph);
                return ExitCodes.Done;
            }
            WriteFlows(ctx.Out, graph);
            foreach (var path in written)
            {
                ctx.Out.WriteLine($"wrote {path}");
            }
            return ExitCodes.Done;
        });
        return command;
    }

    private static string Clip(string label) => label.Length <= 32 ? label : string.Concat(label.AsSpan(0, 31), "…");

    private static void WriteFlows(TextWriter w, FundsFlowGraph graph)
    {
        if (graph.Assets.Count == 0)
        {
            w.WriteLine("No money has moved yet.");
        }
        foreach (var flow in graph.Assets)
        {
            w.WriteLine($"{flow.Asset}: {Money.Format(flow.FundedIn, flow.Decimals)} paid in by funders");
            var labels = flow.Nodes.ToDictionary(n => n.Account, n => n.Label, StringComparer.Ordinal);
            foreach (var edge in flow.Edges)
            {
                w.WriteLine($"  {Clip(labels[edge.From]),-32} → {Clip(labels[edge.To]),-32} {Money.Format(edge.Amount, flow.Decimals),14}  (#{string.Join(", #", edge.Seqs)})");
            }
        }
    }
}
