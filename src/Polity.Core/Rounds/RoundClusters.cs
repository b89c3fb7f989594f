using Polity.Core.Map;

namespace Polity.Core.Rounds;

/// <summary>The clusters connection-oriented cluster matching (COCM) sees among a round's contributors.</summary>
public static class RoundClusters
{
    /// <summary>The clusters from house membership alone (no stakeholder relationships).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(Round round, IEnumerable<string> houses) =>
        Of(round, houses, StakeholderMap.Empty);

    /// <summary>
    /// The one place clusters are formed, from house membership and the relationships of the stakeholder map that held
    /// when the round's voting closed:
    /// <list type="number">
    /// <item>one cluster per house, in charter order, holding the contributors who were members of it when they gave
    /// (their latest contribution's snapshot) and the contributors an active relationship ties to the house
    /// (<c>ana represents community</c> puts ana in the community cluster);</item>
    /// <item>one cluster per stakeholder (in address order) holding the contributors an active relationship ties to
    /// that stakeholder, and the stakeholder if they contributed too, when that makes at least two contributors
    /// (<c>f1 funds g3</c>, both contributors: the cluster {f1, g3}; a funder who gave nothing but employs two
    /// contributors: the cluster of those two).</item>
    /// </list>
    /// Empty clusters, and stakeholder clusters repeating an earlier cluster, are left out; relationships between two houses add nothing.
    /// A contributor in no cluster is treated as a cluster of their own by the matcher.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(Round round, IEnumerable<string> houses, StakeholderMap map)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(houses);
        ArgumentNullException.ThrowIfNull(map);
        var latest = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var c in round.Contributions)
        {
            latest[c.Contributor.Value] = c.Houses;
        }
        var tiesToHouse = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var tiesToStakeholder = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        // The map as it stood when voting closed, so a relationship declared or ended later cannot move a fixed result.
        foreach (var r in map.HeldBefore(round.VotingEnd))
        {
            Tie(r.From, r.To);
            Tie(r.To, r.From);
        }
        var clusters = new List<IReadOnlyList<string>>();
        foreach (var h in houses)
        {
            var members = latest.Where(kv => kv.Value.Contains(h)).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
            members.UnionWith(tiesToHouse.GetValueOrDefault(h) ?? []);
            Add(members, repeats: true);
        }
        foreach (var (stakeholder, tied) in tiesToStakeholder)
        {
            var circle = new HashSet<string>(tied, StringComparer.Ordinal);
            if (latest.ContainsKey(stakeholder))
            {
                circle.Add(stakeholder);
            }
            if (circle.Count >= 2)
            {
                Add(circle, repeats: false);
            }
        }
        return clusters;

        // Records that contributor party `who` is tied to `other` (a house or a stakeholder).
        void Tie(Party who, Party other)
        {
            if (who.Stakeholder is not { } address || !latest.ContainsKey(address.Value))
            {
                return;
            }
            var (key, index) = other.House is { } house ? (house, (IDictionary<string, SortedSet<string>>)tiesToHouse) : (other.ToString(), tiesToStakeholder);
            if (!index.TryGetValue(key, out var set))
            {
                index[key] = set = new SortedSet<string>(StringComparer.Ordinal);
            }
            set.Add(address.Value);
        }

        void Add(IEnumerable<string> members, bool repeats)
        {
            var cluster = members.Order(StringComparer.Ordinal).ToList();
            if (cluster.Count > 0 && (repeats || !clusters.Any(c => c.SequenceEqual(cluster, StringComparer.Ordinal))))
            {
                clusters.Add(cluster);
            }
        }
    }
}
