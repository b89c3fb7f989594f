namespace Polity.Core.Funding.Budgeting;

/// <summary>
/// A participatory-budgeting election: the budget, the projects (in file order, which is the last tie-break of
/// every rule here) and the ballots. Vote counts and scores are computed from the ballots, never trusted from a file.
/// </summary>
public sealed class PbInstance
{
    private readonly Dictionary<string, int> _index;
    private readonly long[] _votes;
    private readonly long[] _scores;
    private readonly int[][] _approvals;

    /// <summary>Creates an instance; every ballot may only name listed projects, each at most once.</summary>
    public PbInstance(long budget, IReadOnlyList<PbProject> projects, IReadOnlyList<PbBallot> ballots, PbVoteType voteType = PbVoteType.Approval)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(ballots);
        Budget = budget;
        Projects = projects;
        Ballots = ballots;
        VoteType = voteType;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < projects.Count; i++)
        {
            if (!_index.TryAdd(projects[i].Id, i))
            {
                throw new ArgumentException($"project '{projects[i].Id}' is listed twice", nameof(projects));
            }
        }
        _votes = new long[projects.Count];
        _scores = new long[projects.Count];
        // Ordinal ballots score like Borda over the longest ballot: with ballots of at most L projects the first
        // gets L points, the next L-1, ... (Krakow's three-rank ballots: 3, 2, 1; this reproduces its score column).
        var longest = ballots.Count == 0 ? 0 : ballots.Max(b => b.Projects.Count);
        _approvals = new int[ballots.Count][];
        var seen = new HashSet<int>();
        for (var v = 0; v < ballots.Count; v++)
        {
            var ballot = ballots[v];
            seen.Clear();
            var approved = new int[ballot.Projects.Count];
            for (var k = 0; k < ballot.Projects.Count; k++)
            {
                if (!_index.TryGetValue(ballot.Projects[k], out var p))
                {
                    throw new ArgumentException($"a ballot names unknown project '{ballot.Projects[k]}'", nameof(ballots));
                }
                if (!seen.Add(p))
                {
                    throw new ArgumentException($"a ballot names project '{ballot.Projects[k]}' twice", nameof(ballots));
                }
                approved[k] = p;
                _votes[p]++;
                _scores[p] += voteType switch
                {
                    PbVoteType.Cumulative => ballot.Points?[k] ?? 1,
                    PbVoteType.Ordinal => longest - k,
                    _ => 1,
                };
            }
            Array.Sort(approved);
            _approvals[v] = approved;
        }
    }

    /// <summary>Each ballot's projects as positions in file order, ascending (rules index by position).</summary>
    internal IReadOnlyList<int[]> Approvals => _approvals;

    /// <summary>The budget in whole currency units.</summary>
    public long Budget { get; }

    /// <summary>The projects, in file order.</summary>
    public IReadOnlyList<PbProject> Projects { get; }

    /// <summary>The ballots.</summary>
    public IReadOnlyList<PbBallot> Ballots { get; }

    /// <summary>The kind of ballot.</summary>
    public PbVoteType VoteType { get; }

    /// <summary>The project with id <paramref name="id"/>.</summary>
    public PbProject Project(string id) => Projects[IndexOf(id)];

    /// <summary>The position of project <paramref name="id"/> in file order.</summary>
    public int IndexOf(string id) =>
        _index.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"no project '{id}'");

    /// <summary>How many ballots name the project.</summary>
    public long VotesOf(string id) => _votes[IndexOf(id)];

    /// <summary>
    /// The project's score: points summed for cumulative ballots, Borda points for ordinal ones, and the vote
    /// count for approval and choose-1 ballots.
    /// </summary>
    public long ScoreOf(string id) => _scores[IndexOf(id)];

    /// <summary>The same election without the projects <paramref name="keep"/> rejects (ballots lose them too).</summary>
    public PbInstance Restrict(Func<PbProject, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var kept = Projects.Where(keep).ToList();
        var ids = kept.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var ballots = Ballots.Select(b =>
        {
            var positions = Enumerable.Range(0, b.Projects.Count).Where(k => ids.Contains(b.Projects[k])).ToList();
            return new PbBallot(
                positions.Select(k => b.Projects[k]).ToList(),
                b.Points is null ? null : positions.Select(k => b.Points[k]).ToList());
        }).ToList();
        return new PbInstance(Budget, kept, ballots, VoteType);
    }
}
