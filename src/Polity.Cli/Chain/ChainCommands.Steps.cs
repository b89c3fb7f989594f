using System.CommandLine;
using System.Numerics;
using Nethereum.JsonRpc.Client;
using Polity.Chain;
using Polity.Core.Events;
using Polity.Core.State;
using Polity.Engine;

namespace Polity.Cli.Chain;

public static partial class ChainCommands
{
    private static readonly Argument<string> BatchArgument = new("batch") { Description = "The batch hash (0x…), or a proposal number for its first approved batch" };

    private static Command BuildQueue(Runner run)
    {
        var command = new Command("queue", "Queue an approved batch on chain with its entry's inclusion proof in the last anchored head; anyone may")
        {
            BatchArgument, ChainOptions.Key, ChainOptions.Record,
        };
        run.On(command, ctx => Guard(async () =>
        {
            var (network, deployment, client) = await OpenAsync(ctx);
            var record = ResolveBatch(network.State, ctx.Parse.GetValue(BatchArgument)!);
            var calls = CallsOf(network.State, record);
            var local = PolityChainClient.BatchHash(deployment.ChainId, deployment.Executor, calls);
            if (local != record.Batch)
            {
                throw new CliException(ExitCodes.Refused, $"refused: the calls hash to {local} on chain {deployment.ChainId} executor {deployment.Executor}, not the approved {record.Batch}");
            }
            var anchored = await client.LatestAnchoredSizeAsync(deployment.Anchor);
            if (anchored < record.Seq)
            {
                throw new CliException(ExitCodes.Refused, $"refused: the approval is entry {record.Seq} but only {anchored} entries are anchored: run 'polity chain anchor' first");
            }
            var entry = await EntryAsync(network, record.Seq);
            var proof = await network.ProveInclusionAsync(record.Seq, anchored);
            var (tx, id) = await client.QueueAsync(deployment.Executor, calls, entry, proof);
            await RecordAsync(ctx, network, record, ChainSteps.Queued, deployment, tx);
            var status = await client.StatusAsync(deployment.Executor, id);
            ctx.Show(new { batch = record.Batch, id, eta = status.Eta, proofSize = proof.Path.Count, treeSize = anchored, tx }, (o, v) =>
                o.WriteLine($"queued {v.batch} (entry {record.Seq}, proof of {v.proofSize} hashes in size {v.treeSize}); executable from {Views.Time(v.eta)}; tx {tx.Hash}, {tx.GasUsed} gas"));
            return ExitCodes.Done;
        }));
        return command;
    }

    private static Command BuildVeto(Runner run)
    {
        var command = new Command("veto", "Veto a queued batch as a veto holder (the --chain-key account)") { BatchArgument, ChainOptions.Key, ChainOptions.Record };
        run.On(command, ctx => Guard(async () =>
        {
            var (network, deployment, client) = await OpenAsync(ctx);
            var record = ResolveBatch(network.State, ctx.Parse.GetValue(BatchArgument)!);
            var tx = await client.VetoAsync(deployment.Executor, await IdAsync(network, record));
            await RecordAsync(ctx, network, record, ChainSteps.Vetoed, deployment, tx);
            ctx.Show(new { batch = record.Batch, holder = client.Sender, tx }, (o, v) => o.WriteLine($"vetoed {v.batch} as {v.holder}; tx {tx.Hash}"));
            return ExitCodes.Done;
        }));
        return command;
    }

    private static Command BuildExecute(Runner run)
    {
        var command = new Command("execute", "Execute a queued batch after its timelock; anyone may") { BatchArgument, ChainOptions.Key, ChainOptions.Record };
        run.On(command, ctx => Guard(async () =>
        {
            var (network, deployment, client) = await OpenAsync(ctx);
            var record = ResolveBatch(network.State, ctx.Parse.GetValue(BatchArgument)!);
            var tx = await client.ExecuteAsync(deployment.Executor, await IdAsync(network, record), CallsOf(network.State, record));
            await RecordAsync(ctx, network, record, ChainSteps.Executed, deployment, tx);
            ctx.Show(new { batch = record.Batch, tx }, (o, v) => o.WriteLine($"executed {v.batch} in block {tx.Block}; tx {tx.Hash}, {tx.GasUsed} gas"));
            return ExitCodes.Done;
        }));
        return command;
    }

