using System.Globalization;
using Polity.Core.Events;
using Polity.Core.Grants;
using Polity.Core.State;
using Polity.Core.Treasury;

namespace Polity.Core.Rules;

/// <summary>Folds the grant lifecycle's events; each also adds a line to the grant's trail.</summary>
internal static partial class GrantFold
{
    public static NetworkState Put(NetworkState s, Grant g) => s with { Grants = s.Grants.SetItem(g.Id, g) };

    public static Grant Step(Grant g, EventContext ctx, string what) => g with { Trail = g.Trail.Add(new GrantStep(ctx.Seq, ctx.Time, ctx.Author, what)) };

    public static NetworkState Apply(NetworkState s, GrantEvent e, EventContext ctx) => e switch
    {
        GrantApplied a => RoundFold.Enter(Put(s, Step(new Grant
        {
            Id = s.Grants.Count + 1,
            Applicant = ctx.Author,
            Program = a.Program,
            Title = a.Title,
            Asset = a.Asset,
            Requested = a.Amount,
            Recipient = a.Recipient,
            Proposed = a.Milestones,
            Objectives = a.Objectives,
            Beneficiaries = a.Beneficiaries,
            AppliedAt = ctx.Time,
            Round = a.Round,
        }, ctx, a.Round is null
            ? $"applied for {NetworkRules.FormatAmount(s, a.Asset, a.Amount)}"
            : $"applied to round {a.Round} for {NetworkRules.FormatAmount(s, a.Asset, a.Amount)}")), a.Round, s.Grants.Count + 1),
        GrantReviewed r => Put(s, Step(s.Grants[r.Grant] with { Review = new GrantReview(ctx.Author, r.Eligible, r.Note, ctx.Time) },
            ctx, r.Eligible ? "reviewed: eligible" : "reviewed: ineligible")),
        MilestoneReported r => Put(s, Step(Change(s.Grants[r.Grant], r.Milestone, m => m with { Status = MilestoneStatus.Reported, Report = r.Report }),
            ctx, Say($"milestone {r.Milestone} reported"))),
        MilestoneAttested a => Put(s, Step(Change(s.Grants[a.Grant], a.Milestone, m => m with
        {
            Status = a.Accepted ? MilestoneStatus.Attested : MilestoneStatus.Pending,
            Reviewer = ctx.Author,
            ReviewNote = a.Note,
        }), ctx, a.Accepted ? Say($"milestone {a.Milestone} attested") : Say($"milestone {a.Milestone} sent back"))),
        GrantDisbursed d => Disburse(s, d, ctx),
        GrantClosed c => Close(s, c, ctx),
        _ => throw new InvalidOperationException($"no fold for {e.GetType().Name}"),
    };

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static Grant Change(Grant g, int milestone, Func<Milestone, Milestone> change) =>
        g with { Milestones = g.Milestones.SetItem(milestone - 1, change(g.Milestones[milestone - 1])) };

    private static NetworkState Disburse(NetworkState s, GrantDisbursed d, EventContext ctx)
    {
        var g = s.Grants[d.Grant];
        var memo = d.Memo.Length > 0 ? d.Memo : Say($"grant {g.Id} milestone {d.Milestone}");
        s = TreasuryFold.Post(s, JournalEntry.Move(ctx.Seq, ctx.Time, memo, new JournalAuthority.Disbursement(g.Id, d.Milestone),
            g.Account, Account.Payee(g.Payee), g.Asset, d.Amount));
        var paid = Change(g, d.Milestone, m => m with
        {
            Paid = m.Paid + d.Amount,
            Status = m.Paid + d.Amount == m.Amount ? MilestoneStatus.Paid : m.Status,
        });
        return Put(s, Step(paid, ctx, Say($"milestone {d.Milestone}: {NetworkRules.FormatAmount(s, g.Asset, d.Amount)} paid out")));
    }

    /// <summary>Closing returns whatever is still committed to the account it was committed from.</summary>
    private static NetworkState Close(NetworkState s, GrantClosed c, EventContext ctx)
    {
        var g = s.Grants[c.Grant];
        var rest = g.Outstanding;
        if (rest > 0)
        {
            s = TreasuryFold.Post(s, JournalEntry.Move(ctx.Seq, ctx.Time, Say($"grant {g.Id} closed: unpaid commitment returned"),
                new JournalAuthority.GrantClosure(g.Id), g.Account, g.Award!.Source, g.Asset, rest));
        }
        var closed = g with { ClosedAt = ctx.Time, FinalReport = c.Report, Released = g.Released + rest };
        return Put(s, Step(closed, ctx, rest > 0 ? $"closed; {NetworkRules.FormatAmount(s, g.Asset, rest)} returned to {g.Award!.Source}" : "closed"));
    }
}
