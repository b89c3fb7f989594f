using System.Globalization;
using Polity.Core.Primitives;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Polity.Engine.Simulation;

/// <summary>Reads a <see cref="PopulationSpec"/> from YAML; every error names file:line:column.</summary>
public static class PopulationSpecReader
{
    /// <summary>Parses a population spec.</summary>
    /// <exception cref="FormatException">With file:line:column and what was expected.</exception>
    public static PopulationSpec Parse(string text, string fileName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new FormatException($"{fileName}:{ex.Start.Line}:{ex.Start.Column}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet throws this, without a position, for an unclosed flow collection followed by more lines.
            throw new FormatException($"{fileName}:1:1: YAML syntax error: a flow collection ('[' or '{{') is not closed", ex);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new FormatException($"{fileName}:1:1: expected a mapping with seed, houses and proposals");
        }
        var r = new Reader(fileName);
        r.Only(root, "seed", "houses", "proposals");
        var seed = ulong.TryParse(r.Scalar(root, "seed", required: true), NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            ? s : throw r.Error(root["seed"], "seed must be a whole number from 0 to 18446744073709551615");
        var houses = r.Map(root, "houses").Children
            .Select(kv => r.House(((YamlScalarNode)kv.Key).Value!, r.AsMap(kv.Value, "a house: { members, turnout, yes, … }")))
            .ToList();
        var proposals = r.Map(root, "proposals").Children
            .Select(kv => new ProposalCount(((YamlScalarNode)kv.Key).Value!, r.Whole(kv.Value, 1, 10_000, "a proposal count")))
            .ToList();
        if (houses.Count == 0 || proposals.Count == 0)
        {
            throw r.Error(root, "give at least one house and one decision type with a proposal count");
        }
        return new PopulationSpec(seed, houses, proposals);
    }

    private sealed class Reader(string file)
    {
        public HousePopulation House(string id, YamlMappingNode map)
        {
            Only(map, "members", "stake", "stake-max", "turnout", "yes", "abstain", "polarisation");
            var members = Whole(Need(map, "members"), 0, 100_000, "members");
            var stake = map.Children.TryGetValue("stake", out var st) ? Whole(st, 1, 1_000_000_000, "stake") : 1;
            var stakeMax = map.Children.TryGetValue("stake-max", out var sm) ? Whole(sm, stake, 1_000_000_000, "stake-max") : stake;
            return new HousePopulation(id, members, stake, stakeMax,
                Chance(map, "turnout", required: true), Chance(map, "yes", required: true),
                Chance(map, "abstain", required: false), Chance(map, "polarisation", required: false));
        }

        private Ratio Chance(YamlMappingNode map, string key, bool required)
        {
            if (!map.Children.TryGetValue(key, out var node))
            {
                return required ? throw Error(map, $"missing '{key}': a share such as 60% or 0.6") : Ratio.Zero;
            }
            var text = node is YamlScalarNode scalar ? scalar.Value : null;
            return Ratio.TryParse(text, out var ratio) && ratio.Numerator >= 0 && ratio.Numerator <= ratio.Denominator
                ? ratio
                : throw Error(node, $"'{key}' must be a share from 0% to 100% (e.g. 60% or 0.6), not '{text}'");
        }

        public int Whole(YamlNode node, long min, long max, string what) =>
            node is YamlScalarNode { Value: { } v } && long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
                ? (int)n
                : throw Error(node, $"{what} must be a whole number from {min} to {max}");

        public string? Scalar(YamlMappingNode map, string key, bool required = false) =>
            map.Children.TryGetValue(key, out var node)
                ? node is YamlScalarNode s ? s.Value : throw Error(node, $"'{key}' must be a single value")
                : required ? throw Error(map, $"missing '{key}'") : null;

        public YamlMappingNode Map(YamlMappingNode parent, string key) => AsMap(Need(parent, key), $"'{key}': a mapping");

        public YamlMappingNode AsMap(YamlNode node, string what) => node as YamlMappingNode ?? throw Error(node, $"expected {what}");

        private YamlNode Need(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(key, out var node) ? node : throw Error(map, $"missing '{key}'");

        public void Only(YamlMappingNode map, params string[] keys)
        {
            foreach (var key in map.Children.Keys)
            {
                if (key is not YamlScalarNode { Value: { } k } || !keys.Contains(k))
                {
                    throw Error(key, $"unknown key '{(key as YamlScalarNode)?.Value}': expected {string.Join(", ", keys)}");
                }
            }
        }

        public FormatException Error(YamlNode node, string message) => new($"{file}:{node.Start.Line}:{node.Start.Column}: {message}");
    }
}
