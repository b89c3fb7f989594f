using Polity.Core.Events;
using Polity.Core.Grants;
using Polity.Core.State;
using Polity.Core.Treasury;

namespace Polity.Core.Rules;

/// <summary>How money moves in state: every change of a balance is a balanced <see cref="JournalEntry"/> posted to the journal.</summary>
internal static class TreasuryFold
{
    public static NetworkState Post(NetworkState s, JournalEntry entry) => s with { Journal = s.Journal.Post(entry) };

    /// <summary>A deposit: the treasury receives, the depositor's contributed capital is credited.</summary>
    public static NetworkState Deposit(NetworkState s, FundsDeposited d, EventContext ctx) =>
        Post(s, JournalEntry.Move(ctx.Seq, ctx.Time, d.Memo, new JournalAuthority.Deposit(), Account.Funder(ctx.Author), Account.Treasury, d.Asset, d.Amount));

    /// <summary>A spend under an allowance: from its budget or the treasury to the payee.</summary>
    public static NetworkState Spend(NetworkState s, AllowanceSpent spent, EventContext ctx)
    {
        var allowance = NetworkRules.AllowanceFor(s, spent, ctx.Author, ctx.Time)
            ?? throw new InvalidOperationException("an allowance spend folded without an allowance with room: check it first");
        var entry = JournalEntry.Move(ctx.Seq, ctx.Time, spent.Memo, new JournalAuthority.Allowance(allowance.Role),
            Account.BudgetOrTreasury(allowance.Budget), Account.Payee(spent.To), spent.Asset, spent.Amount);
        return Post(s, entry) with
        {
            AllowanceSpends = s.AllowanceSpends.Add(new AllowanceSpend(allowance.Role, spent.Asset, spent.Amount, ctx.Time)),
        };
    }

    /// <summary>The money side of an executed proposal's action; other actions leave the state as it is.</summary>
    public static NetworkState ApplyAction(NetworkState s, ProposalAction action, long proposal, EventContext ctx)
    {
        var by = new JournalAuthority.Proposal(proposal);
        switch (action)
        {
            case ProposalAction.Transfer t:
                return Post(s, JournalEntry.Move(ctx.Seq, ctx.Time, t.Memo, by, Account.BudgetOrTreasury(t.From), Account.Payee(t.To), t.Asset, t.Amount));
            case ProposalAction.AllocateBudget a:
                return Post(s, JournalEntry.Move(ctx.Seq, ctx.Time, $"allocation to budget {a.Budget}", by, Account.Treasury, Account.Budget(a.Budget), a.Asset, a.Amount)) with
                {
                    BudgetAllocations = s.BudgetAllocations.SetItem(a.Budget, s.BudgetAllocations.GetValueOrDefault(a.Budget) + a.Amount),
                };
            case ProposalAction.AwardGrant g:
                return GrantAwards.Apply(s, g, by, ctx);
            case ProposalAction.OpenRound o:
                return RoundFold.Open(s, o.Round, proposal, ctx);
            case ProposalAction.CancelGrant c:
                return GrantFold.Cancel(s, c, proposal, ctx);
            case ProposalAction.ReturnFunds r when Account.TryParse(r.From, out var from) && Account.TryParse(r.To, out var to):
                return Post(s, JournalEntry.Move(ctx.Seq, ctx.Time, r.Memo.Length > 0 ? r.Memo : $"return from {r.From} to {r.To}", by, from, to, r.Asset, r.Amount));
            default:
                return s;
        }
    }

    /// <summary>Commits an award's money to the grant's account and fixes its milestones.</summary>
    internal static NetworkState Award(NetworkState s, ProposalAction.AwardGrant award, JournalAuthority by, EventContext ctx)
    {
        var grant = s.Grants[award.Grant];
        var source = NetworkRules.SourceOf(award);
        s = Post(s, JournalEntry.Move(ctx.Seq, ctx.Time, $"grant {grant.Id}: {grant.Title}", by, source, grant.Account, award.Asset, award.Amount));
        var awarded = grant with
        {
            Award = new GrantAward(by, award.Recipient, award.Amount, source, ctx.Time),
            Milestones = [.. award.Milestones.Select((m, i) => new Milestone(i + 1, m.Title, m.Amount))],
        };
        return GrantFold.Put(s, GrantFold.Step(awarded, ctx, $"awarded {NetworkRules.FormatAmount(s, award.Asset, award.Amount)} by {by.Describe()}"));
    }
}
