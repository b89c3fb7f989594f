using System.Globalization;

namespace Polity.Core.Primitives;

/// <summary>
/// An exact fraction in [0, 1] for quorums and thresholds: <c>20%</c>, <c>66.67%</c> or <c>2/3</c>.
/// Kept as numerator and denominator so comparisons never round.
/// </summary>
public readonly record struct Ratio
{
    /// <summary>Numerator, 0 ≤ numerator ≤ denominator.</summary>
    public long Numerator { get; }

    /// <summary>Denominator, positive.</summary>
    public long Denominator { get; }

    /// <summary>Creates a ratio in lowest terms.</summary>
    public Ratio(long numerator, long denominator)
    {
        if (denominator <= 0 || numerator < 0 || numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), $"{numerator}/{denominator} is not a fraction between 0 and 1");
        }
        var g = Gcd(numerator, denominator);
        Numerator = numerator / g;
        Denominator = denominator / g;
    }

    /// <summary>0.</summary>
    public static Ratio Zero { get; } = new(0, 1);

    /// <summary>1.</summary>
    public static Ratio One { get; } = new(1, 1);

    /// <summary>True when <paramref name="part"/>/<paramref name="whole"/> is strictly greater than this ratio.</summary>
    public bool IsExceededBy(Int128 part, Int128 whole) => whole > 0 && part * Denominator > whole * Numerator;

    /// <summary>True when <paramref name="part"/>/<paramref name="whole"/> is at least this ratio.</summary>
    public bool IsMetBy(Int128 part, Int128 whole) => part * Denominator >= whole * Numerator && (whole > 0 || Numerator == 0);

    /// <summary>True when <paramref name="part"/> is more than this share of <paramref name="whole"/>.</summary>
    public bool IsExceededBy(long part, long whole) => IsExceededBy((Int128)part, whole);

    /// <summary>True when <paramref name="part"/> is at least this share of <paramref name="whole"/>.</summary>
    public bool IsMetBy(long part, long whole) => IsMetBy((Int128)part, whole);

    /// <summary>True when <paramref name="part"/> is more than this share of <paramref name="whole"/> (exact fractions).</summary>
    public bool IsExceededBy(Fraction part, Fraction whole) => whole > Fraction.Zero && part * Denominator > whole * Numerator;

    /// <summary>True when <paramref name="part"/> is at least this share of <paramref name="whole"/> (exact fractions).</summary>
    public bool IsMetBy(Fraction part, Fraction whole) => part * Denominator >= whole * Numerator && (whole > Fraction.Zero || Numerator == 0);

    /// <summary>Parses <c>20%</c>, <c>66.67%</c>, <c>0.5</c> or <c>2/3</c>.</summary>
    public static bool TryParse(string? text, out Ratio ratio)
    {
        ratio = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        text = text.Trim();
        try
        {
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0)
            {
                if (long.TryParse(text[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    && long.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                    && d > 0 && n <= d)
                {
                    ratio = new Ratio(n, d);
                    return true;
                }
                return false;
            }
            var percent = text.EndsWith('%');
            var number = percent ? text[..^1] : text;
            if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }
            if (percent)
            {
                value /= 100m;
            }
            if (value < 0 || value > 1)
            {
                return false;
            }
            var scale = value.Scale;
            var denominator = 1L;
            for (var i = 0; i < scale && i < 18; i++)
            {
                denominator *= 10;
            }
            ratio = new Ratio((long)(value * denominator), denominator);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Parses or throws <see cref="FormatException"/>.</summary>
    public static Ratio Parse(string text) =>
        TryParse(text, out var r) ? r : throw new FormatException($"'{text}' is not a percentage or fraction between 0 and 1");

    /// <summary>Percentage form, e.g. <c>66.67%</c>; exact fractions that do not end print as <c>2/3</c>.</summary>
    public override string ToString()
    {
        var scaled = (decimal)Numerator * 100m / Denominator;
        var rounded = decimal.Round(scaled, 4);
        return rounded * Denominator == Numerator * 100m
            ? rounded.ToString("0.####", CultureInfo.InvariantCulture) + "%"
            : $"{Numerator}/{Denominator}";
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }
        return a == 0 ? 1 : a;
    }
}
