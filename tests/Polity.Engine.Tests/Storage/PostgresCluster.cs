using System.Diagnostics;
using Npgsql;

[assembly: AssemblyFixture(typeof(Polity.Engine.Tests.Storage.PostgresCluster))]

namespace Polity.Engine.Tests.Storage;

/// <summary>
/// The PostgreSQL the tests run against: the cluster ./test.sh started (POLITY_TEST_PG), or, when a developer
/// runs <c>dotnet test</c> by hand, one this assembly starts with scripts/pg-test-cluster.sh on first use and
/// stops at the end. Never skipped: when none can be had, PostgreSQL tests fail saying why.
/// </summary>
/// <remarks>Compiled into Polity.Engine.Tests and linked into Polity.Cli.Tests.</remarks>
public sealed class PostgresCluster : IAsyncDisposable
{
    private static readonly Lazy<Task<(string ConnectionString, string? OwnDir)>> Cluster = new(StartAsync);

    /// <summary>An Npgsql connection string for the test cluster, starting one if needed.</summary>
    public static async Task<string> ConnectionStringAsync() => (await Cluster.Value).ConnectionString;

    /// <summary>A --db string for an empty log in <paramref name="schema"/> (dropped first if it exists).</summary>
    public static async Task<string> FreshLogAsync(string schema)
    {
        await DropSchemaAsync(schema);
        return $"{await ConnectionStringAsync()};Schema={schema}";
    }

    /// <summary>Drops a test schema and everything in it.</summary>
    public static async Task DropSchemaAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(await ConnectionStringAsync());
        await connection.OpenAsync();
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE";
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>A schema name unique to this run, for one test class.</summary>
    public static string SchemaFor(Type testClass) =>
        $"t_{testClass.Name.ToLowerInvariant()}_{Environment.ProcessId}_{Random.Shared.Next(1_000_000)}";

    private static async Task<(string, string?)> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("POLITY_TEST_PG_ERROR") is { Length: > 0 } error)
        {
            throw new InvalidOperationException(error);
        }
        if (Environment.GetEnvironmentVariable("POLITY_TEST_PG") is { Length: > 0 } given)
        {
            return (given, null);
        }
        var script = Path.Combine(Polity.Testing.TestPaths.RepositoryRoot, "scripts", "pg-test-cluster.sh");
        var (exit, stdout, stderr) = await RunAsync(script, "start");
        if (exit != 0)
        {
            throw new InvalidOperationException(
                $"no PostgreSQL for the tests: {script} start failed ({stderr.Trim()}). Run ./test.sh, or set POLITY_TEST_PG to a connection string.");
        }
        string? connection = null, dir = null;
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith("export POLITY_TEST_PG='", StringComparison.Ordinal))
            {
                connection = line["export POLITY_TEST_PG='".Length..^1];
            }
            else if (line.StartsWith("export POLITY_TEST_PG_DIR='", StringComparison.Ordinal))
            {
                dir = line["export POLITY_TEST_PG_DIR='".Length..^1];
            }
        }
        return (connection ?? throw new InvalidOperationException($"{script} printed no connection string: {stdout}"), dir);
    }

    /// <summary>Stops the cluster if this assembly started it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Cluster.IsValueCreated && Cluster.Value.IsCompletedSuccessfully && Cluster.Value.Result.OwnDir is { } dir)
        {
            await RunAsync(Path.Combine(Polity.Testing.TestPaths.RepositoryRoot, "scripts", "pg-test-cluster.sh"), "stop", dir);
        }
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
