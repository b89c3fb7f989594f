using System.Numerics;

namespace Polity.Core.Funding.QuadraticFunding.GrantsStack;

/// <summary>The matches API's query parameters; each one that is set wins over the round's metadata.</summary>
/// <param name="IgnoreSaturation">ignoreSaturation (default false).</param>
/// <param name="EnablePassport">enablePassport.</param>
/// <param name="PassportThreshold">passportThreshold: a raw score above it passes.</param>
/// <param name="MatchingCapAmount">matchingCapAmount: an absolute cap in round-token minor units.</param>
/// <param name="MinimumAmountUsd">minimumAmountUSD.</param>
public sealed record MatchQuery(
    bool IgnoreSaturation = false,
    bool? EnablePassport = null,
    decimal? PassportThreshold = null,
    BigInteger? MatchingCapAmount = null,
    decimal? MinimumAmountUsd = null)
{
    /// <summary>No parameters.</summary>
    public static MatchQuery None { get; } = new();
}
