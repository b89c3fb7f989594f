using System.Numerics;

namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>
/// Linear quadratic funding (CLR) with a matching pool, saturation, a minimum contribution and a per-project
/// matching cap, computed exactly in integers as Gitcoin's pluralistic.js <c>linearQF</c>
/// (commit 322323c, the library behind Grants Stack). See docs/quadratic-funding.md.
/// </summary>
public static class LinearQf
{
    /// <summary>Matches <paramref name="contributions"/> from a pool of <paramref name="matchAmount"/> minor units.</summary>
    public static IReadOnlyList<QfResult> Calculate(IEnumerable<Contribution> contributions, BigInteger matchAmount, LinearQfOptions? options = null)
    {
        options ??= LinearQfOptions.Default;
        return Calculate(ContributionLedger.From(contributions, options.MinimumAmount), matchAmount, options);
    }

    /// <summary>Matches already-aggregated contributions (the minimum amount is not applied again).</summary>
    public static IReadOnlyList<QfResult> Calculate(ContributionLedger ledger, BigInteger matchAmount, LinearQfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentOutOfRangeException.ThrowIfNegative(matchAmount);
        options ??= LinearQfOptions.Default;

        var results = new List<QfResult>(ledger.Recipients.Count);
        foreach (var recipient in ledger.Recipients)
        {
            BigInteger count = 0, sumOfSqrt = 0, remainder = 0, total = 0;
            foreach (var (_, amount) in ledger.For(recipient))
            {
                var (root, rest) = IntegerSqrt.Of(amount);
                count++;
                sumOfSqrt += root;
                remainder += rest;
                total += amount;
            }
            results.Add(new QfResult(recipient, count, sumOfSqrt, remainder, total, 0, 0, 0));
        }

        // (Σ√c)² − Σc per project, exact: the remainders put back what the floor roots dropped, so a
        // project's ideal match is never negative.
        var totalIdeal = results.Aggregate(BigInteger.Zero, (sum, r) => sum + r.IdealMatch);

        var saturated = totalIdeal >= matchAmount || options.IgnoreSaturation;
        for (var i = 0; i < results.Count; i++)
        {
            var ideal = results[i].IdealMatch;
            // Saturated: pro rata share of the pool, rounded down (BigInteger division truncates; both
            // operands are non-negative). The undistributed remainder stays in the pool.
            var match = !saturated ? ideal : totalIdeal > 0 ? ideal * matchAmount / totalIdeal : BigInteger.Zero;
            results[i] = results[i] with { MatchedWithoutCap = match, Matched = match };
        }

        if (options.MatchingCapAmount is { } cap)
        {
            ApplyCap(results, cap, matchAmount);
        }
        return results;
    }

    /// <summary>
    /// Clamps every match to <paramref name="cap"/> and hands the overflow to the projects still under it,
    /// pro rata to their current match and rounded down, repeating until nothing overflows
    /// (pluralistic.js's loop). A project exactly at the cap neither gives nor receives.
    /// </summary>
    private static void ApplyCap(List<QfResult> results, BigInteger cap, BigInteger matchAmount)
    {
        while (true)
        {
            BigInteger overflow = 0, uncapped = 0;
            for (var i = 0; i < results.Count; i++)
            {
                var r = results[i];
                var capOverflow = r.MatchedWithoutCap - cap;
                var matched = r.Matched;
                if (matched > cap)
                {
                    overflow += matched - cap;
                    matched = cap;
                }
                else if (matched < cap)
                {
                    uncapped += matched;
                }
                results[i] = r with { CapOverflow = capOverflow, Matched = matched };
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
            for (var i = 0; i < results.Count; i++)
            {
                if (results[i].Matched < cap)
                {
                    results[i] = results[i] with { Matched = results[i].Matched + (results[i].Matched * overflow / uncapped) };
                }
            }
        }
    }
}
