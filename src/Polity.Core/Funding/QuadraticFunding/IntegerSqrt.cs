using System.Numerics;

namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>Exact floor square root of a non-negative integer.</summary>
public static class IntegerSqrt
{
    /// <summary>Returns (r, n − r²) with r = ⌊√n⌋.</summary>
    public static (BigInteger Root, BigInteger Remainder) Of(BigInteger n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (n <= BigInteger.One)
        {
            return (n, BigInteger.Zero);
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
}
