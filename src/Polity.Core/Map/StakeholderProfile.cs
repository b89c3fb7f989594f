namespace Polity.Core.Map;

/// <summary>What a stakeholder needs, what limits them and which network objectives they pursue, as last written.</summary>
/// <param name="Needs">Needs, in their words.</param>
/// <param name="Constraints">Constraints, in their words.</param>
/// <param name="Objectives">Ids of the network objectives they pursue.</param>
/// <param name="UpdatedAt">When it was last written.</param>
public sealed record StakeholderProfile(IReadOnlyList<string> Needs, IReadOnlyList<string> Constraints, IReadOnlyList<string> Objectives, long UpdatedAt);
