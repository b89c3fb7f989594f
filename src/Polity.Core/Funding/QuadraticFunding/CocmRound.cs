namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>
/// Connection-oriented cluster match for every project of a round, with the groups analysed once. Same formula as
/// <see cref="PluralQf.ConnectionOrientedClusterMatch(IReadOnlyList{IReadOnlyList{int}}, IReadOnlyList{double})"/>
/// (which states it directly, per project, as the reference does): funding = Σc + Σ over pairs of groups g &lt; h
/// of 2·√L(g,h)·√L(h,g), with L(g,h) = Σ_{i∈g} (i connected to h ? √c_i : c_i) / m_i, where i is connected to h
/// when one of i's groups overlaps h (shares a member with it). Direct, that is agents × groups per project; here
/// it is about (contributors + groups touched) × (kinds of groups) per project:
/// <list type="bullet">
/// <item>only groups with a contributor to the project take part (the others add 2·√0·√x = 0);</item>
/// <item>a "hub" is a group overlapping many others (a house, in Polity). Whether i is connected to h through a
/// hub depends on h only through the hubs h overlaps, its signature; so L(g,h) is the same for every h of one
/// signature, F(g, signature), and the pairs are summed per pair of signatures;</item>
/// <item>the rest are exceptions, summed pair by pair: g overlapping h outright (then every member of g is
/// connected to h: L = Σ√c/m), and agents connected to h through one of their small groups.</item>
/// </list>
/// Floating point, as the reference: the sums are reordered, so results agree with it to about 1e-12 relative.
/// </summary>
internal sealed partial class CocmRound
{
    /// <summary>A group overlapping more groups than this is a hub.</summary>
    private const int HubLimit = 64;

    private readonly int[][] _groupsOf;
    private readonly int[][] _neighbours;
    private readonly int[] _memberships;
    private readonly bool[] _isHub;
    private readonly int[][] _hubsOf;
    private readonly int[] _signature;
    private readonly List<int[]> _signatureHubs = [];
    private readonly int[] _position;
    private readonly ulong[]? _agentHubMask;
    private readonly ulong[]? _signatureHubMask;
    private readonly Project _project = new();

    /// <summary>Analyses the groups: <paramref name="groups"/>[g] lists the agents (0 .. agents − 1) in group g.</summary>
    public CocmRound(IReadOnlyList<IReadOnlyList<int>> groups, int agents)
    {
        ArgumentNullException.ThrowIfNull(groups);
        // Plain loops and arrays: a round's groups include houses of tens of thousands of members.
        var mark = new int[Math.Max(agents, groups.Count)];
        Array.Fill(mark, -1);
        var members = new int[groups.Count][];
        _memberships = new int[agents];
        var distinct = new List<int>();
        for (var g = 0; g < groups.Count; g++)
        {
            distinct.Clear();
            foreach (var i in groups[g])
            {
                if (mark[i] != g)
                {
                    mark[i] = g;
                    distinct.Add(i);
                    _memberships[i]++;
                }
            }
            members[g] = [.. distinct];
        }
        _groupsOf = new int[agents][];
        for (var i = 0; i < agents; i++)
        {
            _groupsOf[i] = new int[_memberships[i]];
        }
        var filled = new int[agents];
        for (var g = 0; g < members.Length; g++)
        {
            foreach (var i in members[g])
            {
                _groupsOf[i][filled[i]++] = g;
            }
        }
        // Groups overlapping g: the groups of g's members (g itself included), sorted for binary search.
        Array.Fill(mark, -1);
        _neighbours = new int[members.Length][];
        var list = new List<int>();
        for (var g = 0; g < members.Length; g++)
        {
            list.Clear();
            foreach (var i in members[g])
            {
                foreach (var h in _groupsOf[i])
                {
                    if (mark[h] != g)
                    {
                        mark[h] = g;
                        list.Add(h);
                    }
                }
            }
            list.Sort();
            _neighbours[g] = [.. list];
        }
        _isHub = new bool[members.Length];
        for (var g = 0; g < members.Length; g++)
        {
            _isHub[g] = _neighbours[g].Length > HubLimit;
        }
        // Each agent's hubs, in group order (its groups are listed in group order already).
        _hubsOf = new int[agents][];
        for (var i = 0; i < agents; i++)
        {
            list.Clear();
            foreach (var g in _groupsOf[i])
            {
                if (_isHub[g])
                {
                    list.Add(g);
                }
            }
            _hubsOf[i] = list.Count == 0 ? [] : [.. list];
        }
        var signatures = new Dictionary<string, int>(StringComparer.Ordinal);
        _signature = new int[members.Length];
        for (var g = 0; g < members.Length; g++)
        {
            list.Clear();
            foreach (var h in _neighbours[g])
            {
                if (_isHub[h])
                {
                    list.Add(h);
                }
            }
            var key = string.Join(',', list);
            if (!signatures.TryGetValue(key, out var id))
            {
                id = _signatureHubs.Count;
                signatures.Add(key, id);
                _signatureHubs.Add([.. list]);
            }
            _signature[g] = id;
        }
        // With at most 64 hubs, "shares a hub" is one AND of two bit masks.
        var hubNumber = new Dictionary<int, int>();
        foreach (var g in Enumerable.Range(0, members.Length).Where(g => _isHub[g]))
        {
            hubNumber.Add(g, hubNumber.Count);
        }
        if (hubNumber.Count <= 64)
        {
            _agentHubMask = [.. _hubsOf.Select(hs => hs.Aggregate(0UL, (m, h) => m | (1UL << hubNumber[h])))];
            _signatureHubMask = [.. _signatureHubs.Select(hs => hs.Aggregate(0UL, (m, h) => m | (1UL << hubNumber[h])))];
        }
        _position = new int[members.Length];
        Array.Fill(_position, -1);
    }

