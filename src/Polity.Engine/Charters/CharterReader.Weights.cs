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
        if (node is not YMapping)
        {
            var rule = Choice(node, path, Weights, WeightRule.OneMemberOneVote);
            return (rule, rule == WeightRule.Reputation ? new ReputationRule(new Dictionary<string, long>(), null) : null);
        }
        var map = Map(node, path, WeightKeys, ["rule"]);
        var weight = Choice(map.Find("rule"), Paths.Child(path, "rule"), Weights, WeightRule.OneMemberOneVote);
        var earnPath = Paths.Child(path, "earn");
        var earn = new Dictionary<string, long>(StringComparer.Ordinal);
        // Unknown event names are Core's check (CharterValidation), reported at the name's position.
        foreach (var (name, value, at) in Entries(map.Find("earn"), earnPath, $"a mapping of events ({string.Join(", ", ReputationEvents.All)}) to whole-number points"))
        {
            earn[name] = WholeNumber(value, at) ?? 1;
        }
        Duration? halfLife = map.Find("half-life") is { } h ? DurationOr(h, Paths.Child(path, "half-life"), Duration.Zero) : null;
        var settings = map.Find("earn") is not null || halfLife is not null || weight == WeightRule.Reputation
            ? new ReputationRule(earn, halfLife)
            : null;
        return (weight, settings);
    }
}
