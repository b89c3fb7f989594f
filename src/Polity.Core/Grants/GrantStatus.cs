namespace Polity.Core.Grants;

/// <summary>Where a grant stands.</summary>
public enum GrantStatus
{
    /// <summary>Applied; waiting for a reviewer.</summary>
    Applied,

    /// <summary>A reviewer found it eligible; a proposal (or a round) may award it.</summary>
    Eligible,

    /// <summary>A reviewer found it ineligible; it ends here.</summary>
    Ineligible,

    /// <summary>Awarded: its money is committed and its milestones are under way.</summary>
    Awarded,

    /// <summary>The grantee's final report closed it.</summary>
    Closed,
}
