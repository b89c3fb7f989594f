using System.Numerics;
using Polity.Core.Charters;
using Polity.Core.Funding.QuadraticFunding;
using Polity.Core.Primitives;

namespace Polity.Core.State;

/// <summary>
/// A member's weight under each house weight rule. Exact: the only rounding is the documented floor of
/// <c>quadratic-of-stake</c> (⌊√stake⌋) and of <c>reputation</c> (⌊decayed points⌋).
/// </summary>
public static class Weights
{
    /// <summary>Earnings this many half-lives old or older count 0 (keeps the arithmetic bounded; documented).</summary>
    public const int ForgottenAfterHalfLives = 64;

    /// <summary>The weight of a member of <paramref name="house"/> at time <paramref name="at"/>.</summary>
    /// <param name="house">The house and its weight rule.</param>
    /// <param name="membership">The membership (stake).</param>
    /// <param name="earnings">The member's reputation earnings in this house, for <see cref="WeightRule.Reputation"/>.</param>
    /// <param name="at">When the weight is taken (a proposal's submission).</param>
    public static long Of(House house, Membership membership, IEnumerable<Earning>? earnings, long at) => house.Weight switch
    {
        WeightRule.Stake => membership.Stake,
        WeightRule.QuadraticOfStake => (long)IntegerSqrt.Of(Math.Max(0, membership.Stake)).Root,
        WeightRule.Reputation => Reputation(earnings ?? [], house.Reputation?.HalfLife, at),
        _ => 1,
    };

    /// <summary>⌊Σ decayed points⌋ of the earnings up to <paramref name="at"/>.</summary>
    public static long Reputation(IEnumerable<Earning> earnings, Duration? halfLife, long at)
    {
        var sum = Fraction.Zero;
        foreach (var earning in earnings)
        {
            if (earning.At <= at)
            {
                sum += Decayed(earning.Points, at - earning.At, halfLife);
            }
        }
        return (long)sum.Floor();
    }

    /// <summary>
    /// What <paramref name="points"/> earned <paramref name="age"/> seconds ago count now: with half-life
    /// H and age = k·H + r (0 ≤ r &lt; H), points · 2^−k · (1 − r / 2H), i.e. halving at every full
    /// half-life and falling linearly in between; 0 from <see cref="ForgottenAfterHalfLives"/> half-lives on.
    /// </summary>
    public static Fraction Decayed(long points, long age, Duration? halfLife)
    {
        if (halfLife is not { Seconds: > 0 } h)
        {
            return points;
        }
        var k = age / h.Seconds;
        if (k >= ForgottenAfterHalfLives)
        {
            return Fraction.Zero;
        }
        var r = age % h.Seconds;
        // points · (2H − r) / (2^(k+1) · H)
        return new Fraction((BigInteger)points * (2 * h.Seconds - r), BigInteger.Pow(2, (int)k + 1) * h.Seconds);
    }
}
