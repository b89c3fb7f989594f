using Polity.Core.Primitives;

namespace Polity.Core.Charters;

/// <summary>
/// How members earn reputation in a house and how it fades. A member earns the named points for each
/// event they author while a member of the house (for <c>proposal-executed</c>, the proposal's author
/// earns them). Each earning counts in full when earned, half after one half-life, a quarter after two,
/// and so on, falling linearly within each half-life; an earning 64 half-lives old or older counts 0.
/// The weight is the floor of the sum (see docs/voting-methods.md, "Weights").
/// </summary>
/// <param name="Earn">Points per earning event name (<see cref="ReputationEvents"/>), positive whole numbers.</param>
/// <param name="HalfLife">How long until an earning counts half; null means earnings never fade.</param>
public sealed record ReputationRule(IReadOnlyDictionary<string, long> Earn, Duration? HalfLife);

/// <summary>The events that can earn reputation, by the names the charter uses.</summary>
public static class ReputationEvents
{
    /// <summary>The member cast a ballot (the first on each proposal).</summary>
    public const string BallotCast = "ballot-cast";

    /// <summary>The member posted a comment or objection.</summary>
    public const string CommentPosted = "comment-posted";

    /// <summary>The member drafted a proposal.</summary>
    public const string ProposalCreated = "proposal-created";

    /// <summary>A proposal the member authored was executed.</summary>
    public const string ProposalExecuted = "proposal-executed";

    /// <summary>Every name, in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } = [BallotCast, CommentPosted, ProposalCreated, ProposalExecuted];
}
