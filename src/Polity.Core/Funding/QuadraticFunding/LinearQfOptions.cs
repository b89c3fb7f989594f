using System.Numerics;

namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>The knobs of a linear QF round, as in pluralistic.js <c>LinearQFOptions</c>.</summary>
/// <param name="MinimumAmount">Contributions strictly below this many minor units are ignored before aggregation.</param>
/// <param name="IgnoreSaturation">
/// When false (the default) and the ideal matches add up to less than the pool, each project gets its ideal
/// match and the rest of the pool stays unspent. When true the pool is always spread in full.
/// </param>
/// <param name="MatchingCapAmount">Most any one project may be matched, in minor units (not a percentage); null for no cap.</param>
public sealed record LinearQfOptions(
    BigInteger MinimumAmount = default,
    bool IgnoreSaturation = false,
    BigInteger? MatchingCapAmount = null)
{
    /// <summary>No minimum, saturation respected, no cap.</summary>
    public static LinearQfOptions Default { get; } = new();
}
