using System.Collections.Immutable;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Treasury;

namespace Polity.Core.Grants;

/// <summary>An application and, once awarded, the grant it became: one record from application to final report.</summary>
public sealed record Grant
{
    /// <summary>The application's number, from 1; the journal account is <c>grant:Id</c>.</summary>
    public required long Id { get; init; }

    /// <summary>Who applied.</summary>
    public required Address Applicant { get; init; }

    /// <summary>The budget program applied to, or empty.</summary>
    public required string Program { get; init; }

    /// <summary>One line.</summary>
    public required string Title { get; init; }

    /// <summary>Asset code.</summary>
    public required string Asset { get; init; }

    /// <summary>Amount requested, minor units.</summary>
    public required long Requested { get; init; }

    /// <summary>Who the application would pay.</summary>
    public required Address Recipient { get; init; }

    /// <summary>The milestones the application proposed.</summary>
    public required IReadOnlyList<MilestonePlan> Proposed { get; init; }

    /// <summary>What the grant is for.</summary>
    public required IReadOnlyList<string> Objectives { get; init; }

    /// <summary>Others the application names as benefiting.</summary>
    public required IReadOnlyList<Address> Beneficiaries { get; init; }

    /// <summary>When the application was filed.</summary>
    public required long AppliedAt { get; init; }

    /// <summary>The eligibility review, or null.</summary>
    public GrantReview? Review { get; init; }

    /// <summary>The award, or null.</summary>
    public GrantAward? Award { get; init; }

    /// <summary>The awarded milestones (empty before the award).</summary>
    public ImmutableList<Milestone> Milestones { get; init; } = [];

    /// <summary>When the final report closed the grant, or null.</summary>
    public long? ClosedAt { get; init; }

    /// <summary>The final report, or empty.</summary>
    public string FinalReport { get; init; } = "";

    /// <summary>The proposal that cancelled the grant (closing it without a final report), or null.</summary>
    public long? CancelledBy { get; init; }

    /// <summary>Committed money returned to its source at closing, minor units.</summary>
    public long Released { get; init; }

    /// <summary>The round the application was made to, or null.</summary>
    public string? Round { get; init; }

    /// <summary>Every event about this grant, in log order.</summary>
    public ImmutableList<GrantStep> Trail { get; init; } = [];

    /// <summary>Where the grant stands.</summary>
    public GrantStatus Status => this switch
    {
        { ClosedAt: not null } => GrantStatus.Closed,
        { Award: not null } => GrantStatus.Awarded,
        { Review.Eligible: true } => GrantStatus.Eligible,
        { Review: not null } => GrantStatus.Ineligible,
        _ => GrantStatus.Applied,
    };

    /// <summary>Paid out so far, minor units.</summary>
    public long Disbursed => Milestones.Sum(m => m.Paid);

    /// <summary>Committed and not yet paid or released, minor units.</summary>
    public long Outstanding => (Award?.Amount ?? 0) - Disbursed - Released;

    /// <summary>The journal account holding the commitment.</summary>
    public Account Account => Account.Grant(Id);

    /// <summary>Who is paid: the award's recipient once awarded, the application's before.</summary>
    public Address Payee => Award?.Recipient ?? Recipient;

    /// <summary>
    /// Everyone with an interest, who may therefore neither review, attest nor pay it out: the applicant,
    /// the application's and the award's recipients, and the beneficiaries the application names.
    /// </summary>
    public IReadOnlySet<Address> Interested()
    {
        var set = new HashSet<Address>(Beneficiaries) { Applicant, Recipient };
        if (Award is { } award)
        {
            set.Add(award.Recipient);
        }
        return set;
    }

    /// <summary>True for the applicant and the recipient, who report milestones and close the grant.</summary>
    public bool IsGrantee(Address who) => who == Applicant || who == Payee;
}
