using System.Numerics;

namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>One project's outcome under a sybil-resistant variant. Amounts are whole minor units.</summary>
/// <param name="Recipient">The project.</param>
/// <param name="ContributionsCount">Distinct contributors.</param>
/// <param name="TotalReceived">Σ contributions.</param>
/// <param name="IdealMatch">The variant's subsidy (funding − contributions), floored once to a whole minor unit.</param>
/// <param name="MatchedWithoutCap">The match before the per-project cap.</param>
/// <param name="CapOverflow">MatchedWithoutCap − cap (negative when under it); 0 without a cap.</param>
/// <param name="Matched">What the project is paid.</param>
public sealed record VariantResult(
    string Recipient,
    BigInteger ContributionsCount,
    BigInteger TotalReceived,
    BigInteger IdealMatch,
    BigInteger MatchedWithoutCap,
    BigInteger CapOverflow,
    BigInteger Matched);
