using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Polity.Core.Primitives;
using Polity.Ledger;
using Polity.Server.Auth;

namespace Polity.Browser.Tests;

/// <summary>One person at one browser: what they do with the page (clicks, typing) and what they see.</summary>
public sealed partial class Person(string name, IBrowserContext context, IPage page) : IAsyncDisposable
{
    private int _shots;

    /// <summary>Who this is (names the screenshots).</summary>
    public string Name { get; } = name;

    /// <summary>The page.</summary>
    public IPage Page { get; } = page;

    /// <summary>Opens a page of the site and waits for it to load.</summary>
    public async Task GoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        response.ShouldNotBeNull();
        response.Ok.ShouldBeTrue($"{path} answered {response.Status}");
    }

    /// <summary>Saves a full-page screenshot as <c>TestResults/screenshots/NN-name-label.png</c>.</summary>
    public async Task ShotAsync(string label)
    {
        _shots++;
        var file = Path.Combine(BrowserFixture.Screenshots, $"{Name}-{_shots:00}-{label}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
    }

    /// <summary>Signs in on /sign-in with a name (<see cref="Name"/> unless <paramref name="login"/>) and password, typed as a person types, sent with Enter.</summary>
    public async Task SignInWithPasswordAsync(string password, string? login = null)
    {
        await GoAsync("/sign-in");
        await Page.GetByLabel("Name or address").PressSequentiallyAsync(login ?? Name);
        await Page.GetByLabel("Password", new() { Exact = true }).PressSequentiallyAsync(password);
        await Page.GetByLabel("Password", new() { Exact = true }).PressAsync("Enter");
        await Assertions.Expect(Page.GetByText("Signed in as")).ToContainTextAsync("(custodial)");
    }

    /// <summary>Signs in with the injected wallet (Sign-In with Ethereum).</summary>
    public async Task SignInWithWalletAsync()
    {
        await GoAsync("/sign-in");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in with wallet" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Signed in as")).ToContainTextAsync("(wallet)");
    }

    /// <summary>
    /// Injects an EIP-1193 provider as <c>window.ethereum</c> into every page: <c>eth_requestAccounts</c> answers the
    /// address, and <c>personal_sign</c> / <c>eth_signTypedData_v4</c> call back into the test, which signs with the
    /// project's key code (<see cref="EthKeys"/>, <see cref="Eip712"/>). The key never enters the page.
    /// </summary>
    public async Task InjectWalletAsync(Address address, byte[] privateKey)
    {
        await context.ExposeFunctionAsync("polityWalletSign", (string method, string data) => Sign(method, data, privateKey));
        await context.AddInitScriptAsync(WalletScript.Replace("ADDRESS", address.Value, StringComparison.Ordinal));
    }

    /// <summary>How many signatures the injected wallet gave.</summary>
    public int WalletSignatures { get; private set; }

    private string Sign(string method, string data, byte[] key)
    {
        WalletSignatures++;
        var digest = method switch
        {
            "personal_sign" => SiweVerifier.PersonalDigest(data.StartsWith("0x", StringComparison.Ordinal) ? Encoding.UTF8.GetString(Convert.FromHexString(data[2..])) : data),
            "eth_signTypedData_v4" => Eip712.HashTypedData(JsonDocument.Parse(data).RootElement),
            _ => throw new InvalidOperationException($"the test wallet does not sign with {method}"),
        };
        return "0x" + Convert.ToHexStringLower(EthKeys.Sign(digest, key));
    }

    private const string WalletScript = """
        (() => {
          const address = 'ADDRESS';
          window.ethereum = {
            isPolityTestWallet: true,
            async request({ method, params }) {
              switch (method) {
                case 'eth_requestAccounts':
                case 'eth_accounts': return [address];
                case 'personal_sign': return await window.polityWalletSign(method, params[0]);
                case 'eth_signTypedData_v4': return await window.polityWalletSign(method, params[1]);
                default: throw new Error('unsupported method ' + method);
              }
            },
          };
        })();
        """;

    /// <summary>The proposal's status as the page shows it.</summary>
    public ILocator Status => Page.Locator("#status");

    /// <summary>The page's "done" message.</summary>
    public ILocator Done => Page.Locator("p.flash.ok");

    /// <summary>The page's error message.</summary>
    public ILocator Error => Page.Locator("p.flash.err");

    /// <summary>The text "N ballot(s)" on a proposal page.</summary>
    public async Task<int> BallotsShownAsync()
    {
        var line = await Page.Locator("#status").Locator("xpath=..").InnerTextAsync();
        return int.Parse(BallotCount().Match(line).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(\d+) ballot\(s\)")]
    private static partial Regex BallotCount();

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
