using System.Numerics;

namespace Polity.Core.Funding.QuadraticFunding.GrantsStack;

/// <summary>How hypothetical votes would change an application's match.</summary>
/// <param name="ApplicationId">Application id.</param>
/// <param name="Recipient">Its payout address.</param>
/// <param name="Original">Figures from the recorded votes (null if it had none).</param>
/// <param name="Estimated">Figures with the hypothetical votes added.</param>
/// <param name="Difference">Estimated.Matched − Original.Matched.</param>
public sealed record MatchEstimate(string ApplicationId, string? Recipient, QfResult? Original, QfResult Estimated, BigInteger Difference);
