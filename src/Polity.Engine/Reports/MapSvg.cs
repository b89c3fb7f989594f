using System.Globalization;
using System.Text;
using System.Xml;
using Polity.Core.Map;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Engine.Reports;

/// <summary>
/// The stakeholder map as a self-contained SVG: each house a box holding its members (a stakeholder in several
/// houses sits in the first, its other houses named under it; stakeholders in no house sit in "no house"),
/// holding relationships as styled, directed edges (hover one for its type, since-date and evidence), and a
/// legend of the types. The layout is a fixed grid in charter and registration order, so the same state always
/// gives the same bytes. Pure: it reads a state and returns text.
/// </summary>
public static partial class MapSvg
{
    private const int CellWidth = 170;
    private const int CellHeight = 78;
    private const int BoxPad = 16;
    private const int BoxHeader = 30;
    private const int Gap = 40;
    private const int Margin = 24;
    private const int TitleHeight = 50;
    private const int MaxBoxesPerRow = 3;
    private const int LegendRow = 22;
    private const string NoHouse = "no house";

    private static readonly EdgeStyle Dropped = new("#9e9e9e", "3 3");

    private sealed record Box(string Id, string Label, List<Stakeholder> Members, double X, double Y, double Width, double Height);

    /// <summary>The map of <paramref name="state"/> as SVG text (UTF-8, no external references).</summary>
    public static string Render(NetworkState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var boxes = Layout(state, out var width, out var boxesBottom);
        var centres = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        foreach (var box in boxes)
        {
            centres[box.Id] = (box.X + box.Width / 2, box.Y - 2);
            for (var i = 0; i < box.Members.Count; i++)
            {
                centres[box.Members[i].Address.Value] = NodeCentre(box, i);
            }
        }
        var styles = Styles(state.Charter.Charter.Stakeholders);
        var conflictTypes = state.Charter.Charter.Stakeholders.ConflictOfInterest
            .Select(n => (Name: n, Type: state.Charter.Charter.Stakeholders.Resolve(n)?.Type.Name))
            .Where(c => c.Type is not null)
            .GroupBy(c => c.Type!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(c => c.Name)), StringComparer.Ordinal);
        var height = boxesBottom + Gap + LegendRow * (styles.Count + 1) + Margin;

