using System.Text;
using Polity.Core.Primitives;
using Polity.Core.Reports;

namespace Polity.Engine.Reports;

/// <summary>
/// Draws a <see cref="FundsFlowGraph"/> as a self-contained SVG Sankey diagram, one panel per asset. The
/// layout is deterministic: one column per stage that has accounts (funders, treasury, budgets, rounds,
/// grants, payees), nodes stacked in the graph's order with heights proportional to their throughput, and
/// each flow a curved band as thick as its amount. Labels show amounts exactly, in the asset's decimals.
/// </summary>
public static class FlowsSvg
{
    private const double Width = 1000, LabelRoom = 230, CharWidth = 6.6, Margin = 16, NodeWidth = 14, PlotHeight = 420, Gap = 10, PanelHead = 36, PanelFoot = 24;

    /// <summary>The whole SVG document.</summary>
    public static string Render(FundsFlowGraph graph, string title)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var plots = graph.Assets.Select(PlotHeightOf).ToList();
        var height = graph.Assets.Count == 0 ? PanelHead + PanelFoot : plots.Sum(h => PanelHead + h + PanelFoot);
        var svg = new StringBuilder(Svg.Open(Width, height, title));
        if (graph.Assets.Count == 0)
        {
            svg.Append($"<text x=\"{Margin}\" y=\"{PanelHead - 14}\">No money has moved yet.</text>\n");
        }
        var top = 0.0;
        for (var i = 0; i < graph.Assets.Count; i++)
        {
            Panel(svg, graph.Assets[i], top, plots[i]);
            top += PanelHead + plots[i] + PanelFoot;
        }
        return svg.Append("</svg>\n").ToString();
    }

    /// <summary>Tall enough that the fullest column's nodes keep a readable height between their gaps.</summary>
    private static double PlotHeightOf(AssetFlow flow) =>
        Math.Max(PlotHeight, flow.Nodes.GroupBy(n => n.Stage).Max(g => g.Count()) * (Gap + 14));

    private static void Panel(StringBuilder svg, AssetFlow flow, double top, double plotHeight)
    {
        var fundedIn = Money.Format(flow.FundedIn, flow.Decimals);
        svg.Append($"<g class=\"asset\" data-asset=\"{Svg.X(flow.Asset)}\">\n");
        svg.Append($"<text x=\"{Margin}\" y=\"{Svg.N(top + 22)}\" font-size=\"15\" font-weight=\"bold\">{Svg.X(flow.Asset)}: {fundedIn} paid in by funders</text>\n");
        var layout = Layout(flow, top + PanelHead, plotHeight);
        var outOffset = new Dictionary<string, double>(StringComparer.Ordinal);
        var inOffset = new Dictionary<string, double>(StringComparer.Ordinal);
        // Bands first, so nodes and labels draw over them; ordered so bands leave and arrive without crossing inside a node.
        var bands = flow.Edges.OrderBy(e => layout[e.From].Y).ThenBy(e => layout[e.To].Y).ToList();
        foreach (var edge in bands)
        {
            var (from, to) = (layout[edge.From], layout[edge.To]);
            var thickness = Math.Max(edge.Amount * layout.Scale, 0.5);
            var y0 = from.Y + outOffset.GetValueOrDefault(edge.From) + thickness / 2;
            var y1 = to.Y + inOffset.GetValueOrDefault(edge.To) + thickness / 2;
            outOffset[edge.From] = outOffset.GetValueOrDefault(edge.From) + thickness;
            inOffset[edge.To] = inOffset.GetValueOrDefault(edge.To) + thickness;
            var (x0, x1) = (from.X + NodeWidth, to.X);
            var bend = Math.Max(Math.Abs(x1 - x0) / 2, 40);
            var amount = $"{Money.Format(edge.Amount, flow.Decimals)} {flow.Asset}";
            svg.Append($"<path class=\"flow\" data-from=\"{Svg.X(edge.From)}\" data-to=\"{Svg.X(edge.To)}\" data-amount=\"{edge.Amount}\" ")
               .Append($"d=\"M{Svg.N(x0)},{Svg.N(y0)} C{Svg.N(x0 + bend)},{Svg.N(y0)} {Svg.N(x1 - bend)},{Svg.N(y1)} {Svg.N(x1)},{Svg.N(y1)}\" ")
               .Append($"fill=\"none\" stroke=\"{Svg.Colour((int)from.Node.Stage)}\" stroke-opacity=\"0.35\" stroke-width=\"{Svg.N(thickness)}\">")
               .Append($"<title>{Svg.X(from.Node.Label)} → {Svg.X(to.Node.Label)}: {amount}</title></path>\n");
        }
        var room = layout.Step > 0 ? layout.Step - NodeWidth - 8 : LabelRoom;
        foreach (var (account, box) in layout.OrderBy(kv => kv.Value.Column).ThenBy(kv => kv.Value.Y))
        {
            var node = box.Node;
            var amount = $"{Money.Format(node.Throughput, flow.Decimals)} {flow.Asset}";
            svg.Append($"<rect class=\"node\" data-account=\"{Svg.X(account)}\" data-stage=\"{node.Stage}\" x=\"{Svg.N(box.X)}\" y=\"{Svg.N(box.Y)}\" ")
               .Append($"width=\"{NodeWidth}\" height=\"{Svg.N(box.Height)}\" fill=\"{Svg.Colour((int)node.Stage)}\"><title>{Svg.X(account)}: in {Money.Format(node.In, flow.Decimals)}, ")
               .Append($"out {Money.Format(node.Out, flow.Decimals)}, balance {Money.Format(node.Balance, flow.Decimals)} {Svg.X(flow.Asset)}</title></rect>\n");
            // Labels sit right of their node, clipped to the room before the next column (the last column has the right margin).
            var fits = (int)((box.Column == layout.Columns - 1 ? LabelRoom : room) / CharWidth);
            var (x, y) = (Svg.N(box.X + NodeWidth + 4), box.Y + box.Height / 2 + 4);
            if (box.Height >= 28)
            {
                // Tall enough for two lines: the name, then the amount, so neither is clipped as much.
                svg.Append($"<text x=\"{x}\" y=\"{Svg.N(y - 7)}\">{Svg.X(Clip(node.Label, fits))}<tspan x=\"{x}\" dy=\"14\" fill=\"#444\">{Svg.X(Clip(amount, fits))}</tspan></text>\n");
            }
            else
            {
                svg.Append($"<text x=\"{x}\" y=\"{Svg.N(y)}\">{Svg.X(Clip($"{node.Label} · {amount}", fits))}</text>\n");
            }
        }
        svg.Append("</g>\n");
    }

    private static string Clip(string text, int fits) =>
        text.Length <= fits ? text : string.Concat(text.AsSpan(0, Math.Max(fits - 1, 1)), "…");

    private static SankeyLayout Layout(AssetFlow flow, double top, double plotHeight)
    {
        var stages = flow.Nodes.Select(n => n.Stage).Distinct().Order().ToList();
        var columns = stages.Select(stage => flow.Nodes.Where(n => n.Stage == stage).ToList()).ToList();
        // One scale for every column, so equal amounts are equally thick everywhere; the fullest column fills the plot.
        var scale = columns.Min(c => (plotHeight - Gap * (c.Count - 1)) / Math.Max(1, c.Sum(n => n.Throughput)));
        var step = stages.Count > 1 ? (Width - Margin - LabelRoom - NodeWidth) / (stages.Count - 1) : 0;
        var layout = new SankeyLayout(stages.Count, scale, step);
        for (var c = 0; c < columns.Count; c++)
        {
            var y = top;
            foreach (var node in columns[c])
            {
                var height = Math.Max(node.Throughput * scale, 1);
                layout[node.Account] = new NodeBox(node, c, Margin + c * step, y, height);
                y += height + Gap;
            }
        }
        return layout;
    }

    private sealed class SankeyLayout(int columns, double scale, double step) : Dictionary<string, NodeBox>(StringComparer.Ordinal)
    {
        public double Step { get; } = step;

        public int Columns { get; } = columns;

        public double Scale { get; } = scale;
    }

    private sealed record NodeBox(FlowNode Node, int Column, double X, double Y, double Height);
}
