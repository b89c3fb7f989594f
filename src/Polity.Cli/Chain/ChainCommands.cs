using System.CommandLine;
using Polity.Chain;
using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.State;
using Polity.Engine;
using Polity.Engine.Signing;

namespace Polity.Cli.Chain;

/// <summary>
/// <c>polity chain deploy|anchor|approve|queue|veto|execute|status|export-safe</c>: the network's decisions
/// executed on an EVM chain through PolityAnchor and PolityExecutor (docs/on-chain.md).
/// </summary>
public static partial class ChainCommands
{
    /// <summary><c>polity chain</c>.</summary>
    /// <param name="run">The runner.</param>
    /// <returns>The command.</returns>
    public static Command Build(Runner run)
    {
        var chain = new Command("chain", "Anchor the log on an EVM chain and execute decided call batches there");
        chain.Subcommands.Add(BuildDeploy(run));
        chain.Subcommands.Add(BuildAnchor(run));
        chain.Subcommands.Add(BuildApprove(run));
        chain.Subcommands.Add(BuildQueue(run));
        chain.Subcommands.Add(BuildVeto(run));
        chain.Subcommands.Add(BuildExecute(run));
        chain.Subcommands.Add(BuildStatus(run));
        chain.Subcommands.Add(BuildExportSafe(run));
        chain.Subcommands.Add(BuildBatchHash(run));
        foreach (var sub in chain.Subcommands)
        {
            sub.Options.Add(ChainOptions.Deployment);
        }
        return chain;
    }

