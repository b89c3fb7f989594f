using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using Polity.Core.Primitives;
using Polity.Engine;
using Polity.Engine.Signing;
using Polity.Engine.Storage;
using Polity.Ledger;
using Polity.Ledger.Merkle;

namespace Polity.Cli.Commands;

/// <summary>
/// The log as a transparency log: <c>polity log head|prove|consistency|export</c> and <c>polity verify --from</c>.
/// The export format and the hand checks are documented in docs/transparency.md.
/// </summary>
public static class TransparencyCommands
{
    /// <summary>The <c>log</c> subcommands.</summary>
    public static IEnumerable<Command> BuildLogSubcommands(Runner run) => [BuildHead(run), BuildProve(run), BuildConsistency(run), BuildExport(run)];

    private static Command BuildHead(Runner run)
    {
        var sign = new Option<bool>("--sign") { Description = "Sign the head with the operator's key (--as)" };
        var command = new Command("head", "The log's Merkle tree head: size, root (RFC 9162) and time; --sign for an operator-signed head") { sign };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var view = ctx.Parse.GetValue(sign)
                ? HeadView(network.State.Network, await SignAsync(ctx, network, required: true))
                : HeadView(network.State.Network, await network.TreeHeadAsync());
            ctx.Show(view, (o, v) =>
            {
                o.WriteLine($"size {v.Size}, root {v.Root}, time {v.Time} ({Views.Time(v.Time)})");
                if (v.Signature is not null)
                {
                    o.WriteLine($"signed by the operator {v.Signer}: {v.Signature}");
                }
            });
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command BuildProve(Runner run)
    {
        var seq = new Argument<long>("seq") { Description = "The entry to prove" };
        var size = new Option<long?>("--size") { Description = "Against the tree of this many entries (default: the whole log)" };
        var command = new Command("prove", "The inclusion proof (RFC 9162 audit path) of an entry in the log's Merkle tree") { seq, size };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var s = ctx.Parse.GetValue(seq);
            var n = ctx.Parse.GetValue(size) ?? network.Head.Seq;
            if (s < 1 || s > n || n > network.Head.Seq)
            {
                throw new CliException($"need 1 <= seq <= size <= {network.Head.Seq} (the log's size), got seq {s} and size {n}");
            }
            var proof = await network.ProveInclusionAsync(s, n);
            var view = new { seq = s, leafIndex = proof.LeafIndex, treeSize = proof.TreeSize, root = proof.Root, leafHash = proof.LeafHash, path = proof.Path };
            ctx.Show(view, (o, _) =>
            {
                o.WriteLine($"entry {s} (leaf {proof.LeafIndex}, hash {proof.LeafHash}) is in the tree of size {proof.TreeSize} with root {proof.Root}");
                o.WriteLine($"audit path ({proof.Path.Count}, leaf upwards):");
                foreach (var h in proof.Path)
                {
                    o.WriteLine($"  {h}");
                }
            });
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command BuildConsistency(Runner run)
    {
        var from = new Argument<long>("old-size") { Description = "The earlier size (at least 1)" };
        var to = new Argument<long>("new-size") { Description = "The later size" };
        var command = new Command("consistency", "The consistency proof (RFC 9162) that the log at old-size is a prefix of the log at new-size") { from, to };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var (a, b) = (ctx.Parse.GetValue(from), ctx.Parse.GetValue(to));
            if (a < 1 || a > b || b > network.Head.Seq)
            {
                throw new CliException($"need 1 <= old-size <= new-size <= {network.Head.Seq} (the log's size), got {a} and {b}");
            }
            var proof = await network.ProveConsistencyAsync(a, b);
            var view = new { oldSize = a, newSize = b, oldRoot = proof.OldRoot, newRoot = proof.NewRoot, path = proof.Path };
            ctx.Show(view, (o, _) =>
            {
                o.WriteLine($"size {a} (root {proof.OldRoot}) is a prefix of size {b} (root {proof.NewRoot})");
                o.WriteLine($"proof ({proof.Path.Count}):");
                foreach (var h in proof.Path)
                {
                    o.WriteLine($"  {h}");
                }
            });
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command BuildExport(Runner run)
    {
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var format = new Option<string>("--format")
        {
            Description = "jsonl: every stored entry, one per line, then the tree head (signed with --as the operator); " +
                          "eip4824: the activity log as EIP-4824 JSON-LD",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "eip4824");
        var command = new Command("export", "Export the log for verification without the database (polity verify --from FILE)") { output, format };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var path = ctx.Parse.GetValue(output);
            await using var file = path is null ? null : File.Create(path);
            var sink = file is null ? ctx.Out : new StreamWriter(file, new UTF8Encoding(false)) { NewLine = "\n" };
            if (ctx.Parse.GetValue(format) == "eip4824")
            {
                await sink.WriteLineAsync(Eip4824.ActivityLog(network.State.Network, await ReadBodiesAsync(network.Store, network.Head.Seq)).ToJsonString(Eip4824.Indented));
            }
            else
            {
                var signed = await SignAsync(ctx, network, required: false);
                var head = signed?.Head ?? await network.TreeHeadAsync();
                foreach (var body in await ReadBodiesAsync(network.Store, head.Size))
                {
                    await sink.WriteAsync(Encoding.UTF8.GetString(body.Span));
                    await sink.WriteAsync('\n');
                }
                await sink.WriteAsync(Encoding.UTF8.GetString(LogExport.TreeHeadLine(network.State.Network, head, signed)));
                await sink.WriteAsync('\n');
            }
            await sink.FlushAsync();
            if (file is not null)
            {
                await sink.DisposeAsync();
            }
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary><c>polity verify --from FILE</c>: replays an export's entries and checks its tree head, with no database.</summary>
    public static async Task<int> VerifyExportAsync(CliContext ctx, string path)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (!File.Exists(path))
        {
            throw new CliException($"no export at {path}");
        }
        var started = System.Diagnostics.Stopwatch.StartNew();
        var report = LogExport.Verify(await File.ReadAllBytesAsync(path));
        var seconds = started.Elapsed.TotalSeconds;
        var failure = report.Replay.Failure;
        if (ctx.Json)
        {
            ctx.WriteJson(new
            {
                ok = report.Ok,
                verified = report.Replay.Verified,
                size = report.Head?.Size,
                root = report.Head?.Root,
                signed = report.Signed,
                failure,
                seconds,
            });
        }
        else if (failure is { Kind: LogExport.TreeHeadFailure })
        {
            await ctx.Error.WriteLineAsync($"verify FAILED at the tree head (line {failure.Seq}): {failure.Message}");
        }
        else if (failure is not null)
        {
            await ctx.Error.WriteLineAsync($"verify FAILED at seq {failure.Seq} ({failure.Kind}): {failure.Message}");
            await ctx.Error.WriteLineAsync($"  {report.Replay.Verified} entries before it verified");
        }
        else
        {
            await ctx.Out.WriteLineAsync(
                $"verify OK: {report.Replay.Verified} events and the {(report.Signed ? "operator-signed" : "unsigned")} tree head " +
                $"(size {report.Head!.Size}, root {report.Head.Root}) ({seconds:F2}s)");
        }
        return report.Ok ? ExitCodes.Done : ExitCodes.Refused;
    }

    /// <summary>Every stored entry's bytes up to <paramref name="size"/>.</summary>
    public static async Task<List<ReadOnlyMemory<byte>>> ReadBodiesAsync(IEventStore store, long size = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(store);
        var bodies = new List<ReadOnlyMemory<byte>>();
        await foreach (var stored in store.ReadAsync(1))
        {
            if (stored.Seq > size)
            {
                break;
            }
            bodies.Add(stored.Body);
        }
        return bodies;
    }

    /// <summary>The RFC 9162 root over entries given as their bytes.</summary>
    public static string RootOf(IReadOnlyList<ReadOnlyMemory<byte>> bodies)
    {
        var tree = new MerkleTree();
        tree.AppendRange(bodies);
        return Hashing.ToHex(tree.Root);
    }

    /// <summary>
    /// The current head signed by --as when it names the operator. With <paramref name="required"/>, a missing
    /// or non-operator key refuses; otherwise it just leaves the head unsigned (with a note for a non-operator).
    /// </summary>
    private static async Task<SignedTreeHead?> SignAsync(CliContext ctx, PolityNetwork network, bool required)
    {
        var who = ctx.Parse.GetValue(GlobalOptions.As);
        if (string.IsNullOrEmpty(who))
        {
            return required ? throw new CliException("signing a tree head needs the operator's key: --as KEY") : null;
        }
        var entry = ctx.Keys.Find(who);
        if (entry.Address != network.State.Operator)
        {
            var message = $"only the operator ({network.State.Operator}) signs tree heads, not {entry.Name} ({entry.Address})";
            if (required)
            {
                throw new CliException(ExitCodes.Refused, $"refused: {message}");
            }
            await ctx.Error.WriteLineAsync($"note: {message}; the tree head is unsigned");
            return null;
        }
        var signer = ctx.Keys.Signer(who, CliContext.Password) as ITreeHeadSigner
            ?? throw new CliException($"key '{who}' cannot sign tree heads");
        return await network.SignTreeHeadAsync(signer);
    }

    private static HeadOut HeadView(string network, TreeHead head) => new(network, head.Size, head.Root, head.Time, null, null);

    private static HeadOut HeadView(string network, SignedTreeHead? signed) =>
        new(network, signed!.Head.Size, signed.Head.Root, signed.Head.Time, signed.Signature, TreeHeadSigning.Signer(network, signed));

    private sealed record HeadOut(string Network, long Size, string Root, long Time, string? Signature, string? Signer);
}
