using System.Globalization;
using Polity.Core.Charters;
using Polity.Core.Primitives;
using static Polity.Engine.Charters.CharterVocabulary;

namespace Polity.Engine.Charters;

/// <summary>
/// Walks the YAML tree into a <see cref="Charter"/>, reporting every shape error and remembering where each
/// dot path sits so that Core's semantic problems can be reported at a line and column too.
/// Where a value is wrong the model gets the default, and the path is marked broken so the semantic
/// checks do not report the same mistake a second time.
/// </summary>
internal sealed partial class CharterReader(CharterDiagnostics diagnostics, IReadOnlyCollection<string> knownMethods)
{
    private static readonly YMapping Empty = new(new Pos(1, 1), []);

    private readonly Dictionary<string, Pos> _positions = new(StringComparer.Ordinal);
    private readonly List<string> _broken = [];

    /// <summary>The model, or null when the document is not a mapping at all.</summary>
    public Charter? Read(YNode root)
    {
        _positions[""] = root.Start;
        if (root is not YMapping)
        {
            Error(root.Start, "", $"the charter: expected a mapping with the keys {string.Join(", ", TopKeys)}, found {Describe(root)}");
            return null;
        }
        var top = Map(root, "", TopKeys, ["network", "purpose"]);
        var network = Text(top.Find("network"), "network", "the network's short name, such as commons-fund");
        var purpose = Text(top.Find("purpose"), "purpose", "a sentence or two on what the network is for");
        var roles = Names(top.Find("roles"), "roles", "role names", checkSlug: true);
        var houses = ReadHouses(top.Find("houses"));
        var decisionTypes = ReadDecisionTypes(top.Find("decision-types"));
        var treasury = ReadTreasury(top.Find("treasury"));
        return new Charter(network, purpose, houses, decisionTypes, treasury, roles, ReadChain(top.Find("chain")))
        {
            Stakeholders = ReadStakeholders(top.Find("stakeholders")),
        };
    }

    /// <summary>Where the node at <paramref name="path"/> starts, or its nearest recorded ancestor.</summary>
    public Pos PositionOf(string path)
    {
        while (true)
        {
            if (_positions.TryGetValue(path, out var at))
            {
                return at;
            }
            if (path.Length == 0)
            {
                return new Pos(1, 1);
            }
            path = Paths.Parent(path);
        }
    }

    /// <summary>
    /// True when houses, roles or assets could not be read at all: every reference to them would then be
    /// reported as unknown, so the semantic checks wait until the declarations read cleanly.
    /// </summary>
    public bool DeclarationsBroken => _broken.Exists(b => b is "houses" or "roles" or "treasury.assets");

    /// <summary>True when a shape error was already reported at or above <paramref name="path"/>.</summary>
    public bool IsBroken(string path) => _broken.Exists(b => Paths.IsAtOrUnder(path, b));

    private List<House> ReadHouses(YNode? node)
    {
        var houses = new List<House>();
        foreach (var (key, value, path) in Entries(node, "houses", "a mapping of house names to their rules"))
        {
            var map = Map(value, path, HouseKeys, [], nullIsEmpty: true);
            var (weight, reputation) = ReadWeight(map.Find("weight"), Paths.Child(path, "weight"));
            houses.Add(new House(
                key,
                weight,
                Choice(map.Find("admit"), Paths.Child(path, "admit"), Admissions, AdmissionRule.ByProposal),
                Names(map.Find("attesters"), Paths.Child(path, "attesters"), "house names"),
                map.Find("description") is { } d ? Text(d, Paths.Child(path, "description"), "free text") : "")
            {
                Reputation = reputation,
            });
        }
        return houses;
    }

    // ---- Shape helpers -------------------------------------------------------------------------

    private void Error(Pos at, string brokenPath, string message)
    {
        diagnostics.Add(at, message);
        _broken.Add(brokenPath);
    }

    private void Remember(string path, Pos at) => _positions.TryAdd(path, at);

    /// <summary>
    /// Checks a mapping's keys and records where each child sits: at the value for a scalar,
    /// at the key for a nested mapping or list (where a reader's eye looks for "houses.guests").
    /// A node that is not a mapping is reported and read as an empty one.
    /// </summary>
    private YMapping Map(YNode? node, string path, string[] allowed, string[] required, bool nullIsEmpty = false)
    {
        if (node is null || (nullIsEmpty && node is YScalar { IsNull: true }))
        {
            return Empty;
        }
        if (node is not YMapping map)
        {
            Error(node.Start, path, $"{Label(path)}: expected a mapping with the keys {string.Join(", ", allowed)}, found {Describe(node)}");
            return Empty;
        }
        foreach (var (key, value) in map.Entries)
        {
            var child = Paths.Child(path, key.Value);
            if (!allowed.Contains(key.Value))
            {
                Error(key.Start, child,
                    $"unknown key '{key.Value}' {Paths.Where(path)}: expected one of {string.Join(", ", allowed)}{Spelling.Hint(key.Value, allowed)}");
                continue;
            }
            Remember(child, value is YScalar { IsNull: false } ? value.Start : key.Start);
        }
        foreach (var key in required)
        {
            if (map.Find(key) is null)
            {
                Error(map.Start, Paths.Child(path, key), $"missing required key '{key}' {Paths.Where(path)}");
            }
        }
        return map;
    }

