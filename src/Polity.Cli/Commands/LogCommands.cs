using System.CommandLine;
using System.Text;
using Polity.Engine;
using Polity.Ledger;

namespace Polity.Cli.Commands;

/// <summary><c>polity log show</c> and <c>polity verify</c> (the transparency subcommands live in <see cref="TransparencyCommands"/>).</summary>
public static class LogCommands
{
    /// <summary><c>polity log</c>.</summary>
    public static Command Build(Runner run)
    {
        var from = new Option<long>("--from") { Description = "First seq", DefaultValueFactory = _ => 1 };
        var limit = new Option<int>("--limit") { Description = "At most this many entries", DefaultValueFactory = _ => int.MaxValue };
        var show = new Command("show", "The signed entries of the log (canonical JSON with --json)") { from, limit };
        run.On(show, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var count = 0;
            await foreach (var stored in network.Store.ReadAsync(ctx.Parse.GetValue(from)))
            {
                if (count++ >= ctx.Parse.GetValue(limit))
                {
                    break;
                }
                if (ctx.Json)
                {
                    ctx.Out.WriteLine(Encoding.UTF8.GetString(stored.Body));
                    continue;
                }
                var e = EventEnvelope.Parse(stored.Body);
                var who = Polity.Core.Primitives.Address.TryParse(e.Author, out var a) ? Views.Name(network.State, a) : e.Author;
                var payload = e.Payload.ToJsonString();
                ctx.Out.WriteLine($"{e.Seq,6} {Views.Time(e.Time)} {e.Type,-26} {who,-24} {(payload.Length > 90 ? payload[..87] + "..." : payload)}");
            }
            return ExitCodes.Done;
        });
        var log = new Command("log", "Read the event log, its Merkle tree head and proofs, or export it") { show };
        foreach (var sub in TransparencyCommands.BuildLogSubcommands(run))
        {
            log.Subcommands.Add(sub);
        }
        return log;
    }

    /// <summary><c>polity verify</c>.</summary>
    public static Command BuildVerify(Runner run)
    {
        var command = new Command("verify",
            "Replay the whole log: canonical bytes, hash links, signatures, and every event against the rules of the state before it. " +
            "Exit 0 when sound, 1 naming the first failing seq. With --from FILE, verifies an export (polity log export) without any database.");
        var from = new Option<string?>("--from") { Description = "Verify this JSON Lines export instead of the database, including its tree head" };
        command.Options.Add(from);
        run.On(command, async ctx =>
        {
            if (ctx.Parse.GetValue(from) is { } file)
            {
                return await TransparencyCommands.VerifyExportAsync(ctx, file);
            }
            var store = await ctx.OpenStoreAsync();
            var started = System.Diagnostics.Stopwatch.StartNew();
            var report = await LogVerifier.VerifyAsync(store);
            var head = await store.HeadAsync();
            var root = report.Ok ? TransparencyCommands.RootOf(await TransparencyCommands.ReadBodiesAsync(store)) : null;
            var seconds = started.Elapsed.TotalSeconds;
            if (ctx.Json)
            {
                ctx.WriteJson(new { ok = report.Ok, verified = report.Verified, head = head.Hash, size = report.Ok ? report.Verified : (long?)null, root, failure = report.Failure, seconds });
            }
            else if (report.Failure is { } f)
            {
                ctx.Error.WriteLine($"verify FAILED at seq {f.Seq} ({f.Kind}): {f.Message}");
                ctx.Error.WriteLine($"  {report.Verified} entries before it verified");
            }
            else
            {
                ctx.Out.WriteLine($"verify OK: {report.Verified} events, every hash link, signature and rule checked; head {head.Hash} ({seconds:F2}s)");
            }
            return report.Ok ? ExitCodes.Done : ExitCodes.Refused;
        });
        return command;
    }
}
