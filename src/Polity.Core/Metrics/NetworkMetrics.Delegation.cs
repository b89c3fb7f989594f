using System.Collections.Immutable;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Voting;

namespace Polity.Core.Metrics;

public static partial class NetworkMetrics
{
    /// <summary>
    /// Resolves the house-wide delegations in force as if every member who has not delegated voted (the
    /// same resolution a tally uses, <see cref="DelegationFlow"/>): the largest delegate's share is the most
    /// weight one receiving delegate would cast, own weight included, over the house's total; the longest
    /// chain counts the hops of the longest path that reaches a delegate.
    /// </summary>
    private static (Fraction LargestShare, int LongestChain) DelegationConcentration(
        State.NetworkState state, string house, IReadOnlyDictionary<Address, long> weights, long total)
    {
        var delegations = state.Delegations.Values
            .Where(d => d.Key.House == house && d.Key.DecisionType is null && weights.ContainsKey(d.Key.From))
            .ToImmutableDictionary(d => d.Key.From, d => d.To);
        if (delegations.IsEmpty || total == 0)
        {
            return (Fraction.Zero, 0);
        }
        var voters = weights.Keys.Where(m => !delegations.ContainsKey(m)).ToHashSet();
        var flow = DelegationFlow.Resolve(weights, voters, delegations);
        if (flow.Received.Count == 0)
        {
            return (Fraction.Zero, 0);
        }
        var largest = flow.Received.Max(kv => kv.Value + weights[kv.Key]);
        return (largest / total, flow.Paths.Max(p => p.Path.Count + 1));
    }
}
