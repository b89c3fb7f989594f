namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>One project's pairwise-bounded CLR figures (floating point, as the reference).</summary>
/// <param name="Recipient">The project.</param>
/// <param name="ContributorCount">Distinct contributors.</param>
/// <param name="TotalReceived">Σ contributions.</param>
/// <param name="ClrAmount">The match, scaled to the pot when the round is saturated.</param>
public sealed record PairwiseClrResult(string Recipient, int ContributorCount, double TotalReceived, double ClrAmount);
