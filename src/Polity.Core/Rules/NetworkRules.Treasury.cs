using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;
using Polity.Core.Treasury;

namespace Polity.Core.Rules;

public static partial class NetworkRules
{
    private static Rejection? CheckDeposit(NetworkState state, FundsDeposited deposit, EventContext ctx)
    {
        if (!state.Stakeholders.ContainsKey(ctx.Author))
        {
            return Reject("unknown-stakeholder", $"{ctx.Author} is not registered");
        }
        return CheckAmount(state, deposit.Asset, deposit.Amount);
    }

    private static Rejection? CheckAmount(NetworkState state, string asset, long amount)
    {
        if (state.Charter.Charter.Treasury.FindAsset(asset) is null)
        {
            return Reject("unknown-asset",
                $"unknown asset '{asset}': expected one of {string.Join(", ", state.Charter.Charter.Treasury.Assets.Select(a => a.Code))}");
        }
        return amount <= 0 ? Reject("bad-amount", "an amount must be positive") : null;
    }

    private static Rejection? CheckAllowanceSpent(NetworkState state, AllowanceSpent spent, EventContext ctx)
    {
        if (CheckAmount(state, spent.Asset, spent.Amount) is { } bad)
        {
            return bad;
        }
        if (AllowanceFor(state, spent, ctx.Author, ctx.Time) is { } allowance)
        {
            return CheckFunds(state, Account.BudgetOrTreasury(allowance.Budget), spent.Asset, spent.Amount);
        }
        return AllowancesOf(state, ctx.Author, spent.Asset).FirstOrDefault() is { } first
            ? Reject("over-allowance",
                $"role '{first.Role}' may spend {FormatAmount(state, first.Asset, first.Limit)} per {first.Per} without a vote; this spend would exceed it")
            : Reject("no-allowance", $"{ctx.Author} holds no role with a spend-without-vote allowance in {spent.Asset}");
    }

    /// <summary>Which allowance a spend draws on: the first of the author's roles with room left in the rolling period, or null.</summary>
    internal static SpendAllowance? AllowanceFor(NetworkState state, AllowanceSpent spent, Address author, long time) =>
        AllowancesOf(state, author, spent.Asset).FirstOrDefault(a => state.AllowanceSpends
            .Where(s => s.Role == a.Role && s.Asset == a.Asset && s.At > time - a.Per.Seconds)
            .Sum(s => s.Amount) + spent.Amount <= a.Limit);

    /// <summary>The charter's allowances in <paramref name="asset"/> held through one of <paramref name="author"/>'s roles, in charter order.</summary>
    private static IEnumerable<SpendAllowance> AllowancesOf(NetworkState state, Address author, string asset)
    {
        var roles = state.Stakeholders.GetValueOrDefault(author)?.Roles ?? [];
        return state.Charter.Charter.Treasury.SpendWithoutVote.Where(a => a.Asset == asset && roles.Contains(a.Role));
    }

    /// <summary>
    /// Whether <paramref name="from"/> can pay <paramref name="amount"/>: a budget or grant account never goes
    /// below zero; the unallocated treasury may go down to minus the asset's overdraft.
    /// </summary>
    private static Rejection? CheckFunds(NetworkState state, Account from, string asset, long amount)
    {
        var balance = state.Journal.BalanceOf(from, asset);
        var overdraft = from == Account.Treasury ? state.Charter.Charter.Treasury.FindAsset(asset)?.Overdraft ?? 0 : 0;
        if (balance + overdraft >= amount)
        {
            return null;
        }
        var holder = from.Kind switch
        {
            AccountKind.Treasury => "the treasury",
            AccountKind.Budget => $"budget '{from.Name}'",
            _ => from.ToString(),
        };
        var limit = overdraft > 0 ? $" (and may overdraw {FormatAmount(state, asset, overdraft)})" : "";
        return Reject("insufficient-funds", $"{holder} holds {FormatAmount(state, asset, balance)}{limit}; {FormatAmount(state, asset, amount)} is needed");
    }

    /// <summary>Minor units in the asset's decimals, with its code (<c>1200.00 EUR</c>), for rejections and grant trails.</summary>
    internal static string FormatAmount(NetworkState state, string asset, long minor) =>
        $"{Money.Format(minor, state.Charter.Charter.Treasury.FindAsset(asset)?.Decimals ?? 0)} {asset}";

    /// <summary>A program that applications and awards may leave empty for the treasury; when named, checked as <see cref="CheckBudget"/> does.</summary>
    private static Rejection? CheckSource(NetworkState state, string program, string asset) =>
        program.Length == 0 ? null : CheckBudget(state, program, asset);

    /// <summary>The budget a program names, checked against the asset the money is in.</summary>
    private static Rejection? CheckBudget(NetworkState state, string program, string asset)
    {
        var treasury = state.Charter.Charter.Treasury;
        if (treasury.FindBudget(program) is not { } budget)
        {
            return Reject("unknown-budget", treasury.Budgets.Count == 0
                ? $"unknown budget '{program}': the charter declares no budgets"
                : $"unknown budget '{program}': expected one of {string.Join(", ", treasury.Budgets.Select(b => b.Program))}");
        }
        return budget.Asset == asset ? null : Reject("wrong-asset", $"budget '{program}' holds {budget.Asset}, not {asset}");
    }
}
