using System.Globalization;
using System.Text;
using Polity.Core.Primitives;

namespace Polity.Engine.Reports;

/// <summary>How a chart's values read.</summary>
public enum ChartScale
{
    /// <summary>Counts and other whole or decimal numbers, from 0 to the largest value.</summary>
    Number,

    /// <summary>Shares, always from 0% to 100%.</summary>
    Percent,
}

/// <summary>One line of a chart: a name and a value per x position (null where there is none).</summary>
/// <param name="Name">Legend text (a house).</param>
/// <param name="Values">Exact values, one per x label.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<Fraction?> Values);

/// <summary>A line chart to draw: what it shows, its x labels and its lines.</summary>
/// <param name="Id">A short name, used for the file name (<c>metrics-ID.svg</c>).</param>
/// <param name="Title">Heading.</param>
/// <param name="Description">One sentence on what is plotted.</param>
/// <param name="Scale">Number or percent.</param>
/// <param name="X">Labels along the x axis (months or proposals).</param>
/// <param name="Series">The lines.</param>
public sealed record Chart(string Id, string Title, string Description, ChartScale Scale, IReadOnlyList<string> X, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>Grouped bars instead of lines: for values that do not continue from one x to the next (one proposal to another).</summary>
    public bool Bars { get; init; }
}

/// <summary>
/// Draws a <see cref="Chart"/> as a self-contained SVG line (or grouped bar) chart with axes, gridlines, a legend and each
/// point's exact value in its tooltip. Values are plotted as approximations; labels round explicitly
/// (percentages to two decimals, other numbers to one).
/// </summary>
public static class ChartSvg
{
    private static readonly int[] NiceSteps = [1, 2, 5, 10];
    private const double Width = 720, Height = 320, Left = 56, Right = 150, Top = 40, Bottom = 48;

