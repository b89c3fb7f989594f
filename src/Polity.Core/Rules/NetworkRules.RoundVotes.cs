using Polity.Core.Events;
using Polity.Core.Rounds;
using Polity.Core.State;
using Polity.Core.Treasury;

namespace Polity.Core.Rules;

public static partial class NetworkRules
{
    /// <summary>A pb ballot: by a member of a voting house, naming candidates once each, within the pool (approval) or the points (cumulative).</summary>
    private static Rejection? CheckRoundBallot(NetworkState state, Round round, RoundBallotCast e, EventContext ctx)
    {
        if (!round.IsBudgeting)
        {
            return Reject("wrong-kind", $"round '{round.Id}' is a qf round: give to applications with a contribution, not a ballot");
        }
        if (!round.Plan.Voters.Any(h => state.IsMember(h, ctx.Author)))
        {
            return Reject("not-eligible", $"round '{round.Id}' is voted by members of {string.Join(", ", round.Plan.Voters)}; {ctx.Author} is not one");
        }
        var candidates = RoundTally.Candidates(state, round).ToDictionary(g => g.Id);
        if (e.Grants.Count == 0 || e.Grants.Distinct().Count() != e.Grants.Count)
        {
            return Reject("bad-ballot", "a ballot names at least one application, each at most once");
        }
        var stranger = e.Grants.FirstOrDefault(g => !candidates.ContainsKey(g), -1);
        if (stranger != -1)
        {
            return Reject("not-on-ballot",
                $"application {stranger} is not on round '{round.Id}''s ballot: the candidates are {string.Join(", ", candidates.Keys.Order())}");
        }
        if (round.Plan.Ballot == "cumulative")
        {
            var allowed = round.Plan.Points ?? RoundKinds.DefaultPoints;
            if (e.Points is null || e.Points.Count != e.Grants.Count || e.Points.Any(p => p <= 0))
            {
                return Reject("bad-ballot", "a cumulative ballot gives a positive number of points to each application it names");
            }
            return e.Points.Aggregate(0L, (s, p) => s + Math.Min(p, allowed + 1)) > allowed
                ? Reject("over-points", $"a voter spreads at most {allowed} points; this ballot gives {e.Points.Sum()}")
                : null;
        }
        if (e.Points is not null)
        {
            return Reject("bad-ballot", "an approval ballot gives no points");
        }
        var cost = e.Grants.Sum(g => candidates[g].Requested);
        return cost > round.Plan.Pool
            ? Reject("over-budget",
                $"the applications on this ballot cost {FormatAmount(state, round.Plan.Asset, cost)} together; round '{round.Id}' divides {FormatAmount(state, round.Plan.Asset, round.Plan.Pool)}")
            : null;
    }

    /// <summary>A qf contribution: to a candidate the contributor has no interest in, at least the round's minimum.</summary>
    private static Rejection? CheckContribution(NetworkState state, Round round, RoundContributed e, EventContext ctx)
    {
        if (round.IsBudgeting)
        {
            return Reject("wrong-kind", $"round '{round.Id}' is a pb round: cast a ballot, not a contribution");
        }
        if (RoundTally.Candidates(state, round).FirstOrDefault(g => g.Id == e.Grant) is not { } grant)
        {
            return Reject("not-on-ballot", $"application {e.Grant} is not an eligible application in round '{round.Id}'");
        }
        if (grant.Interested().Contains(ctx.Author))
        {
            return Reject("conflict-of-interest", $"{ctx.Author} has an interest in grant {grant.Id} and may not contribute to it");
        }
        if (CheckAmount(state, round.Plan.Asset, e.Amount) is { } bad)
        {
            return bad;
        }
        var minimum = round.Plan.Minimum ?? 1;
        return e.Amount < minimum
            ? Reject("below-minimum", $"round '{round.Id}' takes contributions of at least {FormatAmount(state, round.Plan.Asset, minimum)}, not {FormatAmount(state, round.Plan.Asset, e.Amount)}")
            : null;
    }

    /// <summary>An award that names a round: it carries out exactly that round's final result for the application.</summary>
    private static Rejection? CheckRoundAward(NetworkState state, ProposalAction.AwardGrant award, Grants.Grant grant)
    {
        if (FindRound(state, award.Round!, out var round) is { } missing)
        {
            return missing;
        }
        if (grant.Round != round.Id)
        {
            return Reject("not-in-round", $"grant {grant.Id} was not an application to round '{round.Id}'");
        }
        if (award.Budget.Length > 0)
        {
            return Reject("bad-program", $"an award from round '{round.Id}' is paid from the round's account and names no budget");
        }
        if (award.Recipient != grant.Recipient)
        {
            return Reject("wrong-recipient", $"round '{round.Id}' funds grant {grant.Id} for {grant.Recipient}, the recipient it applied with, not {award.Recipient}");
        }
        if (round.PhaseAt(state.Now) != RoundPhase.Result)
        {
            return Reject("round-not-closed", $"round '{round.Id}' is still in its {round.PhaseAt(state.Now)} phase; its result is fixed when voting closes at {At(round.VotingEnd)}");
        }
        var line = RoundTally.Of(state, round).Lines.FirstOrDefault(l => l.Grant == grant.Id);
        if (line is not { Selected: true })
        {
            return Reject("not-in-result", $"round '{round.Id}''s result does not fund grant {grant.Id}");
        }
        return line.Amount != award.Amount
            ? Reject("wrong-amount", $"round '{round.Id}''s result gives grant {grant.Id} {FormatAmount(state, award.Asset, line.Amount)}, not {FormatAmount(state, award.Asset, award.Amount)}")
            : null;
    }

    /// <summary>Where an award's money comes from: the round's account, else its budget, else the treasury.</summary>
    internal static Account SourceOf(ProposalAction.AwardGrant award) =>
        award.Round is { } round ? Account.Round(round) : Account.BudgetOrTreasury(award.Budget);
}
