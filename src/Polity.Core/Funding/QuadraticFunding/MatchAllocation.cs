using System.Numerics;

namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>
/// Turns each project's ideal match (whole minor units) into a payment from the pool: saturation, pro rata
/// scaling rounded down, and the per-project cap with pro rata redistribution, exactly as pluralistic.js. Shared
/// by every QF variant so that they differ only in how the ideal match is computed.
/// </summary>
public static class MatchAllocation
{
    /// <summary>Allocates <paramref name="matchAmount"/> over <paramref name="ideal"/> (in project order).</summary>
    public static Allocation[] Allocate(IReadOnlyList<BigInteger> ideal, BigInteger matchAmount, bool ignoreSaturation, BigInteger? cap)
    {
        ArgumentNullException.ThrowIfNull(ideal);
        ArgumentOutOfRangeException.ThrowIfNegative(matchAmount);
        var totalIdeal = ideal.Aggregate(BigInteger.Zero, (sum, x) => sum + x);
        var saturated = totalIdeal >= matchAmount || ignoreSaturation;
        var result = new Allocation[ideal.Count];
        for (var i = 0; i < ideal.Count; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(ideal[i]);
            // Saturated: a pro rata share of the pool, rounded down (BigInteger division truncates and both
            // operands are non-negative); the undivided remainder stays in the pool. Not saturated: the ideal
            // match itself, and the rest of the pool stays unspent.
            var match = !saturated ? ideal[i] : totalIdeal > 0 ? ideal[i] * matchAmount / totalIdeal : BigInteger.Zero;
            result[i] = new Allocation(match, 0, match);
        }
        if (cap is { } c)
        {
            ApplyCap(result, c, matchAmount);
        }
        return result;
    }

    /// <summary>
    /// Clamps every match to <paramref name="cap"/> and hands the overflow to the projects still under it,
    /// pro rata to their current match and rounded down, repeating until nothing overflows
    /// (pluralistic.js's loop). A project exactly at the cap neither gives nor receives.
    /// </summary>
    private static void ApplyCap(Allocation[] results, BigInteger cap, BigInteger matchAmount)
    {
        while (true)
        {
            BigInteger overflow = 0, uncapped = 0;
            for (var i = 0; i < results.Length; i++)
            {
                var matched = results[i].Matched;
                if (matched > cap)
                {
                    overflow += matched - cap;
                    matched = cap;
                }
                else if (matched < cap)
                {
                    uncapped += matched;
                }
                results[i] = results[i] with { CapOverflow = results[i].MatchedWithoutCap - cap, Matched = matched };
            }
            if (uncapped.IsZero || overflow.IsZero)
            {
                return;
            }
            var afterCap = results.Aggregate(BigInteger.Zero, (sum, r) => sum + r.Matched);
            if (afterCap + overflow > matchAmount)
            {
                throw new InvalidOperationException("Matching cap redistribution would exceed the matching pool.");
            }
            for (var i = 0; i < results.Length; i++)
            {
                if (results[i].Matched < cap)
                {
                    results[i] = results[i] with { Matched = results[i].Matched + (results[i].Matched * overflow / uncapped) };
                }
            }
        }
    }
}
