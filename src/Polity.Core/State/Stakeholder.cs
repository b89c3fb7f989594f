using Polity.Core.Primitives;

namespace Polity.Core.State;

/// <summary>A registered stakeholder.</summary>
/// <param name="Address">Identity.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind"><c>person</c> or <c>organisation</c>.</param>
/// <param name="Roles">Charter roles held.</param>
/// <param name="Since">Registration time (unix seconds).</param>
public sealed record Stakeholder(Address Address, string Name, string Kind, IReadOnlyList<string> Roles, long Since);

/// <summary>A stakeholder's membership of one house.</summary>
/// <param name="Member">The member.</param>
/// <param name="Stake">Stake for stake-weighted houses.</param>
/// <param name="Since">Admission time.</param>
public sealed record Membership(Address Member, long Stake, long Since);
