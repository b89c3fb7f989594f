using Polity.Core.State;
using Polity.Core.Voting;

namespace Polity.Core.Rules;

/// <summary>
/// A proposal's status at a moment. Recorded events (submitted, queued, vetoed, executed, cancelled)
/// and the clock decide it; between voting's close and queueing, the tally does.
/// </summary>
public static class Lifecycle
{
    /// <summary>The status of <paramref name="p"/> at unix time <paramref name="now"/>.</summary>
    public static ProposalStatus StatusOf(Proposal p, long now)
    {
        if (p.CancelledAt is not null)
        {
            return ProposalStatus.Cancelled;
        }
        if (p.ExecutedAt is not null)
        {
            return ProposalStatus.Executed;
        }
        if (p.VetoedAt is not null)
        {
            return ProposalStatus.Vetoed;
        }
        if (p.QueuedAt is not null)
        {
            return now >= p.Eta + p.Rules!.Grace.Seconds ? ProposalStatus.Expired : ProposalStatus.Queued;
        }
        if (p.SubmittedAt is null)
        {
            return ProposalStatus.Draft;
        }
        if (now < p.VotingStartsAt)
        {
            return ProposalStatus.Deliberation;
        }
        return now < p.VotingEndsAt ? ProposalStatus.Voting : Tallying.Tally(p, now).Outcome;
    }

    /// <summary>
    /// The queue event the rules expect for a submitted proposal at <paramref name="now"/>: the options the
    /// tally passed, and an eta of now plus the timelock. Whoever queues signs exactly this.
    /// </summary>
    public static Events.ProposalQueued QueueEvent(Proposal p, long now) =>
        new(p.Id, Tallying.Tally(p, now).Passed, now + (p.Rules ?? throw new InvalidOperationException($"proposal {p.Id} has not been submitted")).Timelock.Seconds);
}
