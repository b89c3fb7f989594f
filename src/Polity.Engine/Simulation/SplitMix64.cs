namespace Polity.Engine.Simulation;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): a small pseudo-random generator whose sequence is fixed by its
/// seed on every platform and runtime, so a population report can be reproduced from its spec.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A whole number in [0, <paramref name="bound"/>), without modulo bias (rejection sampling).</summary>
    public ulong Below(ulong bound)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bound);
        var limit = ulong.MaxValue - ulong.MaxValue % bound;
        ulong x;
        do
        {
            x = Next();
        }
        while (x >= limit);
        return x % bound;
    }

    /// <summary>True with exactly the chance <paramref name="chance"/> (a ratio of whole numbers, so no floating point).</summary>
    public bool Chance(Core.Primitives.Ratio chance) => (long)Below((ulong)chance.Denominator) < chance.Numerator;
}
