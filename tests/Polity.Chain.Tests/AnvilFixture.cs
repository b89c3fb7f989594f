using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Polity.Testing;

namespace Polity.Chain.Tests;

/// <summary>
/// A local anvil for the class's tests, started through scripts/anvil.sh on a free 127.0.0.1 port and killed
/// on dispose. It fails (never skips) when anvil cannot start.
/// </summary>
public sealed class AnvilFixture : IAsyncLifetime
{
    /// <summary>anvil's first default account (a well-known development key, funded with 10 000 ether).</summary>
    public const string DeployerKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    /// <summary>anvil's second default account.</summary>
    public const string SecondKey = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

    /// <summary>anvil's third default account.</summary>
    public const string ThirdKey = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";

    /// <summary>anvil's chain id.</summary>
    public const long ChainId = 31337;

    private Process? _process;

    /// <summary>The node's URL.</summary>
    public Uri Url { get; private set; } = new("http://127.0.0.1:0");

    /// <summary>A client signing with the given key.</summary>
    public PolityChainClient Client(string key) => new(Url, key, ChainId);

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("bash", [Path.Combine(TestPaths.RepositoryRoot, "scripts", "anvil.sh"), port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start scripts/anvil.sh");
        Url = new Uri($"http://127.0.0.1:{port}");
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"anvil exited: {await _process.StandardError.ReadToEndAsync()}");
            }
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new InvalidOperationException("anvil did not listen within 60 s");
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
