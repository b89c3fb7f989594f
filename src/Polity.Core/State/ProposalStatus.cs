namespace Polity.Core.State;

/// <summary>Where a proposal stands. Names follow OpenZeppelin Governor where they overlap.</summary>
public enum ProposalStatus
{
    /// <summary>Being written; only its author sees a purpose in it yet.</summary>
    Draft,

    /// <summary>Open for comments and objections; voting has not started.</summary>
    Deliberation,

    /// <summary>Ballots are accepted.</summary>
    Voting,

    /// <summary>Voting ended and an option passed; waiting to be queued.</summary>
    Succeeded,

    /// <summary>Voting ended with quorum met and nothing passed.</summary>
    Defeated,

    /// <summary>Voting ended and nothing passed because a house missed its quorum.</summary>
    QuorumFailed,

    /// <summary>In its timelock (the veto window).</summary>
    Queued,

    /// <summary>Stopped by a veto during the timelock.</summary>
    Vetoed,

    /// <summary>Its passed options' actions took effect.</summary>
    Executed,

    /// <summary>Queued but not executed within the grace period after its timelock.</summary>
    Expired,

    /// <summary>Withdrawn by its author before voting.</summary>
    Cancelled,
}
