using System.Numerics;

namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>
/// One project's outcome, with the same fields as pluralistic.js <c>Calculation</c>. All values are whole minor units
/// except <see cref="ContributionsCount"/>.
/// </summary>
/// <param name="Recipient">The project.</param>
/// <param name="ContributionsCount">Distinct contributors (contributions are summed per contributor first).</param>
/// <param name="SumOfSqrt">Σ floor(√amount) over contributors.</param>
/// <param name="SumOfSqrtRemainder">Σ (amount − floor(√amount)²): what the floor square roots dropped.</param>
/// <param name="TotalReceived">Σ amount.</param>
/// <param name="MatchedWithoutCap">The match before the per-project cap.</param>
/// <param name="CapOverflow">MatchedWithoutCap − cap (negative when under the cap); 0 when there is no cap.</param>
/// <param name="Matched">What the project is paid from the pool.</param>
public sealed record QfResult(
    string Recipient,
    BigInteger ContributionsCount,
    BigInteger SumOfSqrt,
    BigInteger SumOfSqrtRemainder,
    BigInteger TotalReceived,
    BigInteger MatchedWithoutCap,
    BigInteger CapOverflow,
    BigInteger Matched)
{
    /// <summary>
    /// The ideal (unscaled) CLR match: (Σ√c)² − Σc computed exactly as sumOfSqrt² + remainder − total,
    /// or 0 for a project with fewer than two contributors.
    /// </summary>
    public BigInteger IdealMatch => ContributionsCount > 1 ? (SumOfSqrt * SumOfSqrt) + SumOfSqrtRemainder - TotalReceived : BigInteger.Zero;
}
