using System.Diagnostics;

namespace Polity.Cli.Tests;

/// <summary>Runs the real polity binary (built next to these tests) in a temporary working directory.</summary>
public sealed class PolityProcess : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("polity-cli-").FullName;

    public Dictionary<string, string> Env { get; } = new() { ["POLITY_PASSWORD"] = "test-password" };

    public string Path(string name) => System.IO.Path.Combine(Dir, name);

    public async Task<Result> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(System.IO.Path.Combine(AppContext.BaseDirectory, "polity.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        foreach (var (k, v) in Env)
        {
            start.Environment[k] = v;
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs and insists on an exit code, showing the output when it differs.</summary>
    public async Task<Result> ExpectAsync(int exit, params string[] args)
    {
        var r = await RunAsync(args);
        r.Exit.ShouldBe(exit, $"polity {string.Join(' ', args)}\nstdout: {r.Out}\nstderr: {r.Err}");
        return r;
    }

    /// <summary>The example charter's path, copied next to the tests.</summary>
    public static string ExampleCharter => System.IO.Path.Combine(AppContext.BaseDirectory, "examples", "charters", "commons-fund.yaml");

    /// <summary>
    /// A launched simulated-clock network under <paramref name="charter"/>, run by op: alice and dave are
    /// grantees, bob is in the community, carol a funder with stake 100 who deposited 5000 EUR.
    /// </summary>
    public async Task FoundSmallNetworkAsync(string charter)
    {
        foreach (var key in new[] { "op", "alice", "bob", "carol", "dave" })
        {
            await ExpectAsync(0, "key", "new", "--name", key, "--light");
        }
        await ExpectAsync(0, "init", "--charter", charter, "--clock", "simulated", "--as", "op");
        foreach (var (key, house, stake) in new[] { ("alice", "grantees", "0"), ("dave", "grantees", "0"), ("bob", "community", "0"), ("carol", "funders", "100") })
        {
            await ExpectAsync(0, "stakeholder", "register", "--address", key, "--name", key, "--as", "op");
            await ExpectAsync(0, "member", "admit", "--house", house, "--member", key, "--stake", stake, "--as", "op");
        }
        await ExpectAsync(0, "network", "launch", "--as", "op");
        await ExpectAsync(0, "treasury", "deposit", "--asset", "EUR", "--amount", "5000", "--as", "carol");
    }

    /// <summary>
    /// A launched simulated-clock network under the example charter, run by op: rev, "Reviewer", holds the
    /// stewards role (grant reviewer and objective steward); gr and w are grantees, v1 and v2 in the community,
    /// fund a funder with stake 100 who deposited 10000 EUR.
    /// </summary>
    public async Task FoundExampleNetworkAsync()
    {
        foreach (var key in new[] { "op", "rev", "gr", "w", "v1", "v2", "fund" })
        {
            await ExpectAsync(0, "key", "new", "--name", key, "--light");
        }
        await ExpectAsync(0, "init", "--charter", ExampleCharter, "--clock", "simulated", "--as", "op");
        await ExpectAsync(0, "stakeholder", "register", "--address", "rev", "--name", "Reviewer", "--role", "stewards", "--as", "op");
        foreach (var (key, house, stake) in new[] { ("gr", "grantees", "0"), ("w", "grantees", "0"), ("v1", "community", "0"), ("v2", "community", "0"), ("fund", "funders", "100") })
        {
            await ExpectAsync(0, "stakeholder", "register", "--address", key, "--name", key, "--as", "op");
            await ExpectAsync(0, "member", "admit", "--house", house, "--member", key, "--stake", stake, "--as", "op");
        }
        await ExpectAsync(0, "network", "launch", "--as", "op");
        await ExpectAsync(0, "treasury", "deposit", "--asset", "EUR", "--amount", "10000", "--as", "fund");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Dir, recursive: true);
    }

    public sealed record Result(int Exit, string Out, string Err);
}
