namespace Polity.Core.Rounds;

/// <summary>The clusters connection-oriented cluster matching (COCM) sees among a round's contributors.</summary>
public static class RoundClusters
{
    /// <summary>
    /// The one place clusters are formed: today, one cluster per house, holding the contributors who were members
    /// of it when they gave (their latest contribution's snapshot), in charter order. Stakeholder relationships will
    /// add their clusters here. A contributor in no cluster is treated as a cluster of their own by the matcher.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(Round round, IEnumerable<string> houses)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(houses);
        var latest = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var c in round.Contributions)
        {
            latest[c.Contributor.Value] = c.Houses;
        }
        return houses
            .Select(h => (IReadOnlyList<string>)latest.Where(kv => kv.Value.Contains(h)).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList())
            .Where(cluster => cluster.Count > 0)
            .ToList();
    }
}
