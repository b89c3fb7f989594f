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
        var allocations = MatchAllocation.Allocate(results.Select(r => r.IdealMatch).ToList(), matchAmount, options.IgnoreSaturation, options.MatchingCapAmount);
        for (var i = 0; i < results.Count; i++)
        {
            var a = allocations[i];
            results[i] = results[i] with { MatchedWithoutCap = a.MatchedWithoutCap, CapOverflow = a.CapOverflow, Matched = a.Matched };
        }
        return results;
    }
}
