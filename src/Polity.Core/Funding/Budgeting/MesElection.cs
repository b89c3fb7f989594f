namespace Polity.Core.Funding.Budgeting;

/// <summary>
/// An election laid out once for repeated Equal Shares runs (Add1 reruns MES at every share): voters merged into
/// groups with identical ballots, and both directions of the approval relation as flat arrays. A "slot" is one
/// (project, supporting group) pair; a project's slots are contiguous, so its supporters are one sequential scan.
/// </summary>
internal sealed class MesElection
{
    private MesElection(PbInstance instance, MesUtility utility, VoterGroups groups, List<int> given)
    {
        Instance = instance;
        Utility = utility;
        Groups = groups;
        Given = given;
        var projects = instance.Projects.Count;
        ProjectStart = new int[projects + 1];
        foreach (var set in groups.Sets)
        {
            foreach (var p in set)
            {
                ProjectStart[p + 1]++;
            }
        }
        for (var p = 0; p < projects; p++)
        {
            ProjectStart[p + 1] += ProjectStart[p];
        }
        SlotGroup = new int[ProjectStart[projects]];
        SlotWeight = new double[SlotGroup.Length];
        ProjectWeight = new long[projects];
        GroupStart = new int[groups.Count + 1];
        GroupProjects = new int[SlotGroup.Length];
        GroupWeight = [.. groups.Weights];
        var next = ProjectStart[..projects];
        var shared = new bool[projects, projects];
        for (var g = 0; g < groups.Count; g++)
        {
            var set = groups.Sets[g];
            GroupStart[g + 1] = GroupStart[g] + set.Length;
            set.CopyTo(GroupProjects, GroupStart[g]);
            foreach (var p in set)
            {
                var slot = next[p]++;
                SlotGroup[slot] = g;
                SlotWeight[slot] = groups.Weights[g];
                ProjectWeight[p] += groups.Weights[g];
                foreach (var other in set)
                {
                    shared[p, other] = true;
                }
            }
        }
        Neighbours = [.. Enumerable.Range(0, projects).Select(p => Enumerable.Range(0, projects).Where(o => shared[p, o]).ToArray())];
        LargestProject = Enumerable.Range(0, projects).Select(p => ProjectStart[p + 1] - ProjectStart[p]).DefaultIfEmpty(0).Max();
        var givenSet = given.ToHashSet();
        Candidates = [.. Enumerable.Range(0, projects).Where(p => EqualShares.IsForSale(instance, p, utility) && !givenSet.Contains(p))];
        Scale = Math.Max(1, instance.Projects.Select(p => p.Cost).DefaultIfEmpty(0).Max());
    }

    public PbInstance Instance { get; }

    public MesUtility Utility { get; }

    public VoterGroups Groups { get; }

    /// <summary>Projects selected before MES starts (free for the voters), in the order given.</summary>
    public List<int> Given { get; }

    /// <summary>Projects MES may buy: approved, costing something under cost utilities, not given.</summary>
    public int[] Candidates { get; }

    /// <summary>Project p's slots are <c>ProjectStart[p] .. ProjectStart[p + 1] - 1</c>.</summary>
    public int[] ProjectStart { get; }

    /// <summary>The group of each slot.</summary>
    public int[] SlotGroup { get; }

    /// <summary>The weight (voters) of each slot's group, as a double (exact: weights are far below 2^53).</summary>
    public double[] SlotWeight { get; }

    /// <summary>Voters approving each project.</summary>
    public long[] ProjectWeight { get; }

    /// <summary>Group g approves <c>GroupProjects[GroupStart[g] .. GroupStart[g + 1] - 1]</c> (one flat array:
    /// walking many groups' ballots stays in one block of memory).</summary>
    public int[] GroupStart { get; }

    /// <inheritdoc cref="GroupStart"/>
    public int[] GroupProjects { get; }

    /// <summary>Voters in each group.</summary>
    public long[] GroupWeight { get; }

    /// <summary>For each project, the projects sharing a supporter with it (itself included): whose prices a
    /// purchase of it can change.</summary>
    public int[][] Neighbours { get; }

    /// <summary>The most slots any project has.</summary>
    public int LargestProject { get; }

    /// <summary>The largest project cost (at least 1): with the share, the scale of every budget and price.</summary>
    public long Scale { get; }

    public static MesElection Of(PbInstance instance, MesUtility utility, IReadOnlyCollection<string>? initial) =>
        new(instance, utility, VoterGroups.Of(instance), EqualShares.Given(instance, initial));

    public long Cost(int p) => Instance.Projects[p].Cost;

    /// <summary>A project's utility to each supporter: its cost, or 1.</summary>
    public long UtilityOf(int p) => Utility == MesUtility.Cost ? Cost(p) : 1;
}
