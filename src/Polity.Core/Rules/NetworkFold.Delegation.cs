using System.Collections.Immutable;
using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Core.Rules;

public static partial class NetworkFold
{
    /// <summary>
    /// The delegations of each voting house's electorate that apply to this decision type, as they stand when
    /// deliberation opens (as Snapshot counts delegations at its snapshot block). Veto houses get none: vetoes stay personal.
    /// </summary>
    private static ImmutableDictionary<string, ImmutableDictionary<Address, IReadOnlyList<DelegateShare>>> FreezeDelegations(
        NetworkState s, DecisionType rules, ImmutableDictionary<string, ImmutableDictionary<Address, long>>.Builder electorate)
    {
        var frozen = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<Address, IReadOnlyList<DelegateShare>>>();
        foreach (var rule in rules.Houses)
        {
            var house = ImmutableDictionary.CreateBuilder<Address, IReadOnlyList<DelegateShare>>();
            foreach (var member in electorate[rule.House].Keys)
            {
                if (s.DelegationFor(rule.House, member, rules.Id) is { } delegation)
                {
                    house[member] = delegation.To;
                }
            }
            if (house.Count > 0)
            {
                frozen[rule.House] = house.ToImmutable();
            }
        }
        return frozen.ToImmutable();
    }

    /// <summary>Puts a delegation in force, replacing the signer's earlier one in the same house and scope.</summary>
    private static NetworkState Delegate(NetworkState s, DelegationKey key, IReadOnlyList<DelegateShare> to, long time) =>
        s with { Delegations = s.Delegations.SetItem(key, new Delegation(key, to, time)) };
}
