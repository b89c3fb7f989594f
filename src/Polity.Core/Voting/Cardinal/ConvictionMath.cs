using System.Numerics;
using Polity.Core.Primitives;

namespace Polity.Core.Voting.Cardinal;

/// <summary>
/// The exact arithmetic of conviction voting. Conviction is kept in fixed point with
/// <see cref="Scale"/> = 10^18 (18 decimals): α is computed once, with integer arithmetic only, and
/// truncated to 18 decimals; each step's conviction is truncated to 18 decimals; thresholds compare as
/// exact fractions. No floating point is involved anywhere, so every machine finds the same result.
/// </summary>
public static class ConvictionMath
{
    /// <summary>10^18: α and conviction are whole multiples of 1/Scale.</summary>
    public static readonly BigInteger Scale = BigInteger.Pow(10, 18);

    /// <summary>Working precision for α: 10^40, truncated to <see cref="Scale"/> at the end.</summary>
    private static readonly BigInteger Work = BigInteger.Pow(10, 40);

    /// <summary>⌊ln 2 × 10^40⌋.</summary>
    private static readonly BigInteger Ln2 = BigInteger.Parse("6931471805599453094172321214581765680755", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// ⌊α × 10^18⌋ for α = 2^(−step/halfLife), the share of conviction kept from one step to the next. The
    /// whole halvings of step/halfLife shift; the remaining fraction f ∈ [0, 1) is 2^(−f) = e^(−f·ln 2), summed
    /// as a Taylor series at 40 decimals (truncating each term), then truncated to 18 decimals.
    /// </summary>
    public static BigInteger AlphaScaled(long stepSeconds, long halfLifeSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stepSeconds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(halfLifeSeconds);
        var halvings = stepSeconds / halfLifeSeconds;
        var x = Ln2 * (stepSeconds % halfLifeSeconds) / halfLifeSeconds;
        var term = Work;
        var sum = Work;
        for (var n = 1; !term.IsZero; n++)
        {
            term = term * x / (Work * n);
            sum += n % 2 == 1 ? -term : term;
        }
        return (halvings >= 200 ? BigInteger.Zero : sum >> (int)halvings) / (Work / Scale);
    }

    /// <summary>One step: y' = ⌊α·y⌋ + x, all at <see cref="Scale"/> (α, y and the result scaled; x the stake, scaled and truncated).</summary>
    public static BigInteger Step(BigInteger alphaScaled, BigInteger convictionScaled, Fraction stake) =>
        alphaScaled * convictionScaled / Scale + (stake * Scale).Floor();

    /// <summary>
    /// The 1Hive threshold τ = ρ·S / ((1 − α)·(β − r/R)²), or null when r/R ≥ β (the proposal can never pass).
    /// </summary>
    /// <param name="weight">ρ, the <c>weight</c> setting.</param>
    /// <param name="electorate">S, the house's electorate weight.</param>
    /// <param name="alphaScaled">⌊α × 10^18⌋.</param>
    /// <param name="maxRatio">β, the <c>max-ratio</c> setting.</param>
    /// <param name="requested">r/R, or null when the pool is empty and something is requested.</param>
    public static Fraction? Threshold(Ratio weight, Fraction electorate, BigInteger alphaScaled, Ratio maxRatio, Fraction? requested)
    {
        if (requested is not { } share || share >= Fraction.Of(maxRatio))
        {
            return null;
        }
        var gap = Fraction.Of(maxRatio) - share;
        var oneMinusAlpha = new Fraction(Scale - alphaScaled, Scale);
        return Fraction.Of(weight) * electorate / (oneMinusAlpha * gap * gap);
    }

    /// <summary>The decimal form of a value scaled by 10^18, for display: <c>0.990418…</c> with all 18 decimals.</summary>
    public static string Decimal(BigInteger scaled)
    {
        var whole = BigInteger.DivRem(scaled, Scale, out var rest);
        return $"{whole}.{rest.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(18, '0')}";
    }
}
