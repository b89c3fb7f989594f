namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>
/// Joel Miller's plural-QF mechanisms (Jmiller4/plural-qf <c>pluralqf.py</c>) for ONE project: each returns the
/// project's total funding (contributions plus subsidy) given the contributors' groups.
/// </summary>
/// <remarks>
/// The reference defines these in floating point (square roots of sums of square roots), so they are computed in
/// <see cref="double"/> here too, in the reference's summation order; agree with it to ~1e-12 relative. Callers
/// turn the result into whole minor units through <see cref="ClusteredQf"/>, which floors it once.
/// Agents are indices into <c>contributions</c>; <c>groups[g]</c> lists the agents in group g; an agent may be in
/// several groups, and every agent with a contribution must be in at least one.
/// </remarks>
public static class PluralQf
{
    /// <summary>
    /// Connection-oriented cluster match (COCM): groups are matched pairwise, and an agent's contribution counts
    /// towards another group only as its square root when the agent already shares a group with someone there.
    /// </summary>
    public static double ConnectionOrientedClusterMatch(IReadOnlyList<IReadOnlyList<int>> groups, IReadOnlyList<double> contributions)
    {
        var memberships = Memberships(groups, contributions);

        // connected[i][h]: agent i shares some group with a member of group h (i itself in h included) — the
        // reference's "Σ_j∈h friend_matrix[i][j] > 0", precomputed once instead of per pair of groups.
        var groupsOf = new List<int>[contributions.Count];
        for (var i = 0; i < groupsOf.Length; i++)
        {
            groupsOf[i] = [];
        }
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var i in groups[g].Distinct())
            {
                groupsOf[i].Add(g);
            }
        }
        var connected = new bool[contributions.Count][];
        for (var i = 0; i < connected.Length; i++)
        {
            connected[i] = new bool[groups.Count];
            foreach (var g in groupsOf[i])
            {
                foreach (var j in groups[g])
                {
                    foreach (var h in groupsOf[j])
                    {
                        connected[i][h] = true;
                    }
                }
            }
        }

        // K(i, h): √c_i when i is connected to h, else c_i.
        double K(int i, int h) => connected[i][h] ? Math.Sqrt(contributions[i]) : contributions[i];

        var funding = Sum(contributions);
        for (var a = 0; a < groups.Count; a++)
        {
            for (var b = a + 1; b < groups.Count; b++)
            {
                var left = 0.0;
                foreach (var i in groups[a])
                {
                    left += K(i, b) / memberships[i];
                }
                var right = 0.0;
                foreach (var j in groups[b])
                {
                    right += K(j, a) / memberships[j];
                }
                funding += 2 * Math.Sqrt(left) * Math.Sqrt(right);
            }
        }
        return funding;
    }

    /// <summary>
    /// COCM for every project of a round at once (<paramref name="projects"/>[p] lists (agent, amount), one per
    /// agent), with the groups analysed once: the funding of each project, as the per-project overload computes
    /// it, to about 1e-12 relative (the sums are reordered). Fast enough for a million contributions; see
    /// <c>CocmRound</c> for how.
    /// </summary>
    public static IReadOnlyList<double> ConnectionOrientedClusterMatchRound(
        IReadOnlyList<IReadOnlyList<int>> groups,
        IReadOnlyList<IReadOnlyList<(int Agent, double Amount)>> projects,
        int agents)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var round = new CocmRound(groups, agents);
        return [.. projects.Select(p => round.Funding([.. p]))];
    }

    /// <summary>Vanilla cluster match: (Σ_groups √(Σ_{i∈g} c_i / m_i))², m_i = groups agent i is in.</summary>
    public static double VanillaClusterMatch(IReadOnlyList<IReadOnlyList<int>> groups, IReadOnlyList<double> contributions) =>
        ClusterMatch(groups, contributions, m => m);

    /// <summary>Squared cluster match: (Σ_groups √(Σ_{i∈g} c_i / m_i²))².</summary>
    public static double SquaredClusterMatch(IReadOnlyList<IReadOnlyList<int>> groups, IReadOnlyList<double> contributions) =>
        ClusterMatch(groups, contributions, m => m * m);

    /// <summary>
    /// Pairwise matching: Σc + Σ_{i&lt;j} M/(M + √(c_i c_j)) · √(c_i c_j). Each pair's subsidy is bounded by M, so a
    /// pair of colluders cannot draw more than M however much they give.
    /// </summary>
    public static double PairwiseMatch(IReadOnlyList<double> contributions, double m = 100)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        Validate(contributions);
        var funding = Sum(contributions);
        for (var i = 0; i < contributions.Count; i++)
        {
            for (var j = i + 1; j < contributions.Count; j++)
            {
                var root = Math.Sqrt(contributions[i] * contributions[j]);
                funding += m / (m + root) * root;
            }
        }
        return funding;
    }

    private static double ClusterMatch(IReadOnlyList<IReadOnlyList<int>> groups, IReadOnlyList<double> contributions, Func<double, double> weight)
    {
        var memberships = Memberships(groups, contributions);
        var total = 0.0;
        foreach (var g in groups)
        {
            var inner = 0.0;
            foreach (var i in g)
            {
                inner += contributions[i] / weight(memberships[i]);
            }
            total += Math.Sqrt(inner);
        }
        return total * total;
    }

    private static int[] Memberships(IReadOnlyList<IReadOnlyList<int>> groups, IReadOnlyList<double> contributions)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(contributions);
        Validate(contributions);
        var memberships = new int[contributions.Count];
        foreach (var g in groups)
        {
            foreach (var i in g.Distinct())
            {
                memberships[i]++;
            }
        }
        for (var i = 0; i < memberships.Length; i++)
        {
            if (memberships[i] == 0 && contributions[i] > 0)
            {
                throw new ArgumentException($"Agent {i} contributed but is in no group.", nameof(groups));
            }
        }
        return memberships;
    }

    private static void Validate(IReadOnlyList<double> contributions)
    {
        if (contributions.Any(c => c < 0 || !double.IsFinite(c)))
        {
            throw new ArgumentOutOfRangeException(nameof(contributions), "Contributions must be finite and non-negative.");
        }
    }

    private static double Sum(IReadOnlyList<double> contributions)
    {
        var sum = 0.0;
        foreach (var c in contributions)
        {
            sum += c;
        }
        return sum;
    }
}
