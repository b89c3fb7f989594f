using Polity.Core.Events;
using Polity.Core.Rounds;
using Polity.Core.State;
using Polity.Core.Treasury;

namespace Polity.Core.Rules;

/// <summary>Folds a round's opening, its applications, ballots and contributions.</summary>
internal static class RoundFold
{
    private static NetworkState Put(NetworkState s, Round r) => s with { Rounds = s.Rounds.SetItem(r.Id, r) };

    /// <summary>An executed <c>open-round</c>: the pool moves into the round's account, citing the proposal.</summary>
    public static NetworkState Open(NetworkState s, RoundPlan plan, long proposal, EventContext ctx)
    {
        var round = new Round { Plan = plan, OpenedBy = proposal, OpenedAt = ctx.Time };
        s = TreasuryFold.Post(s, JournalEntry.Move(ctx.Seq, ctx.Time, $"pool of round {plan.Id}", new JournalAuthority.Proposal(proposal),
            Account.BudgetOrTreasury(plan.Budget), round.Account, plan.Asset, plan.Pool));
        return Put(s, round);
    }

    /// <summary>Files application <paramref name="grant"/> under its round, if it names one.</summary>
    public static NetworkState Enter(NetworkState s, string? round, long grant) =>
        round is null ? s : Put(s, s.Rounds[round] with { Applications = s.Rounds[round].Applications.Add(grant) });

    public static NetworkState Apply(NetworkState s, RoundEvent e, EventContext ctx)
    {
        switch (e)
        {
            case RoundBallotCast b:
                var r = s.Rounds[b.Round];
                return Put(s, r with { Ballots = r.Ballots.SetItem(ctx.Author, new RoundBallot(b.Grants, b.Points, ctx.Time)) });
            case RoundContributed c:
                var round = s.Rounds[c.Round];
                s = TreasuryFold.Post(s, JournalEntry.Move(ctx.Seq, ctx.Time, $"contribution to grant {c.Grant} in round {c.Round}",
                    new JournalAuthority.RoundContribution(c.Round, c.Grant), Account.Funder(ctx.Author), round.Account, round.Plan.Asset, c.Amount));
                return Put(s, round with
                {
                    Contributions = round.Contributions.Add(new RoundContribution(ctx.Author, c.Grant, c.Amount, ctx.Time, [.. s.HousesOf(ctx.Author)])),
                });
            default:
                throw new InvalidOperationException($"no fold for {e.GetType().Name}");
        }
    }
}
