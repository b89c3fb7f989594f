using System.CommandLine;
using Polity.Core.State;
using Polity.Core.Treasury;

namespace Polity.Cli.Commands;

public static partial class TreasuryCommands
{
    private static Command Journal(Runner run)
    {
        var account = new Option<string>("--account") { Description = "Only entries posting to this account: treasury, budget:NAME, grant:N, funder:0x…, payee:0x…" };
        var command = new Command("journal", "Every movement of money as a balanced journal entry, with the log entry that authorised it") { account };
        run.On(command, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            Account? only = null;
            if (ctx.Parse.GetValue(account) is { } text)
            {
                only = Account.TryParse(text, out var parsed)
                    ? parsed
                    : throw new CliException($"'{text}' is not an account: expected treasury, budget:NAME, grant:N, funder:0x… or payee:0x…");
            }
            var view = TreasuryViews.Journal(state, only);
            ctx.Show(view, TreasuryViews.WriteJournal);
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command Accounts(Runner run) => View(run, "accounts",
        "Every account's balance per asset (postings are signed: funders' contributions show negative, money paid out positive)",
        TreasuryViews.Accounts, TreasuryViews.WriteAccounts);

    private static Command Budgets(Runner run) => View(run, "budgets", "Budget programs: allocated, available, committed to grants",
        TreasuryViews.Budgets, TreasuryViews.WriteBudgets);

    /// <summary>A read command without options: a view of the state, as text or JSON.</summary>
    private static Command View<T>(Runner run, string name, string description, Func<NetworkState, T> view, Action<TextWriter, T> write)
        where T : notnull
    {
        var command = new Command(name, description);
        run.On(command, async ctx =>
        {
            ctx.Show(view((await ctx.OpenAsync()).State), write);
            return ExitCodes.Done;
        });
        return command;
    }
}
