using System.CommandLine;
using Polity.Cli.Demo;
using Polity.Engine.Keys;
using Polity.Engine.Storage;

namespace Polity.Cli.Commands;

/// <summary><c>polity demo</c>.</summary>
public static class DemoCommand
{
    /// <summary>Builds the demo command.</summary>
    public static Command Build(Runner run)
    {
        var force = new Option<bool>("--force") { Description = "Replace an existing database and key folder" };
        var chain = new Option<bool>("--chain") { Description = "Also execute a decision on a local anvil chain (scripts/anvil.sh; needs node and npm)" };
        var command = new Command("demo",
            "Play the worked example (the Commons Fund) step by step on a simulated clock, ending with verify; " +
            "leaves the database (--db) and keys (--keys) behind to explore") { force, chain };
        run.On(command, async ctx =>
        {
            var keysDir = ctx.Keys.Folder;
            // --force replaces a SQLite file, but never drops a log in a shared PostgreSQL database.
            if (ctx.IsPostgres && (await (await ctx.OpenStoreAsync()).HeadAsync()).Seq > 0)
            {
                throw new CliException($"{ctx.DbName} already holds a log: the demo needs an empty schema (drop it, or choose another with ?schema=)");
            }
            if (!ctx.Parse.GetValue(force) && ((!ctx.IsPostgres && File.Exists(ctx.DbPath)) || (Directory.Exists(keysDir) && Directory.EnumerateFileSystemEntries(keysDir).Any())))
            {
                throw new CliException($"{ctx.DbPath} or {keysDir}/ already exists: pass --force to replace them, or choose --db and --keys");
            }
            if (!ctx.IsPostgres)
            {
                foreach (var file in new[] { ctx.DbPath, ctx.DbPath + "-wal", ctx.DbPath + "-shm" })
                {
                    File.Delete(file);
                }
            }
            if (Directory.Exists(keysDir))
            {
                Directory.Delete(keysDir, recursive: true);
            }
            var charters = Path.Combine(AppContext.BaseDirectory, "examples", "charters");
            var store = ctx.IsPostgres ? await ctx.OpenStoreAsync() : await SqliteEventStore.OpenAsync(ctx.DbPath);
            await using var owned = ctx.IsPostgres ? null : store;
            var anvil = ctx.Parse.GetValue(chain)
                ? Polity.Chain.LocalAnvil.FindScript(AppContext.BaseDirectory) ?? Polity.Chain.LocalAnvil.FindScript(Environment.CurrentDirectory)
                  ?? throw new CliException("--chain needs scripts/anvil.sh from a Polity checkout")
                : null;
            await new CommonsFundDemo(ctx.Out, charters) { ChainScript = anvil }.RunAsync(store, new KeyRing(keysDir), ctx.Time);
            return ExitCodes.Done;
        });
        return command;
    }
}
