using System.Collections.Frozen;

namespace Polity.Core.Voting;

/// <summary>The voting methods a charter may name.</summary>
public static class VotingMethods
{
    private static readonly FrozenDictionary<string, IVotingMethod> ByName =
        new IVotingMethod[]
        {
            new ChoiceMethod(),
            new ChoiceMethod(SupermajorityName, new Primitives.Ratio(1, 2)),
            new ApprovalMethod(),
            new RankedMethod(),
            new CondorcetMethod(),
            new StarMethod(),
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

    /// <summary>The method and settings a voting house counts with: its own if the charter gives one, else the decision type's.</summary>
    public static (IVotingMethod Method, MethodSettings Settings) For(Charters.DecisionType type, Charters.HouseVoteRule house)
    {
        var name = house.Method?.Name ?? type.Voting.Method;
        var method = Find(name) ?? throw new InvalidOperationException($"unknown voting method '{name}'");
        return (method, house.Method?.Settings ?? type.Voting.Settings);
    }

    /// <summary>The method with this name, or null.</summary>
    public static IVotingMethod? Find(string name) => ByName.GetValueOrDefault(name);
}
