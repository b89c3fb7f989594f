using System.CommandLine;
using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Cli.Commands;

/// <summary><c>polity stakeholder register|list|profile</c> and <c>polity member admit|leave|list</c>.</summary>
public static partial class StakeholderCommands
{
    /// <summary>Builds the stakeholder commands.</summary>
    public static Command Build(Runner run)
    {
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var kind = new Option<string>("--kind") { Description = "person or organisation", DefaultValueFactory = _ => "person" };
        kind.AcceptOnlyFromAmong("person", "organisation");
        var address = new Option<string>("--address") { Description = "Whom to register (an address or key name); default: the signer" };
        var roles = new Option<string[]>("--role") { Description = "A charter role (operator, before launch)", AllowMultipleArgumentsPerToken = false };
        var register = new Command("register", "Register a stakeholder's identity (yourself; the operator may register others before launch)") { name, kind, address, roles };
        run.On(register, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var signer = ctx.Signer();
            var who = ctx.Parse.GetValue(address) is { Length: > 0 } a ? Resolve(ctx, a) : signer.Address;
            var e = new StakeholderRegistered(who, ctx.Parse.GetValue(name)!, ctx.Parse.GetValue(kind)!, ctx.Parse.GetValue(roles) ?? []);
            ctx.Appended(await ctx.SubmitAsync(network, e, signer), $"registered {e.Name} {who}");
            return ExitCodes.Done;
        });
        var list = new Command("list", "Registered stakeholders and their houses");
        run.On(list, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            var rows = state.Stakeholders.Values.OrderBy(s => s.Since).ThenBy(s => s.Name, StringComparer.Ordinal)
                .Select(s => new { address = s.Address, did = s.Address.ToDid(), name = s.Name, kind = s.Kind, roles = s.Roles, houses = state.HousesOf(s.Address).ToList() })
                .ToList();
            ctx.Show(rows, (o, _) =>
            {
                foreach (var r in rows)
                {
                    o.WriteLine($"{r.address}  {r.name,-28} {r.kind,-12} {string.Join(",", r.houses),-20} {string.Join(",", r.roles)}");
                }
            });
            return ExitCodes.Done;
        });
        return new Command("stakeholder", "Register and list stakeholders, and write their profiles") { register, list, Profile(run) };
    }

    /// <summary>An address, or the address of a key in the key folder.</summary>
    public static Address Resolve(CliContext ctx, string who)
    {
        if (Address.TryParse(who, out var address))
        {
            return address;
        }
        var key = ctx.Keys.List().FirstOrDefault(k => k.Name == who);
        if (key is not null)
        {
            return key.Address;
        }
        throw new CliException($"'{who}' is neither an address nor a key name in {ctx.Keys.Folder}");
    }
}
