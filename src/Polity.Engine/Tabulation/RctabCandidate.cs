namespace Polity.Engine.Tabulation;

/// <summary>A configured candidate: display name, exclusion, and the other names CVRs may use.</summary>
public sealed record RctabCandidate(string Name, bool Excluded, IReadOnlyList<string> Aliases);
