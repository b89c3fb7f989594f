namespace Polity.Core.Funding.QuadraticFunding.GrantsStack;

/// <summary>One application's result, as the matches API returns it (matchedUSD aside).</summary>
/// <param name="ApplicationId">Application id.</param>
/// <param name="ProjectId">Project id.</param>
/// <param name="PayoutAddress">Payout address.</param>
/// <param name="Result">The linear QF figures.</param>
public sealed record ApplicationMatch(string ApplicationId, string ProjectId, string? PayoutAddress, QfResult Result);
