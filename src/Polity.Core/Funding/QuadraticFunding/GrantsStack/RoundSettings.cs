using System.Numerics;

namespace Polity.Core.Funding.QuadraticFunding.GrantsStack;

/// <summary>
/// A round's matching settings, from its metadata (<c>quadraticFundingConfig</c>) with the query parameters of
/// the matches API laid over them. Null means "not set here".
/// </summary>
/// <param name="MatchAmount">The matching pool in round-token minor units.</param>
/// <param name="SybilDefensePassport">metadata: sybilDefense = passport.</param>
/// <param name="MatchingCapPercent">metadata: matchingCap with matchingCapAmount, a percent of the pool.</param>
/// <param name="MinDonationUsd">metadata: minDonationThresholdAmount.</param>
public sealed record RoundSettings(
    BigInteger MatchAmount,
    bool SybilDefensePassport = false,
    decimal? MatchingCapPercent = null,
    decimal? MinDonationUsd = null);
