using Polity.Core.Primitives;

namespace Polity.Core.Events;

/// <summary>One delegate and the share of the delegator's weight they receive, as an exact fraction.</summary>
/// <param name="Delegate">The member who receives the weight.</param>
/// <param name="Numerator">Numerator of the share, positive.</param>
/// <param name="Denominator">Denominator of the share, positive.</param>
public sealed record DelegateShare(Address Delegate, long Numerator, long Denominator)
{
    /// <summary>The share as a fraction.</summary>
    public Fraction Share() => new(Numerator, Denominator);
}

/// <summary>
/// A member delegates their weight in a house, for every decision type or for one, replacing any
/// delegation they had in that scope. A decision-type delegation overrides the house-wide one for
/// proposals of that type; a ballot of their own overrides both.
/// </summary>
/// <param name="House">The house whose weight is delegated.</param>
/// <param name="To">Delegates with their shares; the shares sum to at most 1 (the rest stays with the delegator).</param>
/// <param name="DecisionType">One decision type, or null (left out of the payload) for all of them.</param>
public sealed record DelegationSet(string House, IReadOnlyList<DelegateShare> To, string? DecisionType = null) : PolityEvent;

/// <summary>A member withdraws their delegation in a house (house-wide, or for one decision type).</summary>
/// <param name="House">The house.</param>
/// <param name="DecisionType">The decision type whose delegation ends, or null (left out of the payload) for the house-wide one.</param>
public sealed record DelegationRevoked(string House, string? DecisionType = null) : PolityEvent;
