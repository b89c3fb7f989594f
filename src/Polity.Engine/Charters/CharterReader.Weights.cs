using Polity.Core.Charters;
using Polity.Core.Primitives;
using static Polity.Engine.Charters.CharterVocabulary;

namespace Polity.Engine.Charters;

internal sealed partial class CharterReader
{
    /// <summary>
    /// A house's weight: a rule name (<c>stake</c>), or a mapping with the rule and its settings
    /// (<c>{ rule: reputation, earn: { ballot-cast: 1 }, half-life: 90d }</c>).
    /// </summary>
    private (WeightRule Rule, ReputationRule? Reputation) ReadWeight(YNode? node, string path)
    {
        // A reputation house without earning events is Core's check (CharterValidation), as are unknown event names.
        if (node is not YMapping)
        {
            return (Choice(node, path, Weights, WeightRule.OneMemberOneVote), null);
        }
        var map = Map(node, path, WeightKeys, ["rule"]);
        var weight = Choice(map.Find("rule"), Paths.Child(path, "rule"), Weights, WeightRule.OneMemberOneVote);
        var earnPath = Paths.Child(path, "earn");
        var earn = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (name, value, at) in Entries(map.Find("earn"), earnPath, $"a mapping of events ({string.Join(", ", ReputationEvents.All)}) to whole-number points"))
        {
            earn[name] = WholeNumber(value, at) ?? 1;
        }
        Duration? halfLife = map.Find("half-life") is { } h ? DurationOr(h, Paths.Child(path, "half-life"), Duration.Zero) : null;
        return (weight, map.Find("earn") is not null || halfLife is not null ? new ReputationRule(earn, halfLife) : null);
    }
}
