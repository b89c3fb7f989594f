using System.Diagnostics;
using Microsoft.Playwright;
using Polity.Server.Tests;
using Polity.Testing;

namespace Polity.Browser.Tests;

/// <summary>The browser tests share one server and one Playwright driver and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "browser";
}

/// <summary>
/// A real <c>polity serve</c> (Kestrel on 127.0.0.1 over the founded test network, <see cref="ServerFixture"/>) and
/// Debian's Chromium driven by Playwright. Chromium is installed by <c>scripts/chromium.sh</c> when missing; if that
/// fails, every browser test fails (they never skip). Each person gets a browser of their own with a fresh
/// user-data-dir, launched with the flags TOOLCHAIN.md gives.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Chromium's flags besides the ones Playwright adds: headless, no sandbox, nothing fetched from outside.</summary>
    public static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly List<string> _profiles = [];
    private IPlaywright? _playwright;

    /// <summary>The server under test.</summary>
    public ServerFixture Server { get; } = new();

    /// <summary>Where the browser is.</summary>
    public string Chromium { get; private set; } = "";

    /// <summary>Where the pages' screenshots go: <c>TestResults/screenshots</c> under the test binaries, emptied at each run.</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        Chromium = await InstallChromiumAsync();
        if (Directory.Exists(Screenshots))
        {
            Directory.Delete(Screenshots, recursive: true);
        }
        Directory.CreateDirectory(Screenshots);
        await Server.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
    }

    /// <summary>Opens a browser of its own for <paramref name="who"/> (a fresh profile: no cookies, no storage).</summary>
    public async Task<Person> OpenAsync(string who, int width = 1280)
    {
        var profile = Path.Combine(Path.GetTempPath(), "polity-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        _profiles.Add(profile);
        var context = await _playwright!.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = Flags,
            BaseURL = Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "en-GB",
        });
        return new Person(who, context, context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync());
    }

    /// <summary>Runs <c>scripts/chromium.sh</c> (apt-get install chromium when missing) and answers the browser's path.</summary>
    private static async Task<string> InstallChromiumAsync()
    {
        var script = Path.Combine(TestPaths.RepositoryRoot, "scripts", "chromium.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var path = (await output).Trim();
        if (process.ExitCode != 0 || !File.Exists(path))
        {
            throw new InvalidOperationException($"scripts/chromium.sh could not provide Chromium (exit {process.ExitCode}): {await error}");
        }
        return path;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _playwright?.Dispose();
        await Server.DisposeAsync();
        foreach (var profile in _profiles)
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A browser that has not quite let go of its profile leaves a temporary folder behind.
            }
        }
    }
}
