using Polity.Core.Primitives;

namespace Polity.Core.Events;

/// <summary>A step in a grant's life, from application to final report (see <c>docs/resources.md</c>).</summary>
public abstract record GrantEvent : PolityEvent;

/// <summary>A registered stakeholder applies for a grant. The application's number is the grant's number from then on.</summary>
/// <param name="Program">A budget program the charter declares, or empty for none.</param>
/// <param name="Title">One line, 1 to 200 characters.</param>
/// <param name="Asset">Asset code.</param>
/// <param name="Amount">Amount requested, minor units; the milestones sum to it.</param>
/// <param name="Recipient">Who would be paid (often the applicant).</param>
/// <param name="Milestones">Proposed milestones, in order.</param>
/// <param name="Objectives">What the grant is for, in the applicant's words; the results tracker shows them.</param>
/// <param name="Beneficiaries">Others who would benefit; like the applicant and recipient, they may not review or attest.</param>
/// <param name="Round">The round applied to, while its applications phase is open; null (and left out of the payload) for an application outside any round.</param>
public sealed record GrantApplied(
    string Program,
    string Title,
    string Asset,
    long Amount,
    Address Recipient,
    IReadOnlyList<MilestonePlan> Milestones,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<Address> Beneficiaries,
    string? Round = null) : GrantEvent;

/// <summary>A reviewer finds an application eligible (it may then be awarded) or not (it ends).</summary>
/// <param name="Grant">The application's number.</param>
/// <param name="Eligible">The verdict.</param>
/// <param name="Note">Why, for the record.</param>
public sealed record GrantReviewed(long Grant, bool Eligible, string Note) : GrantEvent;

/// <summary>The grantee reports a milestone done.</summary>
/// <param name="Grant">The grant's number.</param>
/// <param name="Milestone">The milestone's number, from 1.</param>
/// <param name="Report">What was delivered, with links to evidence.</param>
public sealed record MilestoneReported(long Grant, int Milestone, string Report) : GrantEvent;

/// <summary>A reviewer attests a reported milestone (it may then be paid), or sends the report back.</summary>
/// <param name="Grant">The grant's number.</param>
/// <param name="Milestone">The milestone's number, from 1.</param>
/// <param name="Accepted">True to attest; false returns the milestone to the grantee to report again.</param>
/// <param name="Note">Why, for the record.</param>
public sealed record MilestoneAttested(long Grant, int Milestone, bool Accepted, string Note) : GrantEvent;

/// <summary>A disburser records a tranche paid for an attested milestone: committed money moves to the recipient.</summary>
/// <param name="Grant">The grant's number.</param>
/// <param name="Milestone">The milestone's number, from 1.</param>
/// <param name="Amount">Minor units, positive, at most what the milestone has left to pay.</param>
/// <param name="Memo">A payment reference.</param>
public sealed record GrantDisbursed(long Grant, int Milestone, long Amount, string Memo) : GrantEvent;

/// <summary>The grantee's final report closes the grant; money committed but not paid returns to where it came from.</summary>
/// <param name="Grant">The grant's number.</param>
/// <param name="Report">The final report.</param>
public sealed record GrantClosed(long Grant, string Report) : GrantEvent;
