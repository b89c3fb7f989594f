namespace Polity.Core.Grants;

/// <summary>Where an awarded milestone stands.</summary>
public enum MilestoneStatus
{
    /// <summary>Not yet reported (or sent back by a reviewer).</summary>
    Pending,

    /// <summary>The grantee reported it; waiting for a reviewer's attestation.</summary>
    Reported,

    /// <summary>A reviewer attested it; its tranche may be paid.</summary>
    Attested,

    /// <summary>Its whole tranche is paid.</summary>
    Paid,
}