    /// <summary>The entries of a mapping whose keys are ids (houses, decision types), with each entry's path.</summary>
    private List<(string Key, YNode Value, string Path)> Entries(YNode? node, string path, string expected)
    {
        var entries = new List<(string, YNode, string)>();
        if (node is null)
        {
            return entries;
        }
        if (node is not YMapping map)
        {
            Error(node.Start, path, $"{Label(path)}: expected {expected}, found {Describe(node)}");
            return entries;
        }
        foreach (var (key, value) in map.Entries)
        {
            var child = Paths.Child(path, key.Value);
            Remember(child, value is YScalar { IsNull: false } ? value.Start : key.Start);
            entries.Add((key.Value, value, child));
        }
        return entries;
    }

    private bool TryScalar(YNode? node, string path, string expected, out string text)
    {
        text = "";
        switch (node)
        {
            case null:
                return false;
            case YScalar { IsNull: false } scalar:
                text = scalar.Value;
                return true;
            default:
                Error(node.Start, path, $"{Label(path)}: expected {expected}, found {Describe(node)}");
                return false;
        }
    }

    private string Text(YNode? node, string path, string expected) =>
        TryScalar(node, path, expected, out var text) ? text : "";

    private List<string> Names(YNode? node, string path, string expected, bool checkSlug = false)
    {
        var names = new List<string>();
        if (node is null)
        {
            return names;
        }
        if (node is not YSequence list)
        {
            Error(node.Start, path, $"{Label(path)}: expected a list of {expected} such as [a, b], found {Describe(node)}");
            return names;
        }
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var at = Paths.Child(path, i.ToString(CultureInfo.InvariantCulture));
            Remember(at, item.Start);
            if (!TryScalar(item, at, $"one of the {expected}", out var name))
            {
                continue;
            }
            if (checkSlug && !Slug.IsValid(name))
            {
                Error(item.Start, at, $"{Label(at)}: '{name}' is not a valid name: expected lowercase letters, digits and hyphens");
            }
            names.Add(name);
        }
        return names;
    }

    private T Choice<T>(YNode? node, string path, (string Name, T Value)[] choices, T fallback)
    {
        var names = choices.Select(c => c.Name).ToArray();
        var expected = $"one of {string.Join(", ", names)}";
        if (!TryScalar(node, path, expected, out var text))
        {
            return fallback;
        }
        foreach (var (name, value) in choices)
        {
            if (name == text)
            {
                return value;
            }
        }
        Error(node!.Start, path, $"{Label(path)}: '{text}' is not valid: expected {expected}{Spelling.Hint(text, names)}");
        return fallback;
    }

    private Ratio RatioOr(YNode? node, string path, Ratio fallback)
    {
        if (!TryScalar(node, path, RatioExpected, out var text))
        {
            return fallback;
        }
        if (Ratio.TryParse(text, out var ratio))
        {
            return ratio;
        }
        Error(node!.Start, path, $"{Label(path)}: '{text}' is not valid: expected {RatioExpected}, between 0% and 100%");
        return fallback;
    }

    private Duration DurationOr(YNode? node, string path, Duration fallback)
    {
        if (!TryScalar(node, path, DurationExpected, out var text))
        {
            return fallback;
        }
        try
        {
            if (Duration.TryParse(text, out var duration))
            {
                return duration;
            }
        }
        catch (OverflowException)
        {
            // A duration too long to count in seconds is reported like any other bad value.
        }
        Error(node!.Start, path, $"{Label(path)}: '{text}' is not valid: expected {DurationExpected}");
        return fallback;
    }

    private long? WholeNumber(YNode? node, string path)
    {
        const string expected = "a whole number";
        if (!TryScalar(node, path, expected, out var text))
        {
            return null;
        }
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        Error(node!.Start, path, $"{Label(path)}: '{text}' is not valid: expected {expected}");
        return null;
    }

    private static string Label(string path) => path.Length == 0 ? "the charter" : path;

    private static string Describe(YNode node) => node switch
    {
        YMapping => "a mapping",
        YSequence => "a list",
        YScalar { IsNull: true } => "nothing",
        YScalar s => $"'{s.Value}'",
        _ => "something else",
    };
}
