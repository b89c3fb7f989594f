using System.Globalization;
using Polity.Core.Primitives;

namespace Polity.Core.Voting.Cardinal;

/// <summary>Conviction at the start of a step, where the stake changed (and at the close).</summary>
/// <param name="Step">Step number from 0 at the opening of voting.</param>
/// <param name="At">When the step begins.</param>
/// <param name="Stake">Stake standing during the step.</param>
/// <param name="Conviction">Conviction when the step begins.</param>
public sealed record ConvictionPoint(long Step, long At, Fraction Stake, Fraction Conviction);

/// <summary>The working of a conviction count in one house.</summary>
/// <param name="Alpha">α to 18 decimals, as used.</param>
/// <param name="StepSeconds">Step length.</param>
/// <param name="Electorate">S.</param>
/// <param name="Requested">r/R, or null when the pool is empty.</param>
/// <param name="Threshold">τ, or null when the request is too large ever to pass.</param>
/// <param name="Conviction">Conviction at the count (at most the close of voting).</param>
/// <param name="Curve">Conviction where the stake changed, and at the end.</param>
public sealed record ConvictionDetail(
    string Alpha, long StepSeconds, Fraction Electorate, Fraction? Requested, Fraction? Threshold, Fraction Conviction,
    IReadOnlyList<ConvictionPoint> Curve) : ITallyDetail
{
    /// <inheritdoc />
    public IReadOnlyList<string> Lines()
    {
        static string N(Fraction f) => f.ToDouble().ToString("0.###", CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            $"α = {Alpha} per {new Duration(StepSeconds)} step; S = {Electorate}; r/R = {(Requested is { } r ? r.ToPercent() : "all of an empty pool")}",
            Threshold is { } tau
                ? $"conviction {N(Conviction)} of threshold {N(tau)} ({(Conviction >= tau ? "reached" : "not reached")})"
                : $"conviction {N(Conviction)}; the request is at least max-ratio of the pool and can never pass",
        };
        lines.AddRange(Curve.Select(p => $"  step {p.Step}: stake {p.Stake}, conviction {N(p.Conviction)}"));
        return lines;
    }
}
