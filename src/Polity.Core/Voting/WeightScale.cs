using System.Numerics;
using Polity.Core.Primitives;

namespace Polity.Core.Voting;

/// <summary>
/// Exact voter weights as whole numbers over one common denominator, so a count can add machine integers
/// instead of fractions. Nothing is rounded: weight i is <c>Scaled[i] / Denominator</c> exactly.
/// </summary>
internal static class WeightScale
{
    private static readonly BigInteger MaxLong = long.MaxValue;

    /// <summary>The weight as a <see cref="long"/> when it is whole and fits.</summary>
    public static bool TryWhole(Fraction weight, out long value)
    {
        if (weight.Denominator.IsOne && weight.Numerator.Sign >= 0 && weight.Numerator <= MaxLong)
        {
            value = (long)weight.Numerator;
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>The ballots as a span without copying when they are a list or an array (as a tally builds them).</summary>
    public static ReadOnlySpan<WeightedBallot> Span(IReadOnlyList<WeightedBallot> ballots) => ballots switch
    {
        WeightedBallot[] array => array,
        List<WeightedBallot> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        _ => ballots.ToArray(),
    };

    /// <summary>The least common denominator of the ballots' weights (1 when every weight is whole).</summary>
    public static BigInteger CommonDenominator(IReadOnlyList<WeightedBallot> ballots)
    {
        var lcm = BigInteger.One;
        for (var i = 0; i < ballots.Count; i++)
        {
            var d = ballots[i].Weight.Denominator;
            if (!d.IsOne && !(lcm % d).IsZero)
            {
                lcm = lcm / BigInteger.GreatestCommonDivisor(lcm, d) * d;
            }
        }
        return lcm;
    }

    /// <summary>True when every scaled weight, and their sum, fits a <see cref="long"/>.</summary>
    public static bool FitsInLong(IReadOnlyList<WeightedBallot> ballots, BigInteger denominator)
    {
        var total = BigInteger.Zero;
        for (var i = 0; i < ballots.Count; i++)
        {
            total += Scale(ballots[i].Weight, denominator);
        }
        return total <= long.MaxValue;
    }

    /// <summary>The weight times the common denominator: a whole number.</summary>
    public static BigInteger Scale(Fraction weight, BigInteger denominator) =>
        weight.Denominator.IsOne ? weight.Numerator * denominator : weight.Numerator * (denominator / weight.Denominator);

    /// <summary>The scaled weight as <typeparamref name="T"/> (callers have checked that it fits).</summary>
    public static T Scale<T>(Fraction weight, BigInteger denominator)
        where T : IBinaryInteger<T> =>
        T.CreateChecked(Scale(weight, denominator));
}
