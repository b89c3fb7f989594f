using System.Numerics;

namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>Exact floor square root of a non-negative integer.</summary>
public static class IntegerSqrt
{
    /// <summary>Returns (r, n − r²) with r = ⌊√n⌋.</summary>
    public static (BigInteger Root, BigInteger Remainder) Of(BigInteger n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (n <= ulong.MaxValue)
        {
            var (root, rest) = Of((ulong)n);
            return (root, rest);
        }
        // Newton's iteration from above converges monotonically to the floor root (the Babylonian
        // method pluralistic.js uses); any correct floor root gives the same answer.
        var x = n >> 1;
        var y = (x + 1) >> 1;
        while (y < x)
        {
            x = y;
            y = (x + (n / x)) >> 1;
        }
        return (x, n - (x * x));
    }

    /// <summary>
    /// Returns (r, n − r²) with r = ⌊√n⌋ for a 64-bit n: the double square root is within one of the answer
    /// (correctly rounded, of a value rounded to 53 bits), and is then corrected exactly in 128-bit integers.
    /// </summary>
    public static (ulong Root, ulong Remainder) Of(ulong n)
    {
        var r = Math.Min((ulong)Math.Sqrt(n), uint.MaxValue);
        while ((UInt128)r * r > n)
        {
            r--;
        }
        while (r < uint.MaxValue && (UInt128)(r + 1) * (r + 1) <= n)
        {
            r++;
        }
        return (r, n - (r * r));
    }
}
