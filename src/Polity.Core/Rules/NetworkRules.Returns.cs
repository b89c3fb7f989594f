using Polity.Core.Events;
using Polity.Core.Rounds;
using Polity.Core.State;
using Polity.Core.Treasury;

namespace Polity.Core.Rules;

public static partial class NetworkRules
{
    /// <summary>
    /// A return as a proposal carries it: a valid amount; from a declared budget in that asset or a known round in
    /// that asset; to the treasury or another declared budget in that asset.
    /// </summary>
    private static Rejection? CheckReturn(NetworkState state, ProposalAction.ReturnFunds r)
    {
        if (CheckAmount(state, r.Asset, r.Amount) is { } bad)
        {
            return bad;
        }
        if (!Account.TryParse(r.From, out var from) || from.Kind is not (AccountKind.Budget or AccountKind.Round))
        {
            return Reject("bad-account", $"money returns from budget:<program> or round:<id>, not '{r.From}'");
        }
        if (!Account.TryParse(r.To, out var to) || to.Kind is not (AccountKind.Treasury or AccountKind.Budget))
        {
            return Reject("bad-account", $"money returns to treasury or budget:<program>, not '{r.To}'");
        }
        if (from == to)
        {
            return Reject("same-account", $"a return moves money between two accounts; '{r.From}' is both");
        }
        if (from.Kind == AccountKind.Round)
        {
            if (!state.Rounds.TryGetValue(from.Name, out var round))
            {
                return Reject("unknown-round", $"there is no round '{from.Name}'");
            }
            if (round.Plan.Asset != r.Asset)
            {
                return Reject("wrong-asset", $"round '{round.Id}' holds {round.Plan.Asset}, not {r.Asset}");
            }
        }
        else if (CheckBudget(state, from.Name, r.Asset) is { } badFrom)
        {
            return badFrom;
        }
        return to.Kind == AccountKind.Budget ? CheckBudget(state, to.Name, r.Asset) : null;
    }

    /// <summary>At execution: the rules above, a round only once its result is in, and the money in the source.</summary>
    private static Rejection? CheckReturnAtExecution(NetworkState state, ProposalAction.ReturnFunds r)
    {
        if (CheckReturn(state, r) is { } bad)
        {
            return bad;
        }
        var from = Account.TryParse(r.From, out var parsed) ? parsed : throw new InvalidOperationException("checked above");
        if (from.Kind == AccountKind.Round && state.Rounds[from.Name] is var round && round.PhaseAt(state.Now) != RoundPhase.Result)
        {
            return Reject("round-not-finished", $"round '{round.Id}' is in its {round.PhaseAt(state.Now).ToString().ToLowerInvariant()} phase: its money returns only once the result is in");
        }
        if (from.Kind == AccountKind.Round && CheckRoundRemainder(state, state.Rounds[from.Name], r.Amount) is { } reserved)
        {
            return reserved;
        }
        return CheckFunds(state, from, r.Asset, r.Amount);
    }

    /// <summary>
    /// Only what the result leaves over returns from a round: the amounts of funded applications not yet awarded stay
    /// in the round's account for their award proposals.
    /// </summary>
    private static Rejection? CheckRoundRemainder(NetworkState state, Rounds.Round round, long amount)
    {
        var owed = RoundTally.Of(state, round).Selected
            .Where(l => state.Grants[l.Grant].Status == Grants.GrantStatus.Eligible)
            .Sum(l => l.Amount);
        var free = state.Journal.BalanceOf(Account.Round(round.Id), round.Plan.Asset) - owed;
        return amount > free
            ? Reject("awards-pending", $"round '{round.Id}' still owes {FormatAmount(state, round.Plan.Asset, owed)} to funded applications not yet awarded; at most {FormatAmount(state, round.Plan.Asset, Math.Max(free, 0))} can return")
            : null;
    }

    /// <summary>
    /// A charter amendment may not drop a budget (or change its asset) while the budget holds money: the money
    /// would have no envelope. Return it first, with a <c>return-funds</c> action earlier in the same option.
    /// </summary>
    private static Rejection? CheckBudgetsKept(NetworkState state, ProposalAction.AmendCharter amend)
    {
        var next = amend.Charter.Charter.Treasury;
        foreach (var budget in state.Charter.Charter.Treasury.Budgets)
        {
            var balance = state.Journal.BalanceOf(Account.Budget(budget.Program), budget.Asset);
            if (balance != 0 && next.FindBudget(budget.Program)?.Asset != budget.Asset)
            {
                return Reject("budget-holds-money",
                    $"the new charter drops budget '{budget.Program}', which holds {FormatAmount(state, budget.Asset, balance)}: " +
                    $"return its money first (a return-funds action from budget:{budget.Program} before the amendment)");
            }
        }
        return null;
    }
}
