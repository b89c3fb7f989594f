namespace Polity.Engine.Tabulation;

/// <summary>A configured candidate: display name, exclusion, and the other names CVRs may use.</summary>
/// <param name="Name">The name results report.</param>
/// <param name="Excluded">Stays on ballots but never counts.</param>
/// <param name="Aliases">Other names or ids CVRs use for this candidate.</param>
public sealed record RctabCandidate(string Name, bool Excluded, IReadOnlyList<string> Aliases);
