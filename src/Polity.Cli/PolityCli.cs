using System.CommandLine;
using System.CommandLine.Parsing;
using Polity.Cli.Commands;
using Polity.Engine;
using Polity.Engine.Keys;
using Polity.Engine.Serialization;

namespace Polity.Cli;

/// <summary>The polity command: builds the command tree, runs one invocation, maps failures to exit codes.</summary>
public static class PolityCli
{
    /// <summary>Runs the command line and returns its exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider? time = null)
    {
        var root = BuildRoot(output, error, time ?? TimeProvider.System);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var names = new List<string>();
            for (var result = parse.CommandResult; result.Parent is CommandResult parent; result = parent)
            {
                names.Insert(0, result.Command.Name);
            }
            var command = string.Join(' ', names.Prepend("polity"));
            await error.WriteLineAsync($"polity: {string.Join("; ", parse.Errors.Select(e => e.Message.TrimEnd('.')))} (see '{command} --help')");
            return ExitCodes.BadInput;
        }
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>The command tree.</summary>
    public static RootCommand BuildRoot(TextWriter output, TextWriter error, TimeProvider time)
    {
        var root = new RootCommand(
            "Polity: multi-stakeholder governance with a signed, verifiable log.\n" +
            "Exit codes: 0 done, 1 refused by the rules (or verification failed), 2 bad usage or input.");
        root.Options.Add(GlobalOptions.Db);
        root.Options.Add(GlobalOptions.Keys);
        root.Options.Add(GlobalOptions.Json);
        root.Options.Add(GlobalOptions.As);
        var run = new Runner(output, error, time);
        root.Subcommands.Add(DemoCommand.Build(run));
        root.Subcommands.Add(NetworkCommands.BuildInit(run));
        root.Subcommands.Add(NetworkCommands.BuildNetwork(run));
        root.Subcommands.Add(NetworkCommands.BuildClock(run));
        root.Subcommands.Add(KeyCommands.Build(run));
        root.Subcommands.Add(CharterCommands.Build(run));
        root.Subcommands.Add(StakeholderCommands.Build(run));
        root.Subcommands.Add(MemberCommands.Build(run));
        root.Subcommands.Add(TreasuryCommands.Build(run));
        root.Subcommands.Add(GrantCommands.Build(run));
        root.Subcommands.Add(RoundCommands.Build(run));
        root.Subcommands.Add(ProposalCommands.Build(run));
        root.Subcommands.Add(DelegationCommands.BuildDelegate(run));
        root.Subcommands.Add(DelegationCommands.BuildList(run));
        root.Subcommands.Add(LogCommands.Build(run));
        root.Subcommands.Add(LogCommands.BuildVerify(run));
        root.Subcommands.Add(TallyCommands.Build(run));
        root.Subcommands.Add(LoadCommand.Build(run));
        root.Subcommands.Add(FundingCommands.Build(run));
        root.Subcommands.Add(BudgetCommands.Build(run));
        root.Subcommands.Add(ReportCommands.Build(run));
        root.Subcommands.Add(ReportCommands.BuildMetrics(run));
        root.Subcommands.Add(SimulateCommand.Build(run));
        root.Subcommands.Add(MapCommands.Build(run));
        root.Subcommands.Add(ObjectiveCommands.Build(run));
        root.Subcommands.Add(ServeCommand.Build(run));
        root.Subcommands.Add(Chain.ChainCommands.Build(run));
        return root;
    }
}

/// <summary>Wraps each command's action with the context and the failure-to-exit-code mapping.</summary>
public sealed class Runner(TextWriter output, TextWriter error, TimeProvider time)
{
    /// <summary>Sets <paramref name="command"/>'s action.</summary>
    public void On(Command command, Func<CliContext, Task<int>> action) =>
        command.SetAction(async (parse, ct) =>
        {
            await using var context = new CliContext(parse, output, error, time);
            try
            {
                return await action(context);
            }
            catch (CliException ex)
            {
                await error.WriteLineAsync($"polity: {ex.Message}");
                return ex.ExitCode;
            }
            catch (LogDamagedException ex)
            {
                await error.WriteLineAsync($"polity: {ex.Message}");
                return ExitCodes.Refused;
            }
            catch (Exception ex) when (ex is KeyRingException or EventFormatException or FormatException or IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"polity: {ex.Message}");
                return ExitCodes.BadInput;
            }
        });
}
