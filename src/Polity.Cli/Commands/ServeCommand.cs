using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Polity.Cli.Demo;
using Polity.Engine.Keys;
using Polity.Engine.Storage;
using Polity.Server;
using Polity.Server.Auth;

namespace Polity.Cli.Commands;

/// <summary><c>polity serve</c>: the HTTP API and web UI over the log at --db.</summary>
public static class ServeCommand
{
    /// <summary>PBKDF2 iterations for the demo's sign-in passwords: the demo's secrets are public, so starting fast wins.</summary>
    private const int DemoPasswordIterations = 10_000;

    /// <summary>Builds the serve command.</summary>
    public static Command Build(Runner run)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (semicolon-separated URLs)", DefaultValueFactory = _ => PolityServer.DefaultUrls };
        var demo = new Option<bool>("--demo") { Description = "Play the demo into a fresh folder (polity-demo/ here, or --db/--keys if given), then serve it" };
        var command = new Command("serve",
            "Serve the network over HTTP: JSON API under /api (OpenAPI at /openapi/v1.json), web UI at /. Custodial keys come from --keys, " +
            "unlocked with POLITY_PASSWORD") { urls, demo };
        run.On(command, async ctx =>
        {
            var options = new PolityServerOptions
            {
                Db = ctx.DbPath,
                Keys = ctx.Keys.Folder,
                KeyPassword = Environment.GetEnvironmentVariable("POLITY_PASSWORD") ?? "",
            };
            if (ctx.Parse.GetValue(demo))
            {
                options = await PlayDemoAsync(ctx, options);
            }
            else if (!ctx.IsPostgres && !File.Exists(ctx.DbPath))
            {
                throw new CliException($"no network at {ctx.DbPath}: create one with 'polity init', or try 'polity serve --demo'");
            }
            await using var app = PolityServer.Build(options, ctx.Parse.GetValue(urls)!);
            await app.StartAsync();
            await ctx.Out.WriteLineAsync($"Polity is serving {EventStores.Describe(options.Db)} on {string.Join(", ", app.Urls)} (API reference at /api); Ctrl+C stops it.");
            await app.WaitForShutdownAsync();
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>
    /// Plays the demo into a fresh log and key folder (the defaults become <c>polity-demo/</c>), gives every demo key the
    /// sign-in password of its keystore, and returns the options that serve it.
    /// </summary>
    private static async Task<PolityServerOptions> PlayDemoAsync(CliContext ctx, PolityServerOptions options)
    {
        var db = ctx.Parse.GetResult(GlobalOptions.Db) is { Implicit: false } ? ctx.DbPath : Path.Combine("polity-demo", "polity.db");
        var keys = ctx.Parse.GetResult(GlobalOptions.Keys) is { Implicit: false } ? ctx.Keys.Folder : Path.Combine("polity-demo", "keys");
        if (EventStores.IsPostgres(db))
        {
            throw new CliException("serve --demo plays into a fresh SQLite file; to serve PostgreSQL, run 'polity demo --db …' first and then 'polity serve --db …'");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(db))!);
        foreach (var file in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(file);
        }
        if (Directory.Exists(keys))
        {
            Directory.Delete(keys, recursive: true);
        }
        var charters = Path.Combine(AppContext.BaseDirectory, "examples", "charters");
        await using (var store = await SqliteEventStore.OpenAsync(db))
        {
            await new CommonsFundDemo(TextWriter.Null, charters).RunAsync(store, new KeyRing(keys), ctx.Time);
        }
        var custodians = new Custodians(keys, CommonsFundDemo.KeyPassword);
        foreach (var key in new KeyRing(keys).List())
        {
            custodians.SetPassword(key.Name, CommonsFundDemo.KeyPassword, DemoPasswordIterations);
        }
        await ctx.Out.WriteLineAsync($"Demo played into {db} (keys in {keys}/). Sign in as any demo stakeholder (ana, maria, kofi, convener, …) with password '{CommonsFundDemo.KeyPassword}'.");
        return new PolityServerOptions { Db = db, Keys = keys, KeyPassword = CommonsFundDemo.KeyPassword };
    }
}
