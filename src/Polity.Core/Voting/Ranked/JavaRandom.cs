namespace Polity.Core.Voting.Ranked;

/// <summary>
/// java.util.Random's documented 48-bit linear congruential generator, so seeded tie-breaks reproduce RCTab's.
/// </summary>
public sealed class JavaRandom
{
    private const long Multiplier = 0x5DEECE66DL;
    private const long Mask = (1L << 48) - 1;
    private long _seed;

    /// <summary>Seeds the generator as <c>new Random(seed)</c> does (scrambled with the multiplier).</summary>
    public JavaRandom(long seed) => _seed = (seed ^ Multiplier) & Mask;

    private int Next(int bits)
    {
        _seed = unchecked((_seed * Multiplier) + 0xBL) & Mask;
        return (int)((ulong)_seed >> (48 - bits));
    }

    /// <summary><c>nextInt(bound)</c>.</summary>
    public int NextInt(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        if ((bound & -bound) == bound)
        {
            return (int)((bound * (long)Next(31)) >> 31);
        }
        int bits, value;
        do
        {
            bits = Next(31);
            value = bits % bound;
        }
        while (unchecked(bits - value + (bound - 1)) < 0);
        return value;
    }

    /// <summary><c>nextDouble()</c>.</summary>
    public double NextDouble() => (((long)Next(26) << 27) + Next(27)) * (1.0 / (1L << 53));

    /// <summary><c>Collections.shuffle(list, random)</c>.</summary>
    public void Shuffle<T>(IList<T> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        for (var i = list.Count; i > 1; i--)
        {
            var j = NextInt(i);
            (list[i - 1], list[j]) = (list[j], list[i - 1]);
        }
    }
}
