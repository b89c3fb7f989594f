using System.Collections.Frozen;

namespace Polity.Core.Events;

/// <summary>The stable wire name of every event case; the log stores these, never CLR names.</summary>
public static class EventNames
{
    private static readonly System.Collections.Frozen.FrozenDictionary<Type, string> ByType = new Dictionary<Type, string>
    {
        [typeof(NetworkCreated)] = "v1.network-created",
        [typeof(ClockAdvanced)] = "v1.clock-advanced",
        [typeof(NetworkLaunched)] = "v1.network-launched",
        [typeof(StakeholderRegistered)] = "v1.stakeholder-registered",
        [typeof(MemberAdmitted)] = "v1.member-admitted",
        [typeof(MemberLeft)] = "v1.member-left",
        [typeof(FundsDeposited)] = "v1.funds-deposited",
        [typeof(AllowanceSpent)] = "v1.allowance-spent",
        [typeof(ProposalCreated)] = "v1.proposal-created",
        [typeof(ProposalAmended)] = "v1.proposal-amended",
        [typeof(ProposalSubmitted)] = "v1.proposal-submitted",
        [typeof(CommentPosted)] = "v1.comment-posted",
        [typeof(ObjectionWithdrawn)] = "v1.objection-withdrawn",
        [typeof(BallotCast)] = "v1.ballot-cast",
        [typeof(ProposalCancelled)] = "v1.proposal-cancelled",
        [typeof(ProposalQueued)] = "v1.proposal-queued",
        [typeof(VetoCast)] = "v1.veto-cast",
        [typeof(ProposalExecuted)] = "v1.proposal-executed",
        [typeof(DelegationSet)] = "v1.delegation-set",
        [typeof(DelegationRevoked)] = "v1.delegation-revoked",
        [typeof(GrantApplied)] = "v1.grant-applied",
        [typeof(GrantReviewed)] = "v1.grant-reviewed",
        [typeof(MilestoneReported)] = "v1.milestone-reported",
        [typeof(MilestoneAttested)] = "v1.milestone-attested",
        [typeof(GrantDisbursed)] = "v1.grant-disbursed",
        [typeof(GrantClosed)] = "v1.grant-closed",
        [typeof(RoundBallotCast)] = "v1.round-ballot-cast",
        [typeof(RoundContributed)] = "v1.round-contributed",
        [typeof(RelationshipDeclared)] = "v1.relationship-declared",
        [typeof(RelationshipEnded)] = "v1.relationship-ended",
        [typeof(StakeholderProfileUpdated)] = "v1.stakeholder-profile-updated",
        [typeof(ObjectiveSet)] = "v1.objective-set",
        [typeof(ObjectiveProgressReported)] = "v1.objective-progress-reported",
        [typeof(ChainBatchApproved)] = "v1.chain-batch-approved",
        [typeof(ChainReceipt)] = "v1.chain-receipt",
    }.ToFrozenDictionary();

    private static readonly System.Collections.Frozen.FrozenDictionary<string, Type> ByName = ByType.ToFrozenDictionary(kv => kv.Value, kv => kv.Key);

    /// <summary>Every event case and its wire name.</summary>
    public static IReadOnlyDictionary<Type, string> All => ByType;

    /// <summary>The wire name of an event.</summary>
    public static string Of(PolityEvent e) => ByType[e.GetType()];

    /// <summary>The event case for a wire name, or null if unknown.</summary>
    public static Type? TypeOf(string name) => ByName.GetValueOrDefault(name);
}
