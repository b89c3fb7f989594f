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
        for (var i = 0; i < ledger.Recipients.Count; i++)
        {
            results.Add(Sums(ledger.Recipients[i], ledger.AmountsOf(i)));
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

    /// <summary>
    /// A project's count, Σ⌊√c⌋, Σ(c − ⌊√c⌋²) and Σc. Amounts that fit in 64 bits (every real one) are summed in
    /// 128-bit integers with the 64-bit square root; any larger amount is handled in <see cref="BigInteger"/>.
    /// </summary>
    internal static QfResult Sums(string recipient, IEnumerable<BigInteger> amounts)
    {
        Int128 count = 0, roots = 0, remainders = 0, total = 0;
        BigInteger bigRoots = 0, bigRemainders = 0, bigTotal = 0;
        foreach (var amount in amounts)
        {
            count++;
            if (amount <= ulong.MaxValue)
            {
                var (root, rest) = IntegerSqrt.Of((ulong)amount);
                roots += root;
                remainders += rest;
                total += (ulong)amount;
            }
            else
            {
                var (root, rest) = IntegerSqrt.Of(amount);
                bigRoots += root;
                bigRemainders += rest;
                bigTotal += amount;
            }
        }
        return new QfResult(recipient, (BigInteger)count, (BigInteger)roots + bigRoots, (BigInteger)remainders + bigRemainders,
            (BigInteger)total + bigTotal, 0, 0, 0);
    }
}
