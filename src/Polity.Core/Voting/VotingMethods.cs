using System.Collections.Frozen;

namespace Polity.Core.Voting;

/// <summary>The voting methods a charter may name.</summary>
public static class VotingMethods
{
    private static readonly FrozenDictionary<string, IVotingMethod> ByName =
        new IVotingMethod[]
        {
            new ChoiceMethod(),
            new ChoiceMethod(SupermajorityName),
            new ApprovalMethod(),
            new Cardinal.ScoreMethod(),
            new Cardinal.QuadraticMethod(),
            new Cardinal.WeightedMethod(),
            new Cardinal.ConsentMethod(),
            new Cardinal.ConvictionMethod(),
        }.ToFrozenDictionary(m => m.Name);

    /// <summary>The name under which <see cref="ChoiceMethod"/> requires thresholds of at least one half.</summary>
    public const string SupermajorityName = "supermajority";

    /// <summary>Every method name, for charter validation.</summary>
    public static IReadOnlyCollection<string> Names { get; } = ByName.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Every method, in name order.</summary>
    public static IReadOnlyList<IVotingMethod> All { get; } = ByName.Values.OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();

    /// <summary>The method with this name, or null.</summary>
    public static IVotingMethod? Find(string name) => ByName.GetValueOrDefault(name);
}
