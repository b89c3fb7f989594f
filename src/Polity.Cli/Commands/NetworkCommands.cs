using System.CommandLine;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Engine.Proposals;

namespace Polity.Cli.Commands;

/// <summary>init, network, clock.</summary>
public static class NetworkCommands
{
    /// <summary><c>polity init</c>.</summary>
    public static Command BuildInit(Runner run)
    {
        var charter = new Option<string>("--charter") { Description = "The charter file (YAML)", Required = true };
        var clock = new Option<string>("--clock") { Description = "system (real time) or simulated (moves only by 'polity clock advance')", DefaultValueFactory = _ => "system" };
        clock.AcceptOnlyFromAmong("system", "simulated");
        var command = new Command("init", "Create a network from a charter; the signer (--as) becomes its operator") { charter, clock };
        run.On(command, async ctx =>
        {
            var version = ProposalFile.LoadCharter(ctx.Parse.GetValue(charter)!);
            var network = await ctx.OpenAsync(mustExist: false);
            if (network.StateOrNull is { } existing)
            {
                throw new CliException($"{ctx.DbName} already holds network '{existing.Network}'");
            }
            var mode = ctx.Parse.GetValue(clock) == "simulated" ? ClockMode.Simulated : ClockMode.System;
            var appended = await ctx.SubmitAsync(network, new NetworkCreated(version.Charter.Network, mode, version));
            ctx.Appended(appended, $"created network '{version.Charter.Network}' ({mode.ToString().ToLowerInvariant()} clock) in {ctx.DbName}");
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary><c>polity network show|launch</c>.</summary>
    public static Command BuildNetwork(Runner run)
    {
        var show = new Command("show", "The network at a glance: purpose, houses, proposals, treasury");
        run.On(show, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            var view = Views.Network(state);
            ctx.Show(view, (o, _) =>
            {
                Views.WriteNetwork(o, view);
            });
            return ExitCodes.Done;
        });
        var launch = new Command("launch", "End the founding phase (operator only): from now on only the charter admits members");
        run.On(launch, async ctx =>
        {
            var network = await ctx.OpenAsync();
            ctx.Appended(await ctx.SubmitAsync(network, new NetworkLaunched()), "network launched");
            return ExitCodes.Done;
        });
        return new Command("network", "Show or launch the network") { show, launch };
    }

    /// <summary><c>polity clock show|advance</c>.</summary>
    public static Command BuildClock(Runner run)
    {
        var show = new Command("show", "The network's time");
        run.On(show, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            ctx.Show(new { clock = state.Clock, now = state.Now, iso = Views.Time(state.Now) }, (o, _) =>
            {
                o.WriteLine($"{Views.Time(state.Now)} ({state.Clock.ToString().ToLowerInvariant()} clock)");
            });
            return ExitCodes.Done;
        });
        var by = new Argument<string>("duration") { Description = "How far: 7d, 12h, 30m, 1d12h…" };
        var advance = new Command("advance", "Move a simulated clock forward (operator only)") { by };
        run.On(advance, async ctx =>
        {
            var duration = Duration.Parse(ctx.Parse.GetValue(by)!);
            var network = await ctx.OpenAsync();
            var appended = await ctx.SubmitAsync(network, new ClockAdvanced(duration.Seconds));
            ctx.Appended(appended, $"clock advanced {duration} to {Views.Time(network.State.Now)}");
            return ExitCodes.Done;
        });
        return new Command("clock", "Show or advance the network's clock") { show, advance };
    }
}
