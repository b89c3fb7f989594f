namespace Polity.Core.Voting.Ranked;

/// <summary>
/// BigDecimal-compatible arithmetic on <see cref="decimal"/>: C# decimals keep their scale through
/// addition and multiplication just as BigDecimal does, so formatting matches RCTab digit for digit.
/// </summary>
public static class VoteMath
{
    /// <summary>Zero with <paramref name="scale"/> decimal places.</summary>
    public static decimal Zero(int scale) => new(0, 0, 0, false, (byte)scale);

    /// <summary>BigDecimal.setScale(scale, RoundingMode.DOWN).</summary>
    public static decimal Truncate(decimal value, int scale) =>
        Math.Round(value, scale, MidpointRounding.ToZero) + Zero(scale);

    /// <summary>BigDecimal.setScale(scale, RoundingMode.UP): away from zero.</summary>
    public static decimal RoundUp(decimal value, int scale)
    {
        var down = Truncate(value, scale);
        if (down == value)
        {
            return down;
        }
        var step = new decimal(1, 0, 0, false, (byte)scale);
        return value > 0 ? down + step : down - step;
    }

    /// <summary>The scale (digits after the point) of a decimal.</summary>
    public static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}
