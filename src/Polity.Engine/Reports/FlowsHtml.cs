using System.Text;
using Polity.Core.Primitives;
using Polity.Core.Reports;

namespace Polity.Engine.Reports;

/// <summary>The funds-flow report as one self-contained HTML page: the Sankey diagram, then every flow and every account in tables.</summary>
public static class FlowsHtml
{
    /// <summary>The page for <paramref name="graph"/>.</summary>
    public static string Render(FundsFlowGraph graph, string network)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var title = $"Where the money went: {network}";
        var body = new StringBuilder(FlowsSvg.Render(graph, title));
        foreach (var flow in graph.Assets)
        {
            body.Append($"<h2>Flows in {Svg.X(flow.Asset)}</h2>\n<table>\n<tr><th>From</th><th>To</th><th class=\"n\">Amount</th><th>Journal entries (log seq)</th></tr>\n");
            var labels = flow.Nodes.ToDictionary(n => n.Account, n => n.Label, StringComparer.Ordinal);
            foreach (var edge in flow.Edges)
            {
                body.Append($"<tr><td>{Svg.X(labels[edge.From])}</td><td>{Svg.X(labels[edge.To])}</td>")
                    .Append($"<td class=\"n\">{Money.Format(edge.Amount, flow.Decimals)}</td><td>{string.Join(", ", edge.Seqs.Select(s => $"#{s}"))}</td></tr>\n");
            }
            body.Append("</table>\n");
            body.Append($"<h3>Accounts in {Svg.X(flow.Asset)}</h3>\n<table>\n<tr><th>Account</th><th>Name</th><th class=\"n\">In</th><th class=\"n\">Out</th><th class=\"n\">Balance</th></tr>\n");
            foreach (var node in flow.Nodes)
            {
                body.Append($"<tr><td>{Svg.X(node.Account)}</td><td>{Svg.X(node.Label)}</td><td class=\"n\">{Money.Format(node.In, flow.Decimals)}</td>")
                    .Append($"<td class=\"n\">{Money.Format(node.Out, flow.Decimals)}</td><td class=\"n\">{Money.Format(node.Balance, flow.Decimals)}</td></tr>\n");
            }
            body.Append("</table>\n");
        }
        return HtmlPage.Render(title,
            "Every flow is the exact sum of the journal entries listed beside it; each account's balance is what came in minus what went out.",
            body.ToString());
    }
}