    private static Command BuildStatus(Runner run)
    {
        var command = new Command("status", "The anchored head against the log, and each approved batch's state on chain and receipts in the log");
        run.On(command, ctx => Guard(async () =>
        {
            var (network, deployment, client) = await OpenAsync(ctx, needsKey: false);
            var anchored = await client.LatestAnchoredSizeAsync(deployment.Anchor);
            var batches = new List<BatchView>();
            foreach (var record in network.State.ChainBatches.Values.OrderBy(b => b.Seq))
            {
                var status = await client.StatusAsync(deployment.Executor, await IdAsync(network, record));
                batches.Add(new BatchView(record.Batch, record.Proposal, record.Seq, status.State.ToString().ToLowerInvariant(), status.Eta, record.Receipts));
            }
            ctx.Show(new { deployment, anchoredSize = anchored, logSize = network.State.EventCount, batches }, (o, v) =>
            {
                o.WriteLine($"chain {deployment.ChainId}: anchor {deployment.Anchor}, executor {deployment.Executor}");
                o.WriteLine($"anchored {v.anchoredSize} of {v.logSize} entries");
                foreach (var b in v.batches)
                {
                    var receipts = b.Receipts.Count == 0 ? "no receipts" : string.Join(", ", b.Receipts.Select(r => $"{r.Step} in block {r.Block}"));
                    o.WriteLine($"  {b.Batch[..18]}… proposal {b.Proposal} (entry {b.Seq}): {b.State} on chain; log: {receipts}");
                }
            });
            return ExitCodes.Done;
        }));
        return command;
    }

