namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>
/// Gitcoin Grants' 2020 pairwise-bounded CLR (gitcoinco/quadratic-funding <c>clr.py</c>): each pair of
/// contributors to a project adds √(a·b), divided by how much that pair co-funds across the whole round
/// (Σ over projects of √(a·b)) over (threshold + 1). Pairs that back many projects together are damped.
/// </summary>
/// <remarks>
/// Defined in floating point by the reference, so computed in <see cref="double"/> (minor units up to 2^53 are exact
/// inputs). Pairs are taken once, with the second id ordinally greater, as Python's string comparison.
/// </remarks>
public static class PairwiseBoundedClr
{
    /// <summary>Computes every project's match; when the matches reach <paramref name="pot"/> they are scaled to it.</summary>
    public static IReadOnlyList<PairwiseClrResult> Calculate(IEnumerable<(string Recipient, string Contributor, double Amount)> contributions, double threshold, double pot)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        var projects = new List<(string Recipient, List<(string Contributor, double Amount)> Givers)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (recipient, contributor, amount) in contributions)
        {
            if (amount < 0 || !double.IsFinite(amount))
            {
                throw new ArgumentOutOfRangeException(nameof(contributions), "Contributions must be finite and non-negative.");
            }
            if (!index.TryGetValue(recipient, out var p))
            {
                p = projects.Count;
                index.Add(recipient, p);
                projects.Add((recipient, []));
            }
            var givers = projects[p].Givers;
            var k = givers.FindIndex(g => g.Contributor == contributor);
            if (k < 0)
            {
                givers.Add((contributor, amount));
            }
            else
            {
                givers[k] = (contributor, givers[k].Amount + amount);
            }
        }

        var pairTotals = new Dictionary<(string, string), double>();
        foreach (var (_, givers) in projects)
        {
            foreach (var (k1, v1) in givers)
            {
                foreach (var (k2, v2) in givers)
                {
                    pairTotals[(k1, k2)] = pairTotals.GetValueOrDefault((k1, k2)) + Math.Sqrt(v1 * v2);
                }
            }
        }

        var results = new List<PairwiseClrResult>(projects.Count);
        var bigTotal = 0.0;
        foreach (var (recipient, givers) in projects)
        {
            var total = 0.0;
            var sum = 0.0;
            foreach (var (k1, v1) in givers)
            {
                sum += v1;
                foreach (var (k2, v2) in givers)
                {
                    // A zero gift makes the pair total 0 (clr.py would divide by zero); the pair adds nothing.
                    if (string.CompareOrdinal(k2, k1) > 0 && pairTotals[(k1, k2)] > 0)
                    {
                        total += Math.Sqrt(v1 * v2) / (pairTotals[(k1, k2)] / (threshold + 1));
                    }
                }
            }
            bigTotal += total;
            results.Add(new PairwiseClrResult(recipient, givers.Count, sum, total));
        }
        if (bigTotal >= pot && bigTotal > 0)
        {
            for (var i = 0; i < results.Count; i++)
            {
                results[i] = results[i] with { ClrAmount = results[i].ClrAmount / bigTotal * pot };
            }
        }
        return results;
    }
}