    /// <summary>The SVG document.</summary>
    public static string Render(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var svg = new StringBuilder(Svg.Open(Width, Height, chart.Title));
        svg.Append($"<text x=\"{Left}\" y=\"22\" font-size=\"15\" font-weight=\"bold\">{Svg.X(chart.Title)}</text>\n");
        var values = chart.Series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => v!.Value.ToDouble()).ToList();
        var max = chart.Scale == ChartScale.Percent ? 1 : NiceMax(values.Count == 0 ? 0 : values.Max());
        var (plotW, plotH) = (Width - Left - Right, Height - Top - Bottom);
        double Y(double v) => Top + plotH - (max == 0 ? 0 : v / max * plotH);
        // Bars sit in slots centred on each label; lines run edge to edge.
        double X(int i) => chart.Bars ? Left + (i + 0.5) * plotW / Math.Max(chart.X.Count, 1)
            : Left + (chart.X.Count <= 1 ? plotW / 2 : i * plotW / (chart.X.Count - 1));
        for (var t = 0; t <= 4; t++)
        {
            var v = max * t / 4;
            var label = chart.Scale == ChartScale.Percent ? $"{v * 100:0}%" : v.ToString("0.##", CultureInfo.InvariantCulture);
            svg.Append($"<line x1=\"{Left}\" x2=\"{Svg.N(Left + plotW)}\" y1=\"{Svg.N(Y(v))}\" y2=\"{Svg.N(Y(v))}\" stroke=\"#ddd\"/>")
               .Append($"<text x=\"{Left - 6}\" y=\"{Svg.N(Y(v) + 4)}\" text-anchor=\"end\" fill=\"#555\">{label}</text>\n");
        }
        var every = Math.Max(1, (int)Math.Ceiling(chart.X.Count / 12.0));
        for (var i = 0; i < chart.X.Count; i += every)
        {
            svg.Append($"<text x=\"{Svg.N(X(i))}\" y=\"{Svg.N(Top + plotH + 18)}\" text-anchor=\"middle\" fill=\"#555\">{Svg.X(chart.X[i])}</text>\n");
        }
        svg.Append($"<line x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{Svg.N(Top + plotH)}\" stroke=\"#888\"/>")
           .Append($"<line x1=\"{Left}\" x2=\"{Svg.N(Left + plotW)}\" y1=\"{Svg.N(Top + plotH)}\" y2=\"{Svg.N(Top + plotH)}\" stroke=\"#888\"/>\n");
        for (var s = 0; s < chart.Series.Count; s++)
        {
            if (chart.Bars)
            {
                Bars(svg, chart, s, plotW, X, Y);
            }
            else
            {
                Line(svg, chart, chart.Series[s], Svg.Colour(s), X, Y);
            }
            var ly = Top + 8 + s * 18;
            svg.Append($"<g class=\"legend\"><rect x=\"{Svg.N(Width - Right + 12)}\" y=\"{Svg.N(ly - 8)}\" width=\"12\" height=\"3\" fill=\"{Svg.Colour(s)}\"/>")
               .Append($"<text x=\"{Svg.N(Width - Right + 30)}\" y=\"{Svg.N(ly - 3)}\">{Svg.X(chart.Series[s].Name)}</text></g>\n");
        }
        svg.Append($"<text x=\"{Left}\" y=\"{Svg.N(Height - 8)}\" fill=\"#555\" font-size=\"11\">{Svg.X(chart.Description)}</text>\n");
        return svg.Append("</svg>\n").ToString();
    }

    /// <summary>A value as a label: a percentage with two decimals, or a number rounded to one decimal (half away from zero).</summary>
    public static string Format(Fraction value, ChartScale scale) => scale == ChartScale.Percent
        ? value.ToPercent()
        : value.IsWhole ? value.ToString() : Math.Round(value.ToDouble(), 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder svg, Chart chart, ChartSeries series, string colour, Func<int, double> x, Func<double, double> y)
    {
        var path = new StringBuilder();
        var pen = 'M';
        var dots = new StringBuilder();
        for (var i = 0; i < series.Values.Count && i < chart.X.Count; i++)
        {
            if (series.Values[i] is not { } value)
            {
                pen = 'M';
                continue;
            }
            var (px, py) = (x(i), y(value.ToDouble()));
            path.Append($"{pen}{Svg.N(px)},{Svg.N(py)} ");
            pen = 'L';
            dots.Append($"<circle cx=\"{Svg.N(px)}\" cy=\"{Svg.N(py)}\" r=\"3\" fill=\"{colour}\"><title>{Svg.X(series.Name)}, {Svg.X(chart.X[i])}: {Format(value, chart.Scale)}</title></circle>");
        }
        svg.Append($"<g class=\"series\" data-series=\"{Svg.X(series.Name)}\">");
        if (path.Length > 0)
        {
            svg.Append($"<path d=\"{path.ToString().TrimEnd()}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>");
        }
        svg.Append(dots).Append("</g>\n");
    }

    private static void Bars(StringBuilder svg, Chart chart, int s, double plotW, Func<int, double> x, Func<double, double> y)
    {
        var series = chart.Series[s];
        var width = plotW / Math.Max(chart.X.Count, 1) * 0.8 / Math.Max(chart.Series.Count, 1);
        svg.Append($"<g class=\"series\" data-series=\"{Svg.X(series.Name)}\">");
        for (var i = 0; i < series.Values.Count && i < chart.X.Count; i++)
        {
            if (series.Values[i] is not { } value)
            {
                continue;
            }
            var left = x(i) - width * chart.Series.Count / 2 + s * width;
            var (top, bottom) = (y(value.ToDouble()), y(0));
            svg.Append($"<rect x=\"{Svg.N(left)}\" y=\"{Svg.N(top)}\" width=\"{Svg.N(width)}\" height=\"{Svg.N(Math.Max(bottom - top, 0.5))}\" fill=\"{Svg.Colour(s)}\">")
               .Append($"<title>{Svg.X(series.Name)}, {Svg.X(chart.X[i])}: {Format(value, chart.Scale)}</title></rect>");
        }
        svg.Append("</g>\n");
    }

    /// <summary>A round upper bound for the y axis (1, 2 or 5 times a power of ten), at least 1.</summary>
    private static double NiceMax(double max)
    {
        if (max <= 1)
        {
            return 1;
        }
        var power = Math.Pow(10, Math.Floor(Math.Log10(max)));
        return NiceSteps.Select(m => m * power).First(m => m >= max);
    }
}
