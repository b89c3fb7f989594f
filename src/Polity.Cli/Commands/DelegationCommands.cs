using System.CommandLine;
using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Cli.Commands;

/// <summary><c>polity delegate HOUSE --to NAME[=SHARE] …</c>, <c>polity delegate revoke HOUSE</c> and <c>polity delegations</c>.</summary>
public static class DelegationCommands
{
    /// <summary>
    /// Builds <c>delegate HOUSE --to …</c> and <c>delegate revoke HOUSE</c>. <c>revoke</c> is a leading word
    /// rather than a subcommand so that help shows one house argument, not the parent's and the child's.
    /// </summary>
    public static Command BuildDelegate(Runner run)
    {
        var words = new Argument<string[]>("house")
        {
            Description = "The house whose weight you delegate; 'revoke HOUSE' ends your delegation there",
            HelpName = "[revoke] house",
            Arity = new ArgumentArity(1, 2),
        };
        var to = new Option<string[]>("--to")
        {
            Description = "A delegate: a key name or address, optionally with a share (alice=1/2, bob=25%); repeat to split; default share 1",
        };
        var type = new Option<string>("--decision-type")
        {
            Description = "Only for this decision type: overrides your house-wide delegation for it (with revoke: ends that one)",
        };
        var command = new Command("delegate",
            "Delegate your weight in a house: it counts with your delegates' ballots whenever you do not vote yourself. "
            + "'polity delegate revoke HOUSE' ends the delegation") { words, to, type };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var args = ctx.Parse.GetValue(words)!;
            var delegates = ctx.Parse.GetValue(to) ?? [];
            var decisionType = ctx.Parse.GetValue(type);
            if (args.Length == 2)
            {
                if (args[0] != "revoke")
                {
                    throw new CliException($"expected one house, or 'revoke HOUSE', not '{string.Join(' ', args)}'");
                }
                if (delegates.Length > 0)
                {
                    throw new CliException("revoke takes no --to: it ends the whole delegation in its scope");
                }
                var revoked = new DelegationRevoked(args[1], decisionType);
                ctx.Appended(await ctx.SubmitAsync(network, revoked), $"revoked your delegation {Scope(revoked.House, revoked.DecisionType)}");
                return ExitCodes.Done;
            }
            if (delegates.Length == 0)
            {
                throw new CliException("name at least one delegate with --to NAME[=SHARE]");
            }
            var e = new DelegationSet(args[0], delegates.Select(d => ParseShare(ctx, d)).ToList(), decisionType);
            var shares = string.Join(", ", e.To.Select(s => $"{Views.Name(network.State, s.Delegate)} {new Ratio(s.Numerator, s.Denominator)}"));
            ctx.Appended(await ctx.SubmitAsync(network, e), $"delegated {Scope(e.House, e.DecisionType)} to {shares}");
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>Builds <c>delegations</c>: the delegations in force.</summary>
    public static Command BuildList(Runner run)
    {
        var house = new Option<string>("--house") { Description = "Only this house" };
        var command = new Command("delegations", "Delegations in force, per house (proposals use those in force when they opened)") { house };
        run.On(command, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            var only = ctx.Parse.GetValue(house);
            var houseOrder = state.Charter.Charter.Houses.Select(h => h.Id).ToList();
            var rows = state.Delegations.Values
                .Where(d => only is null || d.Key.House == only)
                .OrderBy(d => houseOrder.IndexOf(d.Key.House))
                .ThenBy(d => Views.Name(state, d.Key.From), StringComparer.Ordinal)
                .ThenBy(d => d.Key.DecisionType ?? "", StringComparer.Ordinal)
                .Select(d => new
                {
                    house = d.Key.House,
                    from = d.Key.From,
                    fromName = Views.Name(state, d.Key.From),
                    decisionType = d.Key.DecisionType,
                    to = d.To.Select(s => new { address = s.Delegate, name = Views.Name(state, s.Delegate), share = s.Share() }).ToList(),
                    since = d.Since,
                })
                .ToList();
            ctx.Show(rows, (o, _) =>
            {
                if (rows.Count == 0)
                {
                    o.WriteLine(only is null ? "no delegations" : $"no delegations in {only}");
                }
                foreach (var r in rows)
                {
                    var type = r.decisionType is null ? "all decisions" : $"{r.decisionType} decisions";
                    o.WriteLine($"{r.house,-12} {r.fromName,-20} {type,-26} → {string.Join(", ", r.to.Select(t => $"{t.name} {t.share}"))}");
                }
            });
            return ExitCodes.Done;
        });
        return command;
    }

    private static string Scope(string house, string? type) => type is null ? $"in {house}" : $"in {house} for {type} decisions";

    /// <summary>Reads <c>NAME</c> or <c>NAME=SHARE</c> (a fraction 1/2, a percentage 50% or a decimal 0.5).</summary>
    private static DelegateShare ParseShare(CliContext ctx, string word)
    {
        var at = word.LastIndexOf('=');
        var name = at < 0 ? word : word[..at];
        var share = Ratio.One;
        if (at >= 0 && (!Ratio.TryParse(word[(at + 1)..], out share) || share.Numerator == 0))
        {
            throw new CliException($"'{word}': expected NAME=SHARE with a share above 0 and at most 1, e.g. {name}=1/2 or {name}=50%");
        }
        return new DelegateShare(StakeholderCommands.Resolve(ctx, name), share.Numerator, share.Denominator);
    }
}
