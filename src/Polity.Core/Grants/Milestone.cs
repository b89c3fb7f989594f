using Polity.Core.Primitives;

namespace Polity.Core.Grants;

/// <summary>An awarded milestone and how far it has come.</summary>
/// <param name="Number">From 1, in award order.</param>
/// <param name="Title">What will be delivered.</param>
/// <param name="Amount">The tranche, minor units.</param>
public sealed record Milestone(int Number, string Title, long Amount)
{
    /// <summary>Where it stands.</summary>
    public MilestoneStatus Status { get; init; }

    /// <summary>The grantee's latest report, or empty.</summary>
    public string Report { get; init; } = "";

    /// <summary>The reviewer who last attested or sent back the report, or null.</summary>
    public Address? Reviewer { get; init; }

    /// <summary>The reviewer's note.</summary>
    public string ReviewNote { get; init; } = "";

    /// <summary>Paid so far, minor units.</summary>
    public long Paid { get; init; }

    /// <summary>What is left to pay.</summary>
    public long Unpaid => Amount - Paid;
}
