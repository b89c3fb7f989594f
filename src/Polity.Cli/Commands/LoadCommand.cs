using System.CommandLine;
using Polity.Core.Events;
using Polity.Engine.Storage;

namespace Polity.Cli.Commands;

/// <summary>
/// <c>polity append-load</c> (hidden): appends deposits one event at a time as fast as it can, printing
/// "seq hash" after each commit. For the multi-writer and crash tests, which run several of these against
/// one log and kill some of them; every printed seq is a promise that the entry is durable.
/// </summary>
public static class LoadCommand
{
    /// <summary>How many times in a row one deposit may lose the race to other writers before giving up.</summary>
    private const int MaxConflicts = 10_000;

    /// <summary>Builds the command.</summary>
    public static Command Build(Runner run)
    {
        var count = new Option<int>("--count") { Description = "Deposits to append", DefaultValueFactory = _ => 100 };
        var asset = new Option<string>("--asset") { Description = "Asset code from the charter", Required = true };
        var memo = new Option<string>("--memo") { Description = "Memo prefix", DefaultValueFactory = _ => "load" };
        var command = new Command("append-load", "Append --count deposits of the smallest unit, printing each committed seq (for tests)")
        {
            count, asset, memo,
        };
        command.Hidden = true;
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var signer = ctx.Signer();
            var code = ctx.Parse.GetValue(asset)!;
            if (network.State.Charter.Charter.Treasury.FindAsset(code) is null)
            {
                throw new CliException($"no asset '{code}' in the charter");
            }
            for (var i = 0; i < ctx.Parse.GetValue(count); i++)
            {
                var e = new FundsDeposited(code, 1, $"{ctx.Parse.GetValue(memo)} {i}");
                for (var conflicts = 0; ; conflicts++)
                {
                    try
                    {
                        // SubmitAsync already reloads and retries a few times; under sustained contention from
                        // other processes that is not enough, so back off a little and go again.
                        var appended = await ctx.SubmitAsync(network, e, signer);
                        await ctx.Out.WriteLineAsync($"{appended.Seq} {appended.Hash}");
                        await ctx.Out.FlushAsync();
                        break;
                    }
                    catch (ConcurrencyException) when (conflicts < MaxConflicts)
                    {
                        await Task.Delay(Random.Shared.Next(0, 3));
                        await network.CatchUpAsync();
                    }
                }
            }
            return ExitCodes.Done;
        });
        return command;
    }
}
