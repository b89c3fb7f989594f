using Polity.Core.Events;
using Polity.Core.Grants;
using Polity.Core.Primitives;
using Polity.Core.Rounds;
using Polity.Core.State;
using Polity.Core.Treasury;

namespace Polity.Core.Rules;

public static partial class NetworkRules
{
    /// <summary>An <c>open-round</c> action as a proposal carries it (checked when drafted, and again with the money when executed).</summary>
    private static Rejection? CheckOpenRound(NetworkState state, RoundPlan plan)
    {
        if (state.Charter.Charter.Treasury.Grants is null)
        {
            return Reject("no-grants", "the charter runs no grants: a round's awards are grants, so it needs 'treasury.grants' naming reviewers");
        }
        if (!Slug.IsValid(plan.Id))
        {
            return Reject("bad-round", $"'{plan.Id}' is not a round id: use a lowercase word such as spring-2026");
        }
        if (state.Rounds.ContainsKey(plan.Id))
        {
            return Reject("round-exists", $"round '{plan.Id}' already exists");
        }
        if (string.IsNullOrWhiteSpace(plan.Title) || plan.Title.Length > 200)
        {
            return Reject("bad-title", "a round needs a title of 1 to 200 characters");
        }
        if (plan.Applications <= 0 || plan.Review <= 0 || plan.Voting <= 0)
        {
            return Reject("bad-schedule", "a round's applications, review and voting phases each last a positive time");
        }
        if ((plan.Objectives ?? []).Count > MaxObjectives || (plan.Objectives ?? []).Any(o => string.IsNullOrWhiteSpace(o) || o.Length > 2_000))
        {
            return Reject("bad-objectives", $"give at most {MaxObjectives} objectives, each of 1 to 2,000 characters");
        }
        return CheckRoundMethod(state, plan)
            ?? CheckAmount(state, plan.Asset, plan.Pool)
            ?? CheckSource(state, plan.Budget, plan.Asset);
    }

    private static Rejection? CheckRoundMethod(NetworkState state, RoundPlan plan)
    {
        switch (plan.Kind)
        {
            case RoundKinds.Budgeting:
                if (!RoundKinds.BudgetingRules.Contains(plan.Rule))
                {
                    return Reject("bad-rule", $"a pb round's rule is one of {string.Join(", ", RoundKinds.BudgetingRules)}, not '{plan.Rule}'");
                }
                if (plan.Ballot is null || !RoundKinds.Ballots.Contains(plan.Ballot))
                {
                    return Reject("bad-ballot", $"a pb round's ballot is one of {string.Join(", ", RoundKinds.Ballots)}");
                }
                if (plan.Completion is { } completion && (plan.Rule != "mes" || !RoundKinds.Completions.Contains(completion)))
                {
                    return Reject("bad-completion", $"only mes takes a completion, one of {string.Join(", ", RoundKinds.Completions)}");
                }
                if (plan.Points is <= 0 || (plan.Points is not null && plan.Ballot != "cumulative"))
                {
                    return Reject("bad-points", "points are positive, and only cumulative ballots have them");
                }
                if (plan.Cap is not null || plan.Minimum is not null)
                {
                    return Reject("bad-rule", "a matching cap and a minimum contribution belong to qf rounds");
                }
                if (plan.Voters.Count == 0)
                {
                    return Reject("no-voters", "a pb round names the houses whose members vote");
                }
                return plan.Voters.FirstOrDefault(h => state.Charter.Charter.FindHouse(h) is null) is { } unknown ? UnknownHouse(state, unknown) : null;
            case RoundKinds.Quadratic:
                if (!RoundKinds.QuadraticRules.Contains(plan.Rule))
                {
                    return Reject("bad-rule", $"a qf round's variant is one of {string.Join(", ", RoundKinds.QuadraticRules)}, not '{plan.Rule}'");
                }
                if (plan.Ballot is not null || plan.Completion is not null || plan.Points is not null || plan.Voters.Count > 0)
                {
                    return Reject("bad-rule", "ballots, completions, points and voter houses belong to pb rounds; in a qf round any stakeholder contributes");
                }
                return plan.Cap is <= 0 || plan.Minimum is <= 0 ? Reject("bad-amount", "a matching cap and a minimum contribution are positive") : null;
            default:
                return Reject("bad-kind", $"a round is pb (participatory budgeting) or qf (quadratic funding), not '{plan.Kind}'");
        }
    }