    /// <summary>
    /// Total funding (contributions plus subsidy) of one project from its (agent, amount) contributions, one per
    /// agent; every contributing agent must be in at least one group.
    /// </summary>
    public double Funding(ReadOnlySpan<(int Agent, double Amount)> contributions)
    {
        var total = 0.0;
        foreach (var (_, amount) in contributions)
        {
            total += amount;
        }
        return total + Subsidy(contributions);
    }

    /// <summary>The subsidy alone: funding − Σc, without the rounding of that subtraction.</summary>
    public double Subsidy(ReadOnlySpan<(int Agent, double Amount)> contributions)
    {
        var project = _project;
        project.Clear();
        foreach (var (agent, amount) in contributions)
        {
            if (amount < 0 || !double.IsFinite(amount))
            {
                throw new ArgumentOutOfRangeException(nameof(contributions), "Contributions must be finite and non-negative.");
            }
            if (_memberships[agent] == 0)
            {
                throw new ArgumentException($"Agent {agent} contributed but is in no group.", nameof(contributions));
            }
            var m = _memberships[agent];
            var member = (agent, amount / m, Math.Sqrt(amount) / m);
            if (m > 1)
            {
                project.Multi.Add(member);
            }
            foreach (var g in _groupsOf[agent])
            {
                if (_position[g] < 0)
                {
                    _position[g] = project.Groups.Count;
                    project.Groups.Add(g);
                    project.NextMembers();
                }
                project.Members[_position[g]].Add(member);
            }
        }
        try
        {
            return BySignature(project) + Exceptions(project);
        }
        finally
        {
            foreach (var g in project.Groups)
            {
                _position[g] = -1;
            }
        }
    }

    /// <summary>Whether agent i is connected, through one of its hubs, to a group with hub signature s.</summary>
    private bool ThroughHub(int agent, int signature)
    {
        if (_agentHubMask is not null)
        {
            return (_agentHubMask[agent] & _signatureHubMask![signature]) != 0;
        }
        var (mine, theirs) = (_hubsOf[agent], _signatureHubs[signature]);
        int a = 0, b = 0;
        while (a < mine.Length && b < theirs.Length)
        {
            if (mine[a] == theirs[b])
            {
                return true;
            }
            if (mine[a] < theirs[b])
            {
                a++;
            }
            else
            {
                b++;
            }
        }
        return false;
    }

    private bool Overlap(int g, int h) => Array.BinarySearch(_neighbours[g], h) >= 0;

    /// <summary>
    /// One project's groups (global ids, by position) and each group's contributing members (agent, c/m, √c/m);
    /// one instance per round, cleared between projects so its lists are reused.
    /// </summary>
    private sealed class Project
    {
        private readonly List<List<(int Agent, double X, double Y)>> _spare = [];

        public List<int> Groups { get; } = [];

        public List<List<(int Agent, double X, double Y)>> Members { get; } = [];

        public void Clear()
        {
            foreach (var list in Members)
            {
                list.Clear();
                _spare.Add(list);
            }
            Groups.Clear();
            Members.Clear();
            Multi.Clear();
            Signatures.Clear();
        }

        public void NextMembers()
        {
            if (_spare.Count > 0)
            {
                Members.Add(_spare[^1]);
                _spare.RemoveAt(_spare.Count - 1);
            }
            else
            {
                Members.Add([]);
            }
        }

        /// <summary>Contributing agents in more than one group.</summary>
        public List<(int Agent, double X, double Y)> Multi { get; } = [];

        /// <summary>The hub signatures present (global ids) and each group's index among them.</summary>
        public List<int> Signatures { get; } = [];

        public int[] SignatureOf { get; set; } = [];

        /// <summary>F(a, s) at <c>a * Signatures.Count + s</c>: L(a, h) for h of signature s through hubs only.</summary>
        public double[] F { get; set; } = [];
    }
}
