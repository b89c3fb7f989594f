using System.Numerics;

namespace Polity.Core.Funding.QuadraticFunding.GrantsStack;

/// <summary>A donation as the Grants Stack indexer records it (only the fields the matching reads).</summary>
/// <param name="Id">Vote id; coefficient overrides are keyed by it.</param>
/// <param name="Voter">Donor address (compared case-insensitively with passport scores).</param>
/// <param name="ApplicationId">The application voted for; QF recipients are application ids.</param>
/// <param name="GrantAddress">Where the donation was paid; must equal the application's payout address.</param>
/// <param name="AmountRoundToken">Amount in the round token's minor units: what QF uses.</param>
/// <param name="AmountUsd">Value in USD: only compared with the minimum donation.</param>
public sealed record RoundVote(string Id, string Voter, string ApplicationId, string GrantAddress, BigInteger AmountRoundToken, decimal AmountUsd);
