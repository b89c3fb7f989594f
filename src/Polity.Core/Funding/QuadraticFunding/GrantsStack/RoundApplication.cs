namespace Polity.Core.Funding.QuadraticFunding.GrantsStack;

/// <summary>An application to a round.</summary>
/// <param name="Id">Application id.</param>
/// <param name="ProjectId">The project behind it.</param>
/// <param name="Status">Only <c>APPROVED</c> applications receive votes.</param>
/// <param name="PayoutAddress">metadata.application.recipient; votes paid elsewhere are skipped.</param>
public sealed record RoundApplication(string Id, string ProjectId, string Status, string? PayoutAddress)
{
    /// <summary>Whether votes for it count.</summary>
    public bool IsApproved => Status == "APPROVED";
}
