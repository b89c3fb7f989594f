using System.CommandLine;
using Polity.Ledger;

namespace Polity.Cli.Commands;

/// <summary><c>polity key new|list</c>.</summary>
public static class KeyCommands
{
    /// <summary>Builds the key commands.</summary>
    public static Command Build(Runner run)
    {
        var name = new Option<string>("--name") { Description = "A name to sign with (--as NAME)", Required = true };
        var light = new Option<bool>("--light") { Description = "Light scrypt parameters (geth's --lightkdf): fast to unlock, weaker against guessing" };
        var create = new Command("new", "Create a key and store it as an Ethereum V3 keystore (password from POLITY_PASSWORD or a prompt)") { name, light };
        run.On(create, ctx =>
        {
            var entry = ctx.Keys.Create(ctx.Parse.GetValue(name)!, Cli.CliContext.Password(),
                ctx.Parse.GetValue(light) ? KeystoreStrength.Light : KeystoreStrength.Standard);
            ctx.Show(new { name = entry.Name, address = entry.Address, file = entry.Path }, (o, _) =>
            {
                o.WriteLine($"{entry.Name} {EthKeys.ToChecksumAddress(entry.Address.Value)} ({entry.Path})");
            });
            return Task.FromResult(ExitCodes.Done);
        });
        var list = new Command("list", "The keys in the key folder");
        run.On(list, ctx =>
        {
            var keys = ctx.Keys.List();
            ctx.Show(keys.Select(k => new { name = k.Name, address = k.Address, file = k.Path }).ToList(), (o, _) =>
            {
                foreach (var k in keys)
                {
                    o.WriteLine($"{k.Name,-20} {EthKeys.ToChecksumAddress(k.Address.Value)}");
                }
            });
            return Task.FromResult(ExitCodes.Done);
        });
        return new Command("key", "Manage signing keys (V3 keystores)") { create, list };
    }
}
