using System.Numerics;

namespace Polity.Core.Primitives;

/// <summary>An exact non-negative fraction for combining shares across houses; never rounds.</summary>
public readonly record struct Fraction : IComparable<Fraction>
{
    /// <summary>Numerator.</summary>
    public BigInteger Numerator { get; }

    // Zero only in default(Fraction), which must read as 0/1 like Fraction.Zero (an array or dictionary
    // default would otherwise divide by zero or turn sums into 0).
    private readonly BigInteger _denominator;

    /// <summary>Denominator, positive.</summary>
    public BigInteger Denominator => _denominator.IsZero ? BigInteger.One : _denominator;

    /// <summary>Creates a fraction in lowest terms; a zero denominator means 0 (an empty share).</summary>
    public Fraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            (numerator, denominator) = (BigInteger.Zero, BigInteger.One);
        }
        if (denominator.Sign < 0)
        {
            (numerator, denominator) = (-numerator, -denominator);
        }
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!g.IsZero && !g.IsOne)
        {
            numerator /= g;
            denominator /= g;
        }
        Numerator = numerator;
        _denominator = denominator.IsZero ? BigInteger.One : denominator;
    }

    /// <summary>Equal values are equal fractions, <c>default</c> included.</summary>
    public bool Equals(Fraction other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>0.</summary>
    public static Fraction Zero => new(0, 1);

    /// <summary>A whole number as a fraction.</summary>
    public static implicit operator Fraction(long value) => new(value, BigInteger.One);

    /// <summary>Scales by a whole number.</summary>
    public static Fraction operator *(Fraction a, long k) => a * (BigInteger)k;

    /// <summary>Divides by a whole number.</summary>
    public static Fraction operator /(Fraction a, long k) => a / (BigInteger)k;

    /// <summary>True when zero.</summary>
    public bool IsZero => Numerator.IsZero;

    /// <summary>True when a whole number.</summary>
    public bool IsWhole => Denominator.IsOne;

    /// <summary>The largest whole number not above this fraction.</summary>
    public BigInteger Floor() => BigInteger.Divide(Numerator - (Numerator.Sign < 0 ? Denominator - 1 : 0), Denominator);

    /// <summary>Approximate value, for display and for comparing with floating-point peers only.</summary>
    public double ToDouble() => Numerator.GetBitLength() < 1000 && Denominator.GetBitLength() < 1000
        ? (double)Numerator / (double)Denominator
        : Numerator.IsZero ? 0 : Math.Exp(BigInteger.Log(BigInteger.Abs(Numerator)) - BigInteger.Log(Denominator)) * Numerator.Sign;

    /// <summary>From a ratio.</summary>
    public static Fraction Of(Ratio ratio) => new(ratio.Numerator, ratio.Denominator);

    /// <summary>Sum.</summary>
    public static Fraction operator +(Fraction a, Fraction b) =>
        new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    /// <summary>Scales by a whole number.</summary>
    public static Fraction operator *(Fraction a, BigInteger k) => new(a.Numerator * k, a.Denominator);

    /// <summary>Divides by a positive whole number.</summary>
    public static Fraction operator /(Fraction a, BigInteger k) => new(a.Numerator, a.Denominator * k);

    /// <summary>Difference (may be negative).</summary>
    public static Fraction operator -(Fraction a, Fraction b) =>
        new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    /// <summary>Product.</summary>
    public static Fraction operator *(Fraction a, Fraction b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    /// <summary>Quotient; dividing by zero gives 0, as a zero denominator does.</summary>
    public static Fraction operator /(Fraction a, Fraction b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    /// <summary>A whole number.</summary>
    public static Fraction Whole(BigInteger value) => new(value, BigInteger.One);

    /// <inheritdoc />
    public int CompareTo(Fraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>Strictly greater.</summary>
    public static bool operator >(Fraction a, Fraction b) => a.CompareTo(b) > 0;

    /// <summary>Strictly smaller.</summary>
    public static bool operator <(Fraction a, Fraction b) => a.CompareTo(b) < 0;

    /// <summary>Greater or equal.</summary>
    public static bool operator >=(Fraction a, Fraction b) => a.CompareTo(b) >= 0;

    /// <summary>Smaller or equal.</summary>
    public static bool operator <=(Fraction a, Fraction b) => a.CompareTo(b) <= 0;

    /// <summary>A percentage with two decimals, rounded half away from zero, for display only.</summary>
    public string ToPercent()
    {
        var basisPoints = (Numerator * 20000 + Denominator) / (2 * Denominator);
        return $"{basisPoints / 100}.{(basisPoints % 100).ToString().PadLeft(2, '0')}%";
    }

    /// <inheritdoc />
    public override string ToString() => Denominator.IsOne ? Numerator.ToString() : $"{Numerator}/{Denominator}";
}
