using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Polity.Engine.Charters;

/// <summary>A 1-based position in the charter text.</summary>
internal readonly record struct Pos(int Line, int Column) : IComparable<Pos>
{
    public static Pos Of(Mark mark) => new((int)mark.Line, (int)mark.Column);

    public int CompareTo(Pos other) => Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);
}

/// <summary>
/// A YAML node that keeps its start position. YamlDotNet's representation model stops at the first
/// duplicate key; building our own small tree from parser events lets the loader report them all.
/// </summary>
internal abstract class YNode(Pos start)
{
    public Pos Start { get; } = start;
}

internal sealed class YScalar(Pos start, string value, bool isNull) : YNode(start)
{
    public string Value { get; } = value;

    /// <summary>An empty plain scalar, <c>~</c> or <c>null</c>: the key is there but says nothing.</summary>
    public bool IsNull { get; } = isNull;
}

internal sealed class YSequence(Pos start, IReadOnlyList<YNode> items) : YNode(start)
{
    public IReadOnlyList<YNode> Items { get; } = items;
}

internal sealed class YMapping(Pos start, IReadOnlyList<KeyValuePair<YScalar, YNode>> entries) : YNode(start)
{
    public IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries { get; } = entries;

    public YNode? Find(string key)
    {
        foreach (var (k, v) in Entries)
        {
            if (k.Value == key)
            {
                return v;
            }
        }
        return null;
    }
}

/// <summary>Builds a <see cref="YNode"/> tree from YamlDotNet parser events, turning syntax errors into diagnostics.</summary>
internal static class YamlTree
{
    private const int MaxDepth = 64;

    /// <summary>The single document's root, or null when the text is not well-formed YAML (the errors say why).</summary>
    public static YNode? Parse(string text, CharterDiagnostics diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var state = new State(parser, diagnostics);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out var end))
            {
                diagnostics.Add(Pos.Of(end.Start), "the charter is empty: expected a mapping with at least network and purpose");
                return null;
            }
            parser.Consume<DocumentStart>();
            var root = state.Read("", 0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Add(Pos.Of(second.Start), "expected a single YAML document, found a second one");
            }
            return root;
        }
        catch (YamlException e)
        {
            var hint = e.Message.Contains("found invalid mapping", StringComparison.Ordinal)
                ? " (a value that contains ': ' must be quoted)"
                : "";
            diagnostics.Add(Pos.Of(e.Start), $"YAML syntax error: {e.Message}{hint}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16.3 throws this instead of a YamlException for an unclosed flow
            // collection followed by more lines (e.g. "a: [1, 2\nb: 3").
            var at = state.OpenFlow.Count > 0 ? state.OpenFlow.Peek() : state.Last;
            diagnostics.Add(at, "YAML syntax error: a flow collection ('[' or '{') opened here is not closed");
            return null;
        }
    }

    private sealed class State(IParser parser, CharterDiagnostics diagnostics)
    {
        private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);

        public Stack<Pos> OpenFlow { get; } = new();

        public Pos Last { get; private set; } = new(1, 1);

        public YNode Read(string path, int depth)
        {
            var current = parser.Current ?? throw new InvalidOperationException("unexpected end of YAML events");
            Last = Pos.Of(current.Start);
            if (depth > MaxDepth)
            {
                throw new YamlException(current.Start, current.End, $"nesting deeper than {MaxDepth} levels");
            }
            switch (current)
            {
                case AnchorAlias alias:
                    parser.MoveNext();
                    if (_anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        return target;
                    }
                    diagnostics.Add(Pos.Of(alias.Start), $"unknown YAML anchor '*{alias.Value.Value}'");
                    return new YScalar(Pos.Of(alias.Start), "", isNull: true);
                case Scalar scalar:
                    parser.MoveNext();
                    return Remember(scalar.Anchor, new YScalar(Pos.Of(scalar.Start), scalar.Value, IsNull(scalar)));
                case SequenceStart start:
                    return Remember(start.Anchor, ReadSequence(start, path, depth));
                case MappingStart start:
                    return Remember(start.Anchor, ReadMapping(start, path, depth));
                default:
                    throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
            }
        }

        private YSequence ReadSequence(SequenceStart start, string path, int depth)
        {
            parser.MoveNext();
            if (start.Style == SequenceStyle.Flow)
            {
                OpenFlow.Push(Pos.Of(start.Start));
            }
            var items = new List<YNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(Read(Paths.Child(path, items.Count.ToString()), depth + 1));
            }
            if (start.Style == SequenceStyle.Flow)
            {
                OpenFlow.Pop();
            }
            return new YSequence(Pos.Of(start.Start), items);
        }

        private YMapping ReadMapping(MappingStart start, string path, int depth)
        {
            parser.MoveNext();
            if (start.Style == MappingStyle.Flow)
            {
                OpenFlow.Push(Pos.Of(start.Start));
            }
            var entries = new List<KeyValuePair<YScalar, YNode>>();
            var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = Read(path, depth + 1);
                var value = Read(key is YScalar s ? Paths.Child(path, s.Value) : path, depth + 1);
                if (key is not YScalar name || name.IsNull)
                {
                    diagnostics.Add(key.Start, $"expected a plain name as a key {Paths.Where(path)}");
                }
                else if (seen.TryGetValue(name.Value, out var first))
                {
                    diagnostics.Add(name.Start, $"duplicate key '{name.Value}' {Paths.Where(path)} (first at line {first.Start.Line})");
                }
                else
                {
                    seen.Add(name.Value, name);
                    entries.Add(new(name, value));
                }
            }
            if (start.Style == MappingStyle.Flow)
            {
                OpenFlow.Pop();
            }
            return new YMapping(Pos.Of(start.Start), entries);
        }

        private YNode Remember(AnchorName anchor, YNode node)
        {
            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = node;
            }
            return node;
        }

        private static bool IsNull(Scalar scalar) =>
            scalar.Style == ScalarStyle.Plain
            && scalar.Tag.IsEmpty
            && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
    }
}
