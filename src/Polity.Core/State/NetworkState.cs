using System.Collections.Immutable;
using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Grants;
using Polity.Core.Primitives;
using Polity.Core.Treasury;

namespace Polity.Core.State;

/// <summary>A network's whole state: a left fold of its events (<see cref="Rules.NetworkFold"/>). Immutable.</summary>
public sealed record NetworkState
{
    /// <summary>Short name.</summary>
    public required string Network { get; init; }

    /// <summary>How time moves.</summary>
    public required ClockMode Clock { get; init; }

    /// <summary>Who created the network; advances a simulated clock and runs the founding phase.</summary>
    public required Address Operator { get; init; }

    /// <summary>The charter in force.</summary>
    public required CharterVersion Charter { get; init; }

    /// <summary>The charter's version number, from 1.</summary>
    public int CharterVersionNumber { get; init; } = 1;

    /// <summary>True once the founding phase ended.</summary>
    public bool Launched { get; init; }

    /// <summary>The network's present: the last event's time, or the simulated clock.</summary>
    public long Now { get; init; }

    /// <summary>When the network was created.</summary>
    public long CreatedAt { get; init; }

    /// <summary>How many events have been folded.</summary>
    public long EventCount { get; init; }

    /// <summary>Registered stakeholders.</summary>
    public ImmutableDictionary<Address, Stakeholder> Stakeholders { get; init; } = ImmutableDictionary<Address, Stakeholder>.Empty;

    /// <summary>Members per house.</summary>
    public ImmutableDictionary<string, ImmutableDictionary<Address, Membership>> Members { get; init; } =
        ImmutableDictionary<string, ImmutableDictionary<Address, Membership>>.Empty;

    /// <summary>Proposals by number.</summary>
    public ImmutableDictionary<long, Proposal> Proposals { get; init; } = ImmutableDictionary<long, Proposal>.Empty;

    /// <summary>The double-entry journal: every movement of money and each account's balance.</summary>
    public Journal Journal { get; init; } = Journal.Empty;

    /// <summary>The unallocated treasury's balance per asset, minor units: the <c>treasury</c> account of <see cref="Journal"/>.</summary>
    public ImmutableDictionary<string, long> Balances => Journal.BalancesOf(Account.Treasury);

    /// <summary>Total ever allocated to each budget program, minor units (what a program's cap limits).</summary>
    public ImmutableDictionary<string, long> BudgetAllocations { get; init; } = ImmutableDictionary<string, long>.Empty;

    /// <summary>Grant applications and grants by number.</summary>
    public ImmutableDictionary<long, Grant> Grants { get; init; } = ImmutableDictionary<long, Grant>.Empty;

    /// <summary>Grantmaking rounds by id.</summary>
    public ImmutableDictionary<string, Rounds.Round> Rounds { get; init; } = ImmutableDictionary<string, Rounds.Round>.Empty;

    /// <summary>Spends made under spend-without-vote allowances (for the rolling limit).</summary>
    public ImmutableList<AllowanceSpend> AllowanceSpends { get; init; } = [];

    /// <summary>Charter versions adopted after the first, with the proposal that adopted each.</summary>
    public ImmutableList<CharterChange> CharterHistory { get; init; } = [];

    /// <summary>Delegations in force, by delegator, house and decision type.</summary>
    public ImmutableDictionary<DelegationKey, Delegation> Delegations { get; init; } = ImmutableDictionary<DelegationKey, Delegation>.Empty;

    /// <summary>Reputation earned per house and member (only houses weighted by reputation).</summary>
    public ImmutableDictionary<string, ImmutableDictionary<Address, ImmutableList<Earning>>> Reputation { get; init; } =
        ImmutableDictionary<string, ImmutableDictionary<Address, ImmutableList<Earning>>>.Empty;

    /// <summary>The stakeholder map: relationships and profiles.</summary>
    public Map.StakeholderMap Map { get; init; } = Polity.Core.Map.StakeholderMap.Empty;

    /// <summary>The network's objectives by id.</summary>
    public ImmutableSortedDictionary<string, Map.Objective> Objectives { get; init; } = ImmutableSortedDictionary.Create<string, Map.Objective>(StringComparer.Ordinal);
    /// <summary>On-chain batches approved by executed proposals, by batch hash, with their receipts.</summary>
    public ImmutableDictionary<string, ChainBatchRecord> ChainBatches { get; init; } = ImmutableDictionary<string, ChainBatchRecord>.Empty;

    /// <summary>Members of a house (empty if unknown).</summary>
    public ImmutableDictionary<Address, Membership> MembersOf(string house) =>
        Members.GetValueOrDefault(house) ?? ImmutableDictionary<Address, Membership>.Empty;

    /// <summary>True when the address is a member of the house.</summary>
    public bool IsMember(string house, Address who) => MembersOf(house).ContainsKey(who);

    /// <summary>The houses an address belongs to, in charter order.</summary>
    public IEnumerable<string> HousesOf(Address who) =>
        Charter.Charter.Houses.Select(h => h.Id).Where(h => IsMember(h, who));

    /// <summary>A member's voting weight in a house under the charter's weight rule, now.</summary>
    public long WeightOf(House house, Membership membership) => WeightOf(house, membership, Now);

    /// <summary>A member's voting weight in a house under the charter's weight rule at a time (reputation decays).</summary>
    public long WeightOf(House house, Membership membership, long at) =>
        Weights.Of(house, membership, Reputation.GetValueOrDefault(house.Id)?.GetValueOrDefault(membership.Member), at);

    /// <summary>The delegation that applies to a member's weight in a house for a decision type: the type's own, else the house-wide one.</summary>
    public Delegation? DelegationFor(string house, Address member, string decisionType) =>
        Delegations.GetValueOrDefault(new DelegationKey(house, member, decisionType))
            ?? Delegations.GetValueOrDefault(new DelegationKey(house, member, null));

    /// <summary>The unallocated treasury's balance of an asset.</summary>
    public long BalanceOf(string asset) => Journal.BalanceOf(Account.Treasury, asset);
}

/// <summary>One spend under an allowance.</summary>
/// <param name="Role">The role whose allowance it used.</param>
/// <param name="Asset">Asset.</param>
/// <param name="Amount">Minor units.</param>
/// <param name="At">When.</param>
public sealed record AllowanceSpend(string Role, string Asset, long Amount, long At);

/// <summary>A charter amendment that took effect.</summary>
/// <param name="Version">New version number.</param>
/// <param name="Proposal">The proposal that adopted it.</param>
/// <param name="At">When.</param>
public sealed record CharterChange(int Version, long Proposal, long At);
