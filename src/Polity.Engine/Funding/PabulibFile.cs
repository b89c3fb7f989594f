using System.Globalization;
using System.Text;
using Polity.Core.Funding.Budgeting;

namespace Polity.Engine.Funding;

/// <summary>
/// A Pabulib <c>.pb</c> file (http://pabulib.org/format): UTF-8 text in three sections, <c>META</c>
/// (<c>key;value</c>), <c>PROJECTS</c> and <c>VOTES</c>, each starting with a header row that names its columns;
/// cells are <c>;</c>-separated and may be quoted with <c>"</c> (a doubled <c>""</c> inside quotes is one quote).
/// Reading keeps every column so that <see cref="Write"/> gives the same data back.
/// </summary>
public sealed partial class PabulibFile
{
    private PabulibFile(
        IReadOnlyList<KeyValuePair<string, string>> meta,
        IReadOnlyList<string> projectColumns, IReadOnlyList<PabulibRow> projects,
        IReadOnlyList<string> voteColumns, IReadOnlyList<PabulibRow> votes, string name)
    {
        Meta = meta;
        ProjectColumns = projectColumns;
        Projects = projects;
        VoteColumns = voteColumns;
        Votes = votes;
        Name = name;
    }

    /// <summary>The file name used in messages.</summary>
    public string Name { get; }

    /// <summary>META pairs in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Meta { get; }

    /// <summary>PROJECTS header.</summary>
    public IReadOnlyList<string> ProjectColumns { get; }

    /// <summary>PROJECTS rows.</summary>
    public IReadOnlyList<PabulibRow> Projects { get; }

    /// <summary>VOTES header.</summary>
    public IReadOnlyList<string> VoteColumns { get; }

    /// <summary>VOTES rows.</summary>
    public IReadOnlyList<PabulibRow> Votes { get; }

    /// <summary>A META value, or null.</summary>
    public string? MetaValue(string key) => Meta.Where(m => m.Key == key).Select(m => m.Value).FirstOrDefault();

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static PabulibFile Load(string path) => Parse(File.ReadAllText(path, Encoding.UTF8), path);

    /// <summary>Parses <paramref name="text"/>; <paramref name="name"/> names it in error messages.</summary>
    public static PabulibFile Parse(string text, string name = "<input>")
    {
        ArgumentNullException.ThrowIfNull(text);
        var meta = new List<KeyValuePair<string, string>>();
        var sections = new Dictionary<string, (List<string> Header, List<PabulibRow> Rows)>(StringComparer.Ordinal);
        string? section = null;
        List<string>? header = null;
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var number = i + 1;
            if (line.Length == 0)
            {
                continue;
            }
            var cells = SplitCells(line, name, number);
            var first = cells[0].Trim();
            if (cells.Skip(1).All(c => c.Trim().Length == 0) && first is "META" or "PROJECTS" or "VOTES")
            {
                if (sections.ContainsKey(first))
                {
                    throw new PabulibFormatException(name, number, $"section {first} appears twice");
                }
                section = first;
                header = null;
                sections[first] = ([], []);
                continue;
            }
            if (section is null)
            {
                throw new PabulibFormatException(name, number, "expected a META, PROJECTS or VOTES section header");
            }
            if (header is null)
            {
                header = [.. cells.Select(c => c.Trim())];
                sections[section] = (header, []);
                continue;
            }
            if (cells.Count > header.Count)
            {
                throw new PabulibFormatException(name, number, $"{cells.Count} cells for {header.Count} columns in {section}");
            }
            if (section == "META")
            {
                meta.Add(new(cells[0].Trim(), cells.Count > 1 ? cells[1].Trim() : ""));
                continue;
            }
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < header.Count; c++)
            {
                row[header[c]] = c < cells.Count ? cells[c] : "";
            }
            sections[section].Rows.Add(new PabulibRow(row, number));
        }
        foreach (var required in new[] { "META", "PROJECTS", "VOTES" })
        {
            if (!sections.ContainsKey(required))
            {
                throw new PabulibFormatException(name, lines.Length, $"no {required} section");
            }
        }
        return new PabulibFile(meta, sections["PROJECTS"].Header, sections["PROJECTS"].Rows,
            sections["VOTES"].Header, sections["VOTES"].Rows, name);
    }

    private static List<string> SplitCells(string line, string name, int number)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (ch == ';')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }
        if (quoted)
        {
            throw new PabulibFormatException(name, number, "a quoted cell is not closed");
        }
        cells.Add(cell.ToString());
        return cells;
    }

    /// <summary>The file as text, in the same layout it is read in (cells quoted only when they must be).</summary>
    public string Write()
    {
        var text = new StringBuilder();
        text.Append("META\nkey;value\n");
        foreach (var (key, value) in Meta)
        {
            text.Append(Quote(key)).Append(';').Append(Quote(value)).Append('\n');
        }
        WriteSection(text, "PROJECTS", ProjectColumns, Projects);
        WriteSection(text, "VOTES", VoteColumns, Votes);
        return text.ToString();
    }

    private static void WriteSection(StringBuilder text, string title, IReadOnlyList<string> columns, IReadOnlyList<PabulibRow> rows)
    {
        text.Append(title).Append('\n').AppendJoin(';', columns.Select(Quote)).Append('\n');
        foreach (var row in rows)
        {
            text.AppendJoin(';', columns.Select(c => Quote(row[c] ?? ""))).Append('\n');
        }
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([';', '"', '\n', '\r']) >= 0 || cell.StartsWith(' ') || cell.EndsWith(' ')
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;

    private static long ParseWhole(string? value, string what, string name, int line)
    {
        if (decimal.TryParse(value?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number >= 0 && number <= long.MaxValue)
        {
            return (long)number;
        }
        throw new PabulibFormatException(name, line, $"{what} '{value}' is not a whole non-negative number");
    }
}
