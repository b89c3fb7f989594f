namespace Polity.Core.Funding.Budgeting;

/// <summary>
/// Voters merged by identical approval sets (a "multiprofile"): voters with the same ballot pay alike in MES and
/// carry the same load in Phragmén, so the rules work per group with a weight.
/// </summary>
internal sealed class VoterGroups
{
    private VoterGroups(List<int[]> sets, List<long> weights, int[] groupOfVoter)
    {
        Sets = sets;
        Weights = weights;
        GroupOfVoter = groupOfVoter;
    }

    /// <summary>Each group's approved projects (indices in file order).</summary>
    public IReadOnlyList<int[]> Sets { get; }

    /// <summary>Voters per group.</summary>
    public IReadOnlyList<long> Weights { get; }

    /// <summary>The group of each ballot, in ballot order.</summary>
    public IReadOnlyList<int> GroupOfVoter { get; }

    /// <summary>Number of groups.</summary>
    public int Count => Sets.Count;

    public static VoterGroups Of(PbInstance instance)
    {
        var byKey = new Dictionary<int[], int>(SetComparer.Instance);
        var sets = new List<int[]>();
        var weights = new List<long>();
        var groupOf = new int[instance.Ballots.Count];
        for (var v = 0; v < instance.Ballots.Count; v++)
        {
            var set = instance.Approvals[v];
            if (!byKey.TryGetValue(set, out var g))
            {
                g = sets.Count;
                byKey[set] = g;
                sets.Add(set);
                weights.Add(0);
            }
            weights[g]++;
            groupOf[v] = g;
        }
        return new VoterGroups(sets, weights, groupOf);
    }

    /// <summary>For each project, the groups that approve it.</summary>
    public List<int>[] SupportersByProject(int projects)
    {
        var result = Enumerable.Range(0, projects).Select(_ => new List<int>()).ToArray();
        for (var g = 0; g < Sets.Count; g++)
        {
            foreach (var p in Sets[g])
            {
                result[p].Add(g);
            }
        }
        return result;
    }

    /// <summary>A per-group value repeated for each voter, in ballot order.</summary>
    public IReadOnlyList<T> Expand<T>(IReadOnlyList<T> perGroup) => [.. GroupOfVoter.Select(g => perGroup[g])];

    private sealed class SetComparer : IEqualityComparer<int[]>
    {
        public static SetComparer Instance { get; } = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(obj.AsSpan()));
            return hash.ToHashCode();
        }
    }
}
