using Polity.Core.Events;
using Polity.Core.State;
using Polity.Core.Treasury;

namespace Polity.Core.Rules;

internal static partial class GrantFold
{
    /// <summary>A cancellation closes the grant and returns what is still committed to its source, citing the proposal.</summary>
    public static NetworkState Cancel(NetworkState s, ProposalAction.CancelGrant c, long proposal, EventContext ctx)
    {
        var g = s.Grants[c.Grant];
        var rest = g.Outstanding;
        if (rest > 0)
        {
            s = TreasuryFold.Post(s, JournalEntry.Move(ctx.Seq, ctx.Time, Say($"grant {g.Id} cancelled: unpaid commitment returned"),
                new JournalAuthority.Proposal(proposal), g.Account, g.Award!.Source, g.Asset, rest));
        }
        var cancelled = g with { ClosedAt = ctx.Time, FinalReport = Say($"cancelled by proposal {proposal}: {c.Reason}"), CancelledBy = proposal, Released = g.Released + rest };
        return Put(s, Step(cancelled, ctx,
            rest > 0 ? $"cancelled by proposal {proposal}; {NetworkRules.FormatAmount(s, g.Asset, rest)} returned to {g.Award!.Source}" : $"cancelled by proposal {proposal}"));
    }
}
