using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;

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
        var roles = state.Stakeholders.GetValueOrDefault(ctx.Author)?.Roles ?? [];
        var allowances = state.Charter.Charter.Treasury.SpendWithoutVote
            .Where(a => a.Asset == spent.Asset && roles.Contains(a.Role))
            .ToList();
        if (allowances.Count == 0)
        {
            return Reject("no-allowance", $"{ctx.Author} holds no role with a spend-without-vote allowance in {spent.Asset}");
        }
        foreach (var allowance in allowances)
        {
            var used = state.AllowanceSpends
                .Where(s => s.Role == allowance.Role && s.Asset == allowance.Asset && s.At > ctx.Time - allowance.Per.Seconds)
                .Sum(s => s.Amount);
            if (used + spent.Amount <= allowance.Limit)
            {
                return CheckFunds(state, spent.Asset, spent.Amount);
            }
        }
        var first = allowances[0];
        var decimals = state.Charter.Charter.Treasury.FindAsset(first.Asset)!.Decimals;
        return Reject("over-allowance",
            $"role '{first.Role}' may spend {Money.Format(first.Limit, decimals)} {first.Asset} per {first.Per} without a vote; this spend would exceed it");
    }

    private static Rejection? CheckFunds(NetworkState state, string asset, long amount) =>
        state.BalanceOf(asset) >= amount
            ? null
            : Reject("insufficient-funds",
                $"the treasury holds {FormatAmount(state, asset, state.BalanceOf(asset))}, {FormatAmount(state, asset, amount)} is needed");

    private static string FormatAmount(NetworkState state, string asset, long minor) =>
        $"{Money.Format(minor, state.Charter.Charter.Treasury.FindAsset(asset)?.Decimals ?? 0)} {asset}";

    /// <summary>Which allowance role a valid spend draws on (the first with room).</summary>
    internal static string AllowanceRoleFor(NetworkState state, AllowanceSpent spent, Address author, long time)
    {
        var roles = state.Stakeholders[author].Roles;
        return state.Charter.Charter.Treasury.SpendWithoutVote
            .Where(a => a.Asset == spent.Asset && roles.Contains(a.Role))
            .First(a => state.AllowanceSpends
                .Where(s => s.Role == a.Role && s.Asset == a.Asset && s.At > time - a.Per.Seconds)
                .Sum(s => s.Amount) + spent.Amount <= a.Limit)
            .Role;
    }
}
