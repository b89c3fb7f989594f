using Polity.Core.Charters;
using Polity.Core.Primitives;
using Polity.Core.Voting;
using static Polity.Engine.Charters.CharterVocabulary;

namespace Polity.Engine.Charters;

internal sealed partial class CharterReader
{
    private static readonly Ratio Half = new(1, 2);

    private List<DecisionType> ReadDecisionTypes(YNode? node)
    {
        var types = new List<DecisionType>();
        foreach (var (id, value, path) in Entries(node, "decision-types", "a mapping of decision type names to their process"))
        {
            var map = Map(value, path, DecisionTypeKeys, ["voting"]);
            types.Add(new DecisionType(
                id,
                Names(map.Find("proposers"), Paths.Child(path, "proposers"), "house names"),
                DurationOr(map.Find("deliberation"), Paths.Child(path, "deliberation"), Duration.Zero),
                ReadVoting(map.Find("voting"), Paths.Child(path, "voting")),
                ReadHouseVoteRules(map.Find("houses"), Paths.Child(path, "houses")),
                ReadCombine(map.Find("combine"), Paths.Child(path, "combine")),
                ReadVeto(map.Find("veto"), Paths.Child(path, "veto")),
                DurationOr(map.Find("timelock"), Paths.Child(path, "timelock"), Duration.Zero),
                DurationOr(map.Find("grace"), Paths.Child(path, "grace"), DecisionType.DefaultGrace),
                Choice(map.Find("conflict-of-interest"), Paths.Child(path, "conflict-of-interest"), ConflictRules, ConflictOfInterestRule.None),
                map.Find("actions") is { } actions
                    ? Names(actions, Paths.Child(path, "actions"), "action kinds")
                    : DecisionType.DefaultActions(id)));
        }
        return types;
    }

    private VotingRules ReadVoting(YNode? node, string path)
    {
        var parameters = ParametersOfNamedMethod(node);
        var map = Map(node, path, [.. VotingKeys, .. parameters], ["method", "period"]);
        return new VotingRules(ReadMethodName(map, path), DurationOr(map.Find("period"), Paths.Child(path, "period"), Duration.Zero))
        {
            Settings = ReadSettings(map, path, parameters),
        };
    }

    /// <summary>
    /// A method's own settings sit beside its name, so the keys a mapping may hold depend on the method it
    /// names: peek at <c>method</c> before the keys are checked. Unknown or missing methods take no settings.
    /// </summary>
    private static string[] ParametersOfNamedMethod(YNode? node) =>
        (node as YMapping)?.Find("method") is YScalar { IsNull: false } named
            ? VotingMethods.Find(named.Value)?.Parameters.Select(p => p.Name).ToArray() ?? []
            : [];

    private string ReadMethodName(YMapping map, string path)
    {
        var methodPath = Paths.Child(path, "method");
        var methods = knownMethods.Order(StringComparer.Ordinal).ToArray();
        var method = Text(map.Find("method"), methodPath, $"a voting method: one of {string.Join(", ", methods)}");
        if (method.Length > 0 && !knownMethods.Contains(method))
        {
            Error(map.Find("method")!.Start, methodPath,
                $"{methodPath}: unknown voting method '{method}': expected one of {string.Join(", ", methods)}{Spelling.Hint(method, methods)}");
        }
        return method;
    }

    private MethodSettings ReadSettings(YMapping map, string path, IEnumerable<string> parameters)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in parameters)
        {
            var at = Paths.Child(path, name);
            if (TryScalar(map.Find(name), at, $"a value for {name}", out var value))
            {
                settings[name] = value;
            }
        }
        return new MethodSettings(settings);
    }

    private List<HouseVoteRule> ReadHouseVoteRules(YNode? node, string path)
    {
        var rules = new List<HouseVoteRule>();
        foreach (var (house, value, at) in Entries(node, path, "a mapping of voting house names to their quorum and threshold"))
        {
            // A house may count with its own method; that method's settings then sit beside it.
            var parameters = ParametersOfNamedMethod(value);
            var map = Map(value, at, [.. HouseVoteKeys, "method", .. parameters], [], nullIsEmpty: true);
            var own = map.Find("method") is null ? null : new HouseMethod(ReadMethodName(map, at), ReadSettings(map, at, parameters));
            rules.Add(new HouseVoteRule(
                house,
                RatioOr(map.Find("quorum"), Paths.Child(at, "quorum"), Ratio.Zero),
                RatioOr(map.Find("threshold"), Paths.Child(at, "threshold"), Half)) { Method = own });
        }
        return rules;
    }

    private CombineRule ReadCombine(YNode? node, string path)
    {
        const string expected = $"{AllHouses}, {MajorityOfHouses} or {{ weighted: {{ house: weight, … }}, threshold: 50% }}";
        switch (node)
        {
            case null:
                return new CombineRule.AllHouses();
            case YScalar { IsNull: false, Value: AllHouses }:
                return new CombineRule.AllHouses();
            case YScalar { IsNull: false, Value: MajorityOfHouses }:
                return new CombineRule.MajorityOfHouses();
            case YScalar { IsNull: false } scalar:
                Error(scalar.Start, path,
                    $"{path}: '{scalar.Value}' is not valid: expected {expected}{Spelling.Hint(scalar.Value, [AllHouses, MajorityOfHouses, "weighted"])}");
                return new CombineRule.AllHouses();
            case YMapping:
                var map = Map(node, path, WeightedKeys, ["weighted"]);
                var weightsPath = Paths.Child(path, "weighted");
                var weights = new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (var (house, value, at) in Entries(map.Find("weighted"), weightsPath, "a mapping of house names to whole-number weights"))
                {
                    weights[house] = WholeNumber(value, at) ?? 1;
                }
                return new CombineRule.Weighted(weights, RatioOr(map.Find("threshold"), Paths.Child(path, "threshold"), Half));
            default:
                Error(node.Start, path, $"{path}: expected {expected}, found {Describe(node)}");
                return new CombineRule.AllHouses();
        }
    }

    private VetoRule? ReadVeto(YNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }
        var map = Map(node, path, VetoKeys, ["house"]);
        if (ReferenceEquals(map, Empty))
        {
            return null;
        }
        return new VetoRule(
            Text(map.Find("house"), Paths.Child(path, "house"), "the name of the vetoing house"),
            RatioOr(map.Find("threshold"), Paths.Child(path, "threshold"), Half));
    }
}