    private static Rejection? CheckOpenRoundAtExecution(NetworkState state, RoundPlan plan) =>
        CheckOpenRound(state, plan) ?? CheckFunds(state, Account.BudgetOrTreasury(plan.Budget), plan.Asset, plan.Pool);

    private static Rejection? FindRound(NetworkState state, string id, out Round round)
    {
        round = state.Rounds.GetValueOrDefault(id)!;
        return round is null ? Reject("unknown-round", $"there is no round '{id}'") : null;
    }

    private static string Window(Round round) =>
        $"applications until {At(round.ApplicationsEnd)}, review until {At(round.ReviewEnd)}, voting until {At(round.VotingEnd)}";

    private static string At(long unix) =>
        DateTimeOffset.FromUnixTimeSeconds(unix).ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An application naming a round: made while applications are open, in the round's asset, from no budget, within the pool.</summary>
    private static Rejection? CheckRoundApplication(NetworkState state, GrantApplied e, EventContext ctx)
    {
        if (FindRound(state, e.Round!, out var round) is { } missing)
        {
            return missing;
        }
        if (round.PhaseAt(ctx.Time) != RoundPhase.Applications)
        {
            return Reject("applications-closed", $"round '{round.Id}' is in its {round.PhaseAt(ctx.Time)} phase: {Window(round)}");
        }
        if (e.Asset != round.Plan.Asset)
        {
            return Reject("wrong-asset", $"round '{round.Id}' pays in {round.Plan.Asset}, not {e.Asset}");
        }
        if (e.Program.Length > 0)
        {
            return Reject("bad-program", $"an application to round '{round.Id}' is paid from the round's pool and names no budget program");
        }
        return round.IsBudgeting && e.Amount > round.Plan.Pool
            ? Reject("over-pool", $"round '{round.Id}' divides {FormatAmount(state, round.Plan.Asset, round.Plan.Pool)}; no application may ask for more")
            : null;
    }

    /// <summary>A round's applications are reviewed before its voting opens, so every ballot sees the same candidates.</summary>
    private static Rejection? CheckRoundReview(NetworkState state, Grant grant, EventContext ctx) =>
        grant.Round is { } id && state.Rounds[id].PhaseAt(ctx.Time) is RoundPhase.Voting or RoundPhase.Result
            ? Reject("review-closed", $"round '{id}' closed its review at {At(state.Rounds[id].ReviewEnd)}: its candidates are fixed")
            : null;

    private static Rejection? CheckRoundEvent(NetworkState state, RoundEvent e, EventContext ctx)
    {
        var id = e switch
        {
            RoundBallotCast b => b.Round,
            RoundContributed c => c.Round,
            _ => "",
        };
        if (FindRound(state, id, out var round) is { } missing)
        {
            return missing;
        }
        if (!state.Stakeholders.ContainsKey(ctx.Author))
        {
            return Reject("unknown-stakeholder", $"{ctx.Author} is not registered");
        }
        var phase = round.PhaseAt(ctx.Time);
        if (phase != RoundPhase.Voting)
        {
            return Reject(phase == RoundPhase.Result ? "voting-closed" : "not-voting", $"round '{round.Id}' is in its {phase} phase: {Window(round)}");
        }
        return e switch
        {
            RoundBallotCast ballot => CheckRoundBallot(state, round, ballot, ctx),
            RoundContributed given => CheckContribution(state, round, given, ctx),
            _ => Reject("unknown-event", $"no rule knows {e.GetType().Name}"),
        };
    }
}
