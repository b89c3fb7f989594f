using System.CommandLine;
using Polity.Core.Events;

namespace Polity.Cli.Commands;

public static partial class StakeholderCommands
{
    /// <summary><c>polity stakeholder profile</c>: replace a profile's needs, constraints and objectives.</summary>
    private static Command Profile(Runner run)
    {
        var needs = new Option<string[]>("--need") { Description = "Something the stakeholder needs from the network (repeat)" };
        var constraints = new Option<string[]>("--constraint") { Description = "Something that limits them (repeat)" };
        var objectives = new Option<string[]>("--objective") { Description = "A network objective they pursue, by id (repeat)" };
        var of = new Option<string>("--of") { Description = "Whose profile (address or key name; the operator only); default: the signer" };
        var command = new Command("profile", "Write a stakeholder's profile: needs, constraints and the network objectives they pursue (replaces the last one)")
        {
            needs, constraints, objectives, of,
        };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var signer = ctx.Signer();
            var e = new StakeholderProfileUpdated(ctx.Parse.GetValue(needs) ?? [], ctx.Parse.GetValue(constraints) ?? [], ctx.Parse.GetValue(objectives) ?? [],
                ctx.Parse.GetValue(of) is { Length: > 0 } who ? Resolve(ctx, who) : null);
            var appended = await ctx.SubmitAsync(network, e, signer);
            ctx.Appended(appended, $"profile of {Views.Name(network.State, e.Stakeholder ?? signer.Address)} updated");
            return ExitCodes.Done;
        });
        return command;
    }
}
