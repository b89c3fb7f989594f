using System.CommandLine;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Engine.Proposals;

namespace Polity.Cli.Commands;

/// <summary><c>polity treasury deposit|spend|show|journal|accounts|budgets</c>.</summary>
public static partial class TreasuryCommands
{
    /// <summary>Builds the treasury commands.</summary>
    public static Command Build(Runner run)
    {
        var asset = new Option<string>("--asset") { Description = "Asset code from the charter", Required = true };
        var amount = new Option<string>("--amount") { Description = "Amount in major units, e.g. 1200.50", Required = true };
        var memo = new Option<string>("--memo") { Description = "What it is for", DefaultValueFactory = _ => "" };
        var deposit = new Command("deposit", "Record money paid into the treasury") { asset, amount, memo };
        run.On(deposit, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var code = ctx.Parse.GetValue(asset)!;
            var e = new FundsDeposited(code, ProposalFile.Minor(network.State, code, ctx.Parse.GetValue(amount)!), ctx.Parse.GetValue(memo)!);
            ctx.Appended(await ctx.SubmitAsync(network, e), $"deposited {Views.Amount(network.State, code, e.Amount)}");
            return ExitCodes.Done;
        });
        var to = new Option<string>("--to") { Description = "Recipient address or key name", Required = true };
        var spend = new Command("spend", "Spend within a role's spend-without-vote allowance") { asset, amount, to, memo };
        run.On(spend, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var code = ctx.Parse.GetValue(asset)!;
            var e = new AllowanceSpent(code, ProposalFile.Minor(network.State, code, ctx.Parse.GetValue(amount)!),
                StakeholderCommands.Resolve(ctx, ctx.Parse.GetValue(to)!), ctx.Parse.GetValue(memo)!);
            ctx.Appended(await ctx.SubmitAsync(network, e), $"spent {Views.Amount(network.State, code, e.Amount)} to {e.To}");
            return ExitCodes.Done;
        });
        var show = new Command("show", "Balances per asset");
        run.On(show, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            var rows = state.Charter.Charter.Treasury.Assets
                .Select(a => new { asset = a.Code, minor = state.BalanceOf(a.Code), amount = Money.Format(state.BalanceOf(a.Code), a.Decimals) })
                .ToList();
            ctx.Show(rows, (o, _) =>
            {
                foreach (var r in rows)
                {
                    o.WriteLine($"{r.asset,-6} {r.amount,20}");
                }
            });
            return ExitCodes.Done;
        });
        return new Command("treasury", "The network's treasury") { deposit, spend, show, Journal(run), Accounts(run), Budgets(run) };
    }
}
