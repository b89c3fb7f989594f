using Polity.Core.Events;
using Polity.Core.State;

namespace Polity.Core.Rules;

/// <summary>Deliberation: comments, objections and blocks, and their withdrawal.</summary>
public static partial class NetworkRules
{
    private static Rejection? CheckComment(NetworkState state, CommentPosted comment, EventContext ctx)
    {
        if (FindProposal(state, comment.Proposal, out var p) is { } missing)
        {
            return missing;
        }
        if (!state.HousesOf(ctx.Author).Any())
        {
            return Reject("not-a-member", $"{ctx.Author} is not a member of any house");
        }
        if (!Comment.Kinds.Contains(comment.Kind))
        {
            return Reject("bad-kind", $"kind '{comment.Kind}' is not one of {string.Join(", ", Comment.Kinds)}");
        }
        if (string.IsNullOrWhiteSpace(comment.Text) || comment.Text.Length > 10_000)
        {
            return Reject("bad-text", "a comment needs 1 to 10,000 characters");
        }
        if (comment.ReplyTo < 0 || comment.ReplyTo > p.Comments.Count)
        {
            return Reject("unknown-comment", $"proposal {p.Id} has no comment {comment.ReplyTo}");
        }
        var status = Lifecycle.StatusOf(p, ctx.Time);
        return status is ProposalStatus.Deliberation or ProposalStatus.Voting
            ? null
            : Reject("wrong-status", $"proposal {p.Id} is {status}: comments are taken during deliberation and voting");
    }

    private static Rejection? CheckObjectionWithdrawn(NetworkState state, ObjectionWithdrawn withdrawn, EventContext ctx)
    {
        if (FindProposal(state, withdrawn.Proposal, out var p) is { } missing)
        {
            return missing;
        }
        if (withdrawn.Comment < 1 || withdrawn.Comment > p.Comments.Count)
        {
            return Reject("unknown-comment", $"proposal {p.Id} has no comment {withdrawn.Comment}");
        }
        var objection = p.Comments[(int)withdrawn.Comment - 1];
        if (!objection.IsObjection)
        {
            return Reject("not-an-objection", $"comment {objection.Number} on proposal {p.Id} is a {objection.Kind}: only objections and blocks are withdrawn");
        }
        if (objection.Author != ctx.Author)
        {
            return Reject("not-author", $"only the author of {objection.Kind} {objection.Number} may withdraw it");
        }
        if (objection.WithdrawnAt is not null)
        {
            return Reject("already-withdrawn", $"{objection.Kind} {objection.Number} on proposal {p.Id} is already withdrawn");
        }
        var status = Lifecycle.StatusOf(p, ctx.Time);
        return status is ProposalStatus.Deliberation or ProposalStatus.Voting
            ? null
            : Reject("wrong-status", $"proposal {p.Id} is {status}: objections are withdrawn during deliberation and voting");
    }
}
