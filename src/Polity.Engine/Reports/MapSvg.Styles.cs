using System.Globalization;
using System.Xml;
using Polity.Core.Charters;

namespace Polity.Engine.Reports;

public static partial class MapSvg
{
    /// <summary>How a relationship type is drawn: stroke colour and dash pattern (empty for a solid line).</summary>
    /// <param name="Colour">A CSS colour.</param>
    /// <param name="Dash">An SVG <c>stroke-dasharray</c>, or empty.</param>
    public sealed record EdgeStyle(string Colour, string Dash);

    private static readonly Dictionary<string, EdgeStyle> BuiltInStyles = new(StringComparer.Ordinal)
    {
        ["funds"] = new("#2e7d32", ""),
        ["serves"] = new("#1565c0", "7 4"),
        ["represents"] = new("#6a1b9a", "2 4"),
        ["employs"] = new("#c62828", ""),
        ["partners-with"] = new("#ef6c00", "9 4 2 4"),
    };

    private static readonly string[] CustomColours = ["#00838f", "#5d4037", "#ad1457", "#558b2f", "#283593", "#9e9d24"];

    private static readonly string[] CustomDashes = ["4 3", "10 3", "1 3", "6 2 1 2"];

    /// <summary>
    /// The style of every relationship type the charter knows, built-ins first: fixed styles for the built-ins,
    /// and for custom types colour and dash by declaration order, so the same charter always draws the same way.
    /// </summary>
    public static IReadOnlyList<(RelationshipType Type, EdgeStyle Style)> Styles(StakeholderRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var styles = RelationshipTypes.BuiltIn.Select(t => (t, BuiltInStyles[t.Name])).ToList();
        for (var i = 0; i < rules.RelationshipTypes.Count; i++)
        {
            styles.Add((rules.RelationshipTypes[i], new EdgeStyle(CustomColours[i % CustomColours.Length], CustomDashes[i / CustomColours.Length % CustomDashes.Length])));
        }
        return styles;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static void Rect(XmlWriter w, double x, double y, double width, double height, string fill, string stroke, int rx = 0, string dash = "")
    {
        w.WriteStartElement("rect");
        w.WriteAttributeString("x", N(x));
        w.WriteAttributeString("y", N(y));
        w.WriteAttributeString("width", N(width));
        w.WriteAttributeString("height", N(height));
        if (rx > 0)
        {
            w.WriteAttributeString("rx", N(rx));
        }
        w.WriteAttributeString("fill", fill);
        w.WriteAttributeString("stroke", stroke);
        if (dash.Length > 0)
        {
            w.WriteAttributeString("stroke-dasharray", dash);
        }
        w.WriteEndElement();
    }

    private static void Text(XmlWriter w, double x, double y, string content, int size, string weight, string fill = "#111111", string anchor = "start")
    {
        w.WriteStartElement("text");
        w.WriteAttributeString("x", N(x));
        w.WriteAttributeString("y", N(y));
        w.WriteAttributeString("font-size", N(size));
        if (weight != "normal")
        {
            w.WriteAttributeString("font-weight", weight);
        }
        w.WriteAttributeString("fill", fill);
        if (anchor != "start")
        {
            w.WriteAttributeString("text-anchor", anchor);
        }
        w.WriteString(content);
        w.WriteEndElement();
    }

    private static void Element(XmlWriter w, string name, string content) => w.WriteElementString(name, content);

    /// <summary>Coordinates with at most one decimal, invariant culture: fixed bytes on every machine.</summary>
    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