    private static Command BuildDeploy(Runner run)
    {
        var avatar = new Option<string?>("--avatar") { Description = "Deploy as a module of this Safe (enable it there afterwards)" };
        var timelock = new Option<long?>("--timelock") { Description = "Seconds between queue and execute (default: the charter's longest timelock)" };
        var grace = new Option<long?>("--grace") { Description = "Seconds a queued batch stays executable (default: the charter's longest grace)" };
        var veto = new Option<string[]>("--veto")
        {
            Description = "HOUSE:K:ADDR,ADDR… veto holders of a house, any K of whom stop a batch (default: the members of each charter veto house, K from its threshold)",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("deploy", "Deploy PolityAnchor (the network's operator signs heads) and PolityExecutor, and write the deployment file")
        {
            ChainOptions.Rpc, ChainOptions.Key, avatar, timelock, grace, veto,
        };
        run.On(command, ctx => Guard(async () =>
        {
            var network = await ctx.OpenAsync();
            var charterChain = network.State.Charter.Charter.Chain;
            var rpc = ctx.Parse.GetValue(ChainOptions.Rpc) is { Length: > 0 } r ? r
                : charterChain?.Rpc ?? throw new CliException("deploy needs the node's URL: --rpc URL (or POLITY_CHAIN_RPC, or the charter's chain.rpc)");
            var chainId = await ChainIdAsync(rpc);
            var client = new PolityChainClient(new Uri(rpc), ChainOptions.ChainKey(ctx), chainId);
            var types = network.State.Charter.Charter.DecisionTypes;
            var delay = ctx.Parse.GetValue(timelock) ?? types.Max(t => t.Timelock.Seconds);
            var graceSeconds = ctx.Parse.GetValue(grace) ?? types.Max(t => t.Grace.Seconds);
            var houses = ctx.Parse.GetValue(veto) is { Length: > 0 } given ? given.Select(ParseVeto).ToList()
                : charterChain is { Veto.Count: > 0 } ? charterChain.Veto.Select(v => new VetoHouse(v.House, v.Threshold, v.Holders)).ToList()
                : VetoHousesOf(network.State);
            if (charterChain is not null && charterChain.ChainId != chainId)
            {
                throw new CliException(ExitCodes.Refused, $"refused: the charter names chain {charterChain.ChainId}, the node at {rpc} is chain {chainId}");
            }
            var (anchor, anchorTx) = await client.DeployAnchorAsync(network.State.Operator.ToString(), network.State.Network);
            var (executor, executorTx) = await client.DeployExecutorAsync(new ExecutorSettings(anchor, ctx.Parse.GetValue(avatar), delay, graceSeconds, houses));
            var deployment = new ChainDeployment(chainId, rpc, anchor, executor, ctx.Parse.GetValue(avatar), delay, graceSeconds);
            deployment.Write(ChainOptions.DeploymentPath(ctx));
            ctx.Show(new { deployment, houses, gas = new { anchor = anchorTx.GasUsed, executor = executorTx.GasUsed } }, (o, v) =>
            {
                o.WriteLine($"anchor   {anchor}");
                o.WriteLine($"executor {executor} (timelock {delay}s, grace {graceSeconds}s{(v.deployment.Avatar is { } safe ? $", module of Safe {safe}" : "")})");
                foreach (var h in houses)
                {
                    o.WriteLine($"  veto: {h.Threshold} of {h.Holders.Count} in {h.House}");
                }
                o.WriteLine($"written to {ChainOptions.DeploymentPath(ctx)}");
            });
            return ExitCodes.Done;
        }));
        return command;
    }

    /// <summary>The charter's veto houses with their current members; k is the fewest members whose share exceeds the threshold.</summary>
    private static List<VetoHouse> VetoHousesOf(NetworkState state) =>
        state.Charter.Charter.DecisionTypes.Select(t => t.Veto).OfType<VetoRule>().DistinctBy(v => v.House)
            .Select(v =>
            {
                var holders = state.MembersOf(v.House).Keys.Select(a => a.ToString()).Order(StringComparer.Ordinal).ToList();
                var k = (int)Math.Min(holders.Count, (long)holders.Count * v.Threshold.Numerator / v.Threshold.Denominator + 1);
                return new VetoHouse(v.House, Math.Max(k, 1), holders);
            })
            .Where(h => h.Holders.Count > 0)
            .ToList();

    private static VetoHouse ParseVeto(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 3 || !int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var k) || k < 1)
        {
            throw new CliException($"--veto '{text}': expected HOUSE:K:ADDR,ADDR…");
        }
        var holders = parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return k > holders.Length ? throw new CliException($"--veto '{text}': K is more than the {holders.Length} holders") : new VetoHouse(parts[0], k, holders);
    }

    private static Command BuildAnchor(Runner run)
    {
        var command = new Command("anchor", "Anchor the log's current head, signed by the operator (--as), with its consistency proof from the last anchored head")
        {
            ChainOptions.Key,
        };
        run.On(command, ctx => Guard(async () =>
        {
            var (network, deployment, client) = await OpenAsync(ctx);
            var who = ctx.Parse.GetValue(GlobalOptions.As);
            var signer = string.IsNullOrEmpty(who) ? throw new CliException("anchoring needs the operator's signature on the head: --as KEY")
                : ctx.Keys.Signer(who, CliContext.Password) as ITreeHeadSigner ?? throw new CliException($"key '{who}' cannot sign tree heads");
            var head = await network.SignTreeHeadAsync(signer);
            var previous = await client.LatestAnchoredSizeAsync(deployment.Anchor);
            if (previous >= head.Head.Size)
            {
                throw new CliException(ExitCodes.Refused, $"refused: size {previous} is already anchored; the log has {head.Head.Size} entries");
            }
            var proof = previous == 0 ? null : await network.ProveConsistencyAsync(previous, head.Head.Size);
            var tx = await client.AnchorAsync(deployment.Anchor, head, proof);
            ctx.Show(new { size = head.Head.Size, root = head.Head.Root, previous, tx }, (o, v) =>
                o.WriteLine($"anchored size {v.size} root {v.root} (from {v.previous}) in block {tx.Block}, tx {tx.Hash}, {tx.GasUsed} gas"));
            return ExitCodes.Done;
        }));
        return command;
    }

    private static Command BuildApprove(Runner run)
    {
        var proposal = new Argument<long>("proposal") { Description = "An executed proposal" };
        var command = new Command("approve", "Append v1.chain-batch-approved for each chain batch of an executed proposal's passed options") { proposal };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var id = ctx.Parse.GetValue(proposal);
            var p = network.State.Proposals.GetValueOrDefault(id) ?? throw new CliException(ExitCodes.Refused, $"refused: no proposal {id}");
            var pending = p.Options.Where(o => p.Passed.Contains(o.Name))
                .SelectMany(o => o.Actions.OfType<ProposalAction.ChainBatch>().Select(b => (o.Name, b.Batch)))
                .Where(x => !network.State.ChainBatches.ContainsKey(x.Batch))
                .ToList();
            if (pending.Count == 0)
            {
                throw new CliException(ExitCodes.Refused, $"refused: proposal {id} has no passed chain batch left to approve");
            }
            foreach (var (option, batch) in pending)
            {
                ctx.Appended(await ctx.SubmitAsync(network, new ChainBatchApproved(batch, option, id)), $"chain batch {batch} approved by proposal {id} ({option})");
            }
            return ExitCodes.Done;
        });
        return command;
    }
}
