using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Core.State;

/// <summary>Where a delegation applies: one member's weight in one house, house-wide or for one decision type.</summary>
/// <param name="House">The house.</param>
/// <param name="From">The delegator.</param>
/// <param name="DecisionType">A decision type, or null for house-wide.</param>
public readonly record struct DelegationKey(string House, Address From, string? DecisionType);

/// <summary>A delegation in force.</summary>
/// <param name="Key">Who delegates, in which house and for which decision types.</param>
/// <param name="To">Delegates with their shares (summing to at most 1).</param>
/// <param name="Since">When it was set.</param>
public sealed record Delegation(DelegationKey Key, IReadOnlyList<DelegateShare> To, long Since);