    private static Command BuildExportSafe(Runner run)
    {
        var proposal = new Argument<long>("proposal") { Description = "The proposal whose chain batches to export" };
        var command = new Command("export-safe", "Print a proposal's chain batches as a Safe Transaction Builder JSON file") { proposal };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var id = ctx.Parse.GetValue(proposal);
            var p = network.State.Proposals.GetValueOrDefault(id) ?? throw new CliException(ExitCodes.Refused, $"refused: no proposal {id}");
            var calls = p.Options.SelectMany(o => o.Actions.OfType<ProposalAction.ChainBatch>()).SelectMany(b => b.Calls).ToList();
            if (calls.Count == 0)
            {
                throw new CliException(ExitCodes.Refused, $"refused: proposal {id} carries no chain batch");
            }
            var deployment = File.Exists(ChainOptions.DeploymentPath(ctx)) ? ChainDeployment.Read(ChainOptions.DeploymentPath(ctx)) : null;
            var file = SafeExport.Build(deployment?.ChainId ?? 1, deployment?.Avatar, $"{network.State.Network} proposal {id}", p.Title, p.CreatedAt * 1000, calls);
            ctx.Out.WriteLine(file.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            return ExitCodes.Done;
        });
        return command;
    }

    private static async Task<(PolityNetwork Network, ChainDeployment Deployment, PolityChainClient Client)> OpenAsync(CliContext ctx, bool needsKey = true)
    {
        var network = await ctx.OpenAsync();
        var deployment = DeploymentOf(ctx, network);
        var rpc = ctx.Parse.GetValue(ChainOptions.Rpc) is { Length: > 0 } r ? r : deployment.Rpc;
        // Reads need no key: any well-formed one does for a client that only calls.
        var key = needsKey ? ChainOptions.ChainKey(ctx) : "0x" + new string('1', 64);
        return (network, deployment, new PolityChainClient(new Uri(rpc), key, deployment.ChainId));
    }

    /// <summary>The deployment file, or else the charter's <c>chain:</c> section when it names both contracts.</summary>
    private static ChainDeployment DeploymentOf(CliContext ctx, PolityNetwork network)
    {
        var path = ChainOptions.DeploymentPath(ctx);
        if (File.Exists(path) || network.State.Charter.Charter.Chain is not { Anchor: { } anchor, Executor: { } executor } chain)
        {
            return ChainDeployment.Read(path);
        }
        var longest = network.State.Charter.Charter.DecisionTypes;
        return new ChainDeployment(chain.ChainId, chain.Rpc, anchor, executor, chain.Safe, longest.Max(t => t.Timelock.Seconds), longest.Max(t => t.Grace.Seconds));
    }

    private static ChainBatchRecord ResolveBatch(NetworkState state, string text)
    {
        if (text.StartsWith("0x", StringComparison.Ordinal))
        {
            return state.ChainBatches.GetValueOrDefault(text.ToLowerInvariant())
                ?? throw new CliException(ExitCodes.Refused, $"refused: no approved chain batch {text}: run 'polity chain approve PROPOSAL' once the proposal executed");
        }
        return long.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var proposal)
            ? state.ChainBatches.Values.Where(b => b.Proposal == proposal).OrderBy(b => b.Seq).FirstOrDefault()
              ?? throw new CliException(ExitCodes.Refused, $"refused: proposal {proposal} has no approved chain batch")
            : throw new CliException($"'{text}' is neither a batch hash nor a proposal number");
    }

    private static List<ChainCall> CallsOf(NetworkState state, ChainBatchRecord record) =>
        state.Proposals[record.Proposal].ActionsOf([record.Option]).OfType<ProposalAction.ChainBatch>()
            .First(b => b.Batch == record.Batch).Calls
            .Select(c => new ChainCall(c.Target, BigInteger.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture), c.Data))
            .ToList();

    private static async Task<byte[]> EntryAsync(PolityNetwork network, long seq)
    {
        await foreach (var stored in network.Store.ReadAsync(seq))
        {
            return stored.Body.ToArray();
        }
        throw new CliException(ExitCodes.Refused, $"refused: no entry {seq}");
    }

    /// <summary>A batch's id on chain: the leaf hash of its approval entry.</summary>
    private static async Task<string> IdAsync(PolityNetwork network, ChainBatchRecord record) =>
        "0x" + Polity.Ledger.Hashing.ToHex(Polity.Ledger.Merkle.MerkleHash.Leaf(await EntryAsync(network, record.Seq)));

    private static async Task RecordAsync(CliContext ctx, PolityNetwork network, ChainBatchRecord record, string step, ChainDeployment deployment, ChainTx tx)
    {
        if (ctx.Parse.GetValue(ChainOptions.Record))
        {
            var appended = await ctx.SubmitAsync(network, new ChainReceipt(record.Batch, step, deployment.ChainId, tx.Hash, tx.Block, tx.Success));
            if (!ctx.Json)
            {
                ctx.Out.WriteLine($"#{appended.Seq} receipt: {step} in block {tx.Block}");
            }
        }
    }

    private static async Task<long> ChainIdAsync(string rpc)
    {
        var web3 = new Nethereum.Web3.Web3(rpc);
        return (long)(await web3.Eth.ChainId.SendRequestAsync()).Value;
    }

    private static async Task<int> Guard(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (ChainRevertedException e)
        {
            throw new CliException(ExitCodes.Refused, $"refused on chain: {e.Error}");
        }
        catch (Exception e) when (e is RpcClientUnknownException or HttpRequestException or RpcClientTimeoutException)
        {
            throw new CliException($"cannot reach the chain node: {e.Message}");
        }
    }

    private sealed record BatchView(string Batch, long Proposal, long Seq, string State, long Eta, IReadOnlyList<ChainReceipt> Receipts);
}
