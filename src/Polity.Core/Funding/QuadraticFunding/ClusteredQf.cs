using System.Numerics;

namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>
/// Runs a whole round under the sybil-resistant variants: each project's subsidy comes from
/// <see cref="PairwiseBoundedClr"/> or <see cref="PluralQf.ConnectionOrientedClusterMatch"/> (floating point, as
/// their references), is floored ONCE to whole minor units, and the pool is then allocated exactly as linear QF
/// (<see cref="MatchAllocation"/>: saturation, pro rata rounded down, cap with redistribution).
/// </summary>
public static class ClusteredQf
{
    /// <summary>Default pairwise threshold (clr.py's example round uses 25).</summary>
    public const double DefaultPairwiseThreshold = 25.0;

    /// <summary>
    /// Computes the round. <paramref name="clusters"/> (for COCM) lists contributor ids per cluster, e.g. the
    /// members of a house or stakeholders who share a relationship; a contributor in no cluster is put in a
    /// cluster of their own. Contributions are summed per (project, contributor) and the minimum applied first.
    /// </summary>
    public static IReadOnlyList<VariantResult> Calculate(
        QfVariant variant,
        IEnumerable<Contribution> contributions,
        BigInteger matchAmount,
        LinearQfOptions? options = null,
        IReadOnlyList<IReadOnlyList<string>>? clusters = null,
        double pairwiseThreshold = DefaultPairwiseThreshold)
    {
        options ??= LinearQfOptions.Default;
        var ledger = ContributionLedger.From(contributions, options.MinimumAmount);
        var projects = Enumerable.Range(0, ledger.Recipients.Count)
            .Select(r => (Recipient: ledger.Recipients[r], Givers: ledger.NumberedEntriesOf(r).ToList()))
            .ToList();
        var ideal = variant switch
        {
            QfVariant.Linear => projects.Select(p => LinearQf.Sums(p.Recipient, p.Givers.Select(g => g.Amount)).IdealMatch).ToList(),
            QfVariant.Pairwise => Pairwise(ledger, pairwiseThreshold),
            QfVariant.Cocm => Cocm(ledger, projects.Select(p => p.Givers).ToList(), clusters ?? []),
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, null),
        };
        var allocations = MatchAllocation.Allocate(ideal, matchAmount, options.IgnoreSaturation, options.MatchingCapAmount);
        return projects
            .Select((p, i) => new VariantResult(
                p.Recipient,
                p.Givers.Count,
                Total(p.Givers),
                ideal[i],
                allocations[i].MatchedWithoutCap,
                allocations[i].CapOverflow,
                allocations[i].Matched))
            .ToList();
    }

    private static BigInteger Total(List<(int Contributor, BigInteger Amount)> givers)
    {
        Int128 small = 0;
        var big = BigInteger.Zero;
        foreach (var (_, amount) in givers)
        {
            if (amount <= long.MaxValue)
            {
                small += (long)amount;
            }
            else
            {
                big += amount;
            }
        }
        return big + (BigInteger)small;
    }

    private static List<BigInteger> Pairwise(ContributionLedger ledger, double threshold) =>
        // An infinite pot: saturation and scaling are left to the exact integer allocation.
        PairwiseBoundedClr.Calculate(ledger.Entries().Select(e => (e.Recipient, e.Contributor, (double)e.Amount)), threshold, double.PositiveInfinity)
            .Select(r => Floor(r.ClrAmount))
            .ToList();

    private static List<BigInteger> Cocm(
        ContributionLedger ledger,
        List<List<(int Contributor, BigInteger Amount)>> projects,
        IReadOnlyList<IReadOnlyList<string>> clusters)
    {
        var agents = new Dictionary<string, int>(StringComparer.Ordinal);
        int Agent(string id)
        {
            if (!agents.TryGetValue(id, out var i))
            {
                i = agents.Count;
                agents.Add(id, i);
            }
            return i;
        }
        var groups = clusters.Select(c => (IReadOnlyList<int>)c.Distinct(StringComparer.Ordinal).Select(Agent).ToList()).ToList();
        // Agent of each of the ledger's contributors; one in no cluster is a cluster of their own (in first-seen order).
        var agentOf = new int[ledger.Contributors.Count];
        Array.Fill(agentOf, -1);
        foreach (var (contributor, _) in projects.SelectMany(p => p))
        {
            if (agentOf[contributor] < 0)
            {
                var name = ledger.Contributors[contributor];
                if (!agents.ContainsKey(name))
                {
                    groups.Add([Agent(name)]);
                }
                agentOf[contributor] = agents[name];
            }
        }
        var round = new CocmRound(groups, agents.Count);
        var buffer = new List<(int Agent, double Amount)>();
        var result = new List<BigInteger>(projects.Count);
        foreach (var givers in projects)
        {
            buffer.Clear();
            foreach (var (contributor, amount) in givers)
            {
                buffer.Add((agentOf[contributor], (double)amount));
            }
            result.Add(Floor(round.Subsidy(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer))));
        }
        return result;
    }

    // The one place a floating-point subsidy becomes money: rounded down, never negative.
    private static BigInteger Floor(double subsidy) =>
        double.IsFinite(subsidy) && subsidy > 0 ? new BigInteger(Math.Floor(subsidy)) : BigInteger.Zero;
}
