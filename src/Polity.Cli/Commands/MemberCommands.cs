using System.CommandLine;
using Polity.Core.Events;

namespace Polity.Cli.Commands;

/// <summary><c>polity member admit|leave|list</c>.</summary>
public static class MemberCommands
{
    /// <summary>Builds the member commands.</summary>
    public static Command Build(Runner run)
    {
        var house = new Option<string>("--house") { Description = "The house", Required = true };
        var member = new Option<string>("--member") { Description = "Who joins: an address or key name; default: the signer" };
        var stake = new Option<long>("--stake") { Description = "Stake, for houses weighted by stake" };
        var admit = new Command("admit",
            "Admit a registered stakeholder to a house, as its admission rule allows: yourself to an open house, " +
            "someone you attest for an open-with-attestation house, anyone by the operator before launch") { house, member, stake };
        run.On(admit, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var signer = ctx.Signer();
            var who = ctx.Parse.GetValue(member) is { Length: > 0 } m ? StakeholderCommands.Resolve(ctx, m) : signer.Address;
            var e = new MemberAdmitted(ctx.Parse.GetValue(house)!, who, ctx.Parse.GetValue(stake));
            ctx.Appended(await ctx.SubmitAsync(network, e, signer), $"admitted {Views.Name(network.State, who)} to {e.House}");
            return ExitCodes.Done;
        });
        var leaveHouse = new Option<string>("--house") { Description = "The house to leave", Required = true };
        var leave = new Command("leave", "Leave a house") { leaveHouse };
        run.On(leave, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var e = new MemberLeft(ctx.Parse.GetValue(leaveHouse)!);
            ctx.Appended(await ctx.SubmitAsync(network, e), $"left {e.House}");
            return ExitCodes.Done;
        });
        var listHouse = new Option<string>("--house") { Description = "Only this house" };
        var list = new Command("list", "Members per house with their weights") { listHouse };
        run.On(list, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            var only = ctx.Parse.GetValue(listHouse);
            var rows = state.Charter.Charter.Houses.Where(h => only is null || h.Id == only)
                .Select(h => new
                {
                    house = h.Id,
                    members = state.MembersOf(h.Id).Values.OrderBy(m => m.Since).ThenBy(m => m.Member.Value, StringComparer.Ordinal)
                        .Select(m => new { address = m.Member, name = Views.Name(state, m.Member), weight = state.WeightOf(h, m), since = m.Since })
                        .ToList(),
                })
                .ToList();
            ctx.Show(rows, (o, _) =>
            {
                foreach (var h in rows)
                {
                    o.WriteLine($"{h.house} ({h.members.Count})");
                    foreach (var m in h.members)
                    {
                        o.WriteLine($"  {m.address}  {m.name,-28} weight {m.weight}");
                    }
                }
            });
            return ExitCodes.Done;
        });
        return new Command("member", "House membership") { admit, leave, list };
    }
}
