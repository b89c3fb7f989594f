using System.Numerics;
using Polity.Core.Primitives;

namespace Polity.Core.Metrics;

/// <summary>
/// How concentrated a set of voting weights is. Exact: results are <see cref="Fraction"/>s or counts, and a
/// set whose weights sum to zero (nobody holds weight) gives 0 everywhere.
/// </summary>
public static class Concentration
{
    /// <summary>
    /// The Gini coefficient: G = Σᵢ Σⱼ |wᵢ − wⱼ| / (2 · n · Σw), computed in O(n log n) as
    /// G = 2 · Σᵢ i · w₍ᵢ₎ / (n · Σw) − (n + 1) / n with the weights sorted ascending and i from 1.
    /// 0 when everyone holds the same weight; (n − 1) / n when one member holds it all.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative weight.</exception>
    public static Fraction Gini(IReadOnlyCollection<long> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var sorted = Sorted(weights, descending: false);
        var total = Total(sorted);
        if (total.IsZero)
        {
            return Fraction.Zero;
        }
        BigInteger rankSum = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            rankSum += (BigInteger)(i + 1) * sorted[i];
        }
        var n = (BigInteger)sorted.Count;
        return new Fraction(2 * rankSum, n * total) - new Fraction(n + 1, n);
    }

    /// <summary>
    /// The Nakamoto coefficient: the smallest number of holders whose weights together exceed half of the
    /// total (strictly more than 50%). 0 when nobody holds weight, otherwise at least 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative weight.</exception>
    public static int Nakamoto(IReadOnlyCollection<long> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var sorted = Sorted(weights, descending: true);
        var total = Total(sorted);
        BigInteger sum = 0;
        for (var i = 0; i < sorted.Count && !total.IsZero; i++)
        {
            sum += sorted[i];
            if (2 * sum > total)
            {
                return i + 1;
            }
        }
        return 0;
    }

    /// <summary>The share of the total held by the <paramref name="top"/> largest holders (all of it when there are fewer); 0 when nobody holds weight.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative weight, or <paramref name="top"/> below 1.</exception>
    public static Fraction TopShare(IReadOnlyCollection<long> weights, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var sorted = Sorted(weights, descending: true);
        var total = Total(sorted);
        return total.IsZero ? Fraction.Zero : new Fraction(Total(sorted.Take(top)), total);
    }

    private static List<long> Sorted(IReadOnlyCollection<long> weights, bool descending)
    {
        if (weights.Any(w => w < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(weights), "weights cannot be negative");
        }
        var list = weights.ToList();
        list.Sort();
        if (descending)
        {
            list.Reverse();
        }
        return list;
    }

    private static BigInteger Total(IEnumerable<long> weights) => weights.Aggregate(BigInteger.Zero, (s, w) => s + w);
}
