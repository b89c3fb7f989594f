using Polity.Core.Primitives;

namespace Polity.Core.Events;

/// <summary>A registered stakeholder joins a house, by the house's admission rule.</summary>
/// <param name="House">The house.</param>
/// <param name="Member">The stakeholder.</param>
/// <param name="Stake">Their stake, for houses weighted by stake (whole units); 0 otherwise.</param>
public sealed record MemberAdmitted(string House, Address Member, long Stake) : PolityEvent;

/// <summary>A member leaves a house of their own accord.</summary>
/// <param name="House">The house.</param>
public sealed record MemberLeft(string House) : PolityEvent;
