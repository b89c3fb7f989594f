using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Polity.Chain;

/// <summary>
/// A throwaway local chain: anvil (npm <c>@foundry-rs/anvil</c>) started through <c>scripts/anvil.sh</c> on a free
/// 127.0.0.1 port and killed on dispose. For tests and <c>polity demo --chain</c>; never for real funds.
/// </summary>
public sealed class LocalAnvil : IAsyncDisposable
{
    /// <summary>anvil's chain id.</summary>
    public const long ChainId = 31337;

    /// <summary>anvil's default accounts' well-known keys, each funded with 10 000 ether. Public knowledge: development only.</summary>
    public static IReadOnlyList<string> DevKeys { get; } =
    [
        "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
        "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
        "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
        "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
        "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
    ];

    private readonly Process _process;

    private LocalAnvil(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    /// <summary>The node's URL.</summary>
    public Uri Url { get; }

    /// <summary>A client signing with one of <see cref="DevKeys"/>.</summary>
    /// <param name="account">The account's index.</param>
    /// <returns>The client.</returns>
    public PolityChainClient Client(int account) => new(Url, DevKeys[account], ChainId);

    /// <summary>Starts anvil and waits until it listens.</summary>
    /// <param name="script">The path of <c>scripts/anvil.sh</c>.</param>
    /// <param name="ct">Cancels the wait.</param>
    /// <returns>The running node.</returns>
    /// <exception cref="InvalidOperationException">anvil exited or did not listen within a minute (a first run installs it from npm).</exception>
    public static async Task<LocalAnvil> StartAsync(string script, CancellationToken ct = default)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("bash", [script, port.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {script}");
        var anvil = new LocalAnvil(process, new Uri($"http://127.0.0.1:{port}"));
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (process.HasExited)
            {
                var error = await process.StandardError.ReadToEndAsync(ct).ConfigureAwait(false);
                await anvil.DisposeAsync().ConfigureAwait(false);
                throw new InvalidOperationException($"anvil exited: {error}");
            }
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, port, ct).ConfigureAwait(false);
                return anvil;
            }
            catch (SocketException)
            {
                await Task.Delay(100, ct).ConfigureAwait(false);
            }
        }
        await anvil.DisposeAsync().ConfigureAwait(false);
        throw new InvalidOperationException("anvil did not listen within 60 s");
    }

    /// <summary>Finds <c>scripts/anvil.sh</c> in a folder or any of its ancestors.</summary>
    /// <param name="from">Where to start, such as <see cref="AppContext.BaseDirectory"/>.</param>
    /// <returns>The script's path, or null.</returns>
    public static string? FindScript(string from)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "scripts", "anvil.sh");
            if (File.Exists(script) && Directory.Exists(Path.Combine(dir.FullName, "src", "Polity.Chain")))
            {
                return script;
            }
        }
        return null;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