        var text = new StringBuilder();
        using (var w = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            w.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            w.WriteAttributeString("width", N(width));
            w.WriteAttributeString("height", N(height));
            w.WriteAttributeString("viewBox", $"0 0 {N(width)} {N(height)}");
            w.WriteAttributeString("font-family", "sans-serif");
            w.WriteAttributeString("role", "img");
            Element(w, "title", $"Stakeholder map of {state.Network}");
            WriteMarkers(w, styles);
            Rect(w, 0, 0, width, height, "#ffffff", "none");
            Text(w, Margin, 30, $"Stakeholder map — {state.Network}", 18, "bold");
            Text(w, Margin, 46, $"{state.Stakeholders.Count} stakeholders · {boxes.Count(b => b.Id != NoHouse)} houses · {state.Map.Active.Count()} relationships", 11, "normal", "#555555");
            foreach (var box in boxes)
            {
                WriteBox(w, state, box);
            }
            var styleOf = styles.ToDictionary(s => s.Type.Name, s => s.Style, StringComparer.Ordinal);
            foreach (var r in state.Map.Active)
            {
                if (centres.TryGetValue(r.From.ToString(), out var from) && centres.TryGetValue(r.To.ToString(), out var to))
                {
                    // A type a later charter dropped still draws, in grey, so the map never loses a relationship that holds.
                    WriteEdge(w, state, r, from, to, styleOf.GetValueOrDefault(r.Type) ?? Dropped, conflictTypes.ContainsKey(r.Type));
                }
            }
            WriteLegend(w, styles, conflictTypes, boxesBottom + Gap);
            w.WriteEndElement();
        }
        return text.ToString();
    }

    private static List<Box> Layout(NetworkState state, out double width, out double bottom)
    {
        var placed = new HashSet<Address>();
        var groups = new List<(string Id, string Label, List<Stakeholder> Members)>();
        var ordered = state.Stakeholders.Values.OrderBy(s => s.Since).ThenBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Address.Value, StringComparer.Ordinal).ToList();
        foreach (var house in state.Charter.Charter.Houses)
        {
            var members = ordered.Where(s => state.IsMember(house.Id, s.Address) && placed.Add(s.Address)).ToList();
            groups.Add((house.Id, house.Id, members));
        }
        var rest = ordered.Where(s => !placed.Contains(s.Address)).ToList();
        if (rest.Count > 0)
        {
            groups.Add((NoHouse, NoHouse, rest));
        }
        var boxes = new List<Box>();
        double x = Margin, y = Margin + TitleHeight, rowHeight = 0;
        width = 0;
        for (var i = 0; i < groups.Count; i++)
        {
            if (i > 0 && i % MaxBoxesPerRow == 0)
            {
                x = Margin;
                y += rowHeight + Gap;
                rowHeight = 0;
            }
            var (id, label, members) = groups[i];
            var cols = Math.Max(1, Math.Min(3, (int)Math.Ceiling(Math.Sqrt(members.Count))));
            var rows = Math.Max(1, (members.Count + cols - 1) / cols);
            var elsewhere = id == NoHouse ? 0 : state.MembersOf(id).Count - members.Count;
            var box = new Box(id, label, members, x, y, cols * CellWidth + 2 * BoxPad, (members.Count == 0 ? 0 : rows * CellHeight) + BoxHeader + BoxPad + (elsewhere > 0 ? 18 : 0));
            boxes.Add(box);
            x += box.Width + Gap;
            rowHeight = Math.Max(rowHeight, box.Height);
            width = Math.Max(width, x - Gap + Margin);
        }
        bottom = y + rowHeight;
        width = Math.Max(width, 560);
        return boxes;
    }

    private static (double X, double Y) NodeCentre(Box box, int index)
    {
        var cols = (int)Math.Round((box.Width - 2 * BoxPad) / CellWidth);
        return (box.X + BoxPad + (index % cols + 0.5) * CellWidth, box.Y + BoxHeader + (index / cols) * CellHeight + 26);
    }

    private static void WriteBox(XmlWriter w, NetworkState state, Box box)
    {
        w.WriteStartElement("g");
        w.WriteAttributeString("class", "house");
        w.WriteAttributeString("id", $"house-{box.Id.Replace(' ', '-')}");
        Rect(w, box.X, box.Y, box.Width, box.Height, box.Id == NoHouse ? "#fafafa" : "#f3f6fa", box.Id == NoHouse ? "#bbbbbb" : "#7a8ca5", rx: 10, dash: box.Id == NoHouse ? "4 4" : "");
        var house = state.Charter.Charter.FindHouse(box.Id);
        Text(w, box.X + 12, box.Y + 20, box.Label, 13, "bold", "#2b3a55");
        if (house is not null)
        {
            Text(w, box.X + box.Width - 12, box.Y + 20, state.MembersOf(box.Id).Count == 1 ? "1 member" : $"{state.MembersOf(box.Id).Count} members", 10, "normal", "#6b7a90", "end");
        }
        // Members drawn in an earlier house are named here, so every house shows everyone who votes in it.
        var elsewhere = house is null ? [] : state.MembersOf(box.Id).Keys.Where(a => !box.Members.Exists(m => m.Address == a))
            .Select(a => state.Stakeholders.TryGetValue(a, out var st) ? st.Name : a.Value).Order(StringComparer.Ordinal).ToList();
        if (elsewhere.Count > 0)
        {
            Text(w, box.X + 12, box.Y + box.Height - 12, Shorten($"also: {string.Join(", ", elsewhere)}", (int)(box.Width / 6.2)), 10, "normal", "#6b7a90");
        }
        for (var i = 0; i < box.Members.Count; i++)
        {
            var s = box.Members[i];
            var (cx, cy) = NodeCentre(box, i);
            w.WriteStartElement("g");
            w.WriteAttributeString("class", "stakeholder");
            Element(w, "title", $"{s.Name} ({s.Kind}) {s.Address}");
            if (s.Kind == "organisation")
            {
                Rect(w, cx - 14, cy - 14, 28, 28, "#ffffff", "#2b3a55", rx: 5);
            }
            else
            {
                w.WriteStartElement("circle");
                w.WriteAttributeString("cx", N(cx));
                w.WriteAttributeString("cy", N(cy));
                w.WriteAttributeString("r", "14");
                w.WriteAttributeString("fill", "#ffffff");
                w.WriteAttributeString("stroke", "#2b3a55");
                w.WriteEndElement();
            }
            Text(w, cx, cy + 30, Shorten(s.Name, 24), 11, "normal", "#111111", "middle");
            var others = state.HousesOf(s.Address).Where(h => h != box.Id).ToList();
            if (others.Count > 0)
            {
                Text(w, cx, cy + 43, Shorten($"also {string.Join(", ", others)}", 28), 9, "normal", "#6b7a90", "middle");
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter w, NetworkState state, Relationship r, (double X, double Y) from, (double X, double Y) to, EdgeStyle style, bool conflict)
    {
        // A gentle curve to the right of the direction of travel keeps A→B and B→A apart.
        var (mx, my) = ((from.X + to.X) / 2, (from.Y + to.Y) / 2);
        var (dx, dy) = (to.X - from.X, to.Y - from.Y);
        var length = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
        var bend = Math.Min(40, length / 5);
        var (qx, qy) = (mx - dy / length * bend, my + dx / length * bend);
        // End the line at the edge of the target node, not its centre, so the arrow head shows.
        var (ex, ey) = Towards(to, (qx, qy), 17);
        var (sx, sy) = Towards(from, (qx, qy), 15);
        w.WriteStartElement("path");
        w.WriteAttributeString("class", $"edge rel-{r.Type}");
        w.WriteAttributeString("d", $"M {N(sx)} {N(sy)} Q {N(qx)} {N(qy)} {N(ex)} {N(ey)}");
        w.WriteAttributeString("fill", "none");
        w.WriteAttributeString("stroke", style.Colour);
        w.WriteAttributeString("stroke-width", conflict ? "2.5" : "1.8");
        if (style.Dash.Length > 0)
        {
            w.WriteAttributeString("stroke-dasharray", style.Dash);
        }
        if (state.Charter.Charter.Stakeholders.Resolve(r.Type) is { Type.Symmetric: false })
        {
            w.WriteAttributeString("marker-end", $"url(#arrow-{r.Type})");
        }
        Element(w, "title", $"{PartyName(state, r.From)} {r.Type} {PartyName(state, r.To)} since {Date(r.Since)} (relationship {r.Id}){(r.Evidence.Length > 0 ? $": {r.Evidence}" : "")}");
        w.WriteEndElement();
    }

    /// <summary>The point <paramref name="by"/> pixels from <paramref name="point"/> towards <paramref name="towards"/>, so lines meet a node's rim, not its centre.</summary>
    private static (double X, double Y) Towards((double X, double Y) point, (double X, double Y) towards, double by)
    {
        var d = Math.Max(1, Dist(point, towards));
        return (point.X + (towards.X - point.X) / d * by, point.Y + (towards.Y - point.Y) / d * by);
    }

    private static double Dist((double X, double Y) a, (double X, double Y) b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    private static void WriteMarkers(XmlWriter w, IReadOnlyList<(Core.Charters.RelationshipType Type, EdgeStyle Style)> styles)
    {
        w.WriteStartElement("defs");
        foreach (var (type, style) in styles)
        {
            w.WriteStartElement("marker");
            w.WriteAttributeString("id", $"arrow-{type.Name}");
            w.WriteAttributeString("viewBox", "0 0 10 10");
            w.WriteAttributeString("refX", "9");
            w.WriteAttributeString("refY", "5");
            w.WriteAttributeString("markerWidth", "7");
            w.WriteAttributeString("markerHeight", "7");
            w.WriteAttributeString("orient", "auto-start-reverse");
            w.WriteStartElement("path");
            w.WriteAttributeString("d", "M 0 0 L 10 5 L 0 10 z");
            w.WriteAttributeString("fill", style.Colour);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void WriteLegend(XmlWriter w, IReadOnlyList<(Core.Charters.RelationshipType Type, EdgeStyle Style)> styles, Dictionary<string, string> conflictTypes, double top)
    {
        w.WriteStartElement("g");
        w.WriteAttributeString("class", "legend");
        Text(w, Margin, top + 12, "Relationships (arrow: first party → second party; bold: makes a conflict of interest)", 12, "bold", "#2b3a55");
        for (var i = 0; i < styles.Count; i++)
        {
            var (type, style) = styles[i];
            var y = top + LegendRow * (i + 1) + 10;
            w.WriteStartElement("line");
            w.WriteAttributeString("x1", N(Margin));
            w.WriteAttributeString("y1", N(y));
            w.WriteAttributeString("x2", N(Margin + 50));
            w.WriteAttributeString("y2", N(y));
            w.WriteAttributeString("stroke", style.Colour);
            w.WriteAttributeString("stroke-width", conflictTypes.ContainsKey(type.Name) ? "2.5" : "1.8");
            if (style.Dash.Length > 0)
            {
                w.WriteAttributeString("stroke-dasharray", style.Dash);
            }
            w.WriteEndElement();
            var names = type.Symmetric ? type.Name : $"{type.Name} / {type.Inverse}";
            var note = (type.Description.Length > 0 ? $" — {type.Description}" : "") + (conflictTypes.TryGetValue(type.Name, out var listed) ? $" (conflict of interest: {listed})" : "");
            Text(w, Margin + 60, y + 4, names + note, 11, "normal", "#111111");
        }
        w.WriteEndElement();
    }

    private static string PartyName(NetworkState state, Party party) =>
        party.Stakeholder is { } a && state.Stakeholders.TryGetValue(a, out var s) ? s.Name : party.ToString();

    private static string Date(long unix) => DateTimeOffset.FromUnixTimeSeconds(unix).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
