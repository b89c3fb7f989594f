using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Polity.Cli.Tests;

/// <summary><c>polity serve</c> end to end: the real binary, a real port on 127.0.0.1.</summary>
public sealed class ServeTests
{
    [Fact]
    public async Task Serve_without_a_network_is_bad_input()
    {
        using var polity = new PolityProcess();
        var r = await polity.ExpectAsync(2, "serve", "--db", "missing.db");
        r.Err.ShouldContain("serve --demo");
    }

    [Fact]
    public async Task Serve_demo_plays_the_demo_and_serves_it_to_a_signed_in_member()
    {
        using var polity = new PolityProcess();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = polity.Dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "polity.dll"), "serve", "--demo", "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        try
        {
            using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var network = await WaitForAsync(http, process);
            network["network"]!.GetValue<string>().ShouldBe("commons-fund");
            File.Exists(polity.Path("polity-demo/polity.db")).ShouldBeTrue();

            (await http.PostAsJsonAsync("/api/auth/password", new { name = "maria", password = "demo-password" })).StatusCode.ShouldBe(HttpStatusCode.OK);
            var created = await http.PostAsJsonAsync("/api/proposals", new { decisionType = "policy", title = "Meet monthly" });
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            (await http.GetStringAsync("/proposals")).ShouldContain("Meet monthly");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Polls until the server answers; a bound on attempts keeps a broken start from hanging the suite.</summary>
    private static async Task<JsonObject> WaitForAsync(HttpClient http, Process process)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"polity serve exited: {await process.StandardError.ReadToEndAsync()}");
            }
            try
            {
                return (await http.GetFromJsonAsync<JsonObject>("/api/network"))!;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }
        throw new TimeoutException("polity serve did not answer");
    }
}
