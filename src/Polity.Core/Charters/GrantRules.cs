namespace Polity.Core.Charters;

/// <summary>Who takes part in the grant lifecycle besides applicants and the voters who award.</summary>
/// <param name="Reviewers">The role whose holders review applications for eligibility and attest milestones.</param>
/// <param name="Disbursers">The role whose holders pay attested milestones out.</param>
public sealed record GrantRules(string Reviewers, string Disbursers);
