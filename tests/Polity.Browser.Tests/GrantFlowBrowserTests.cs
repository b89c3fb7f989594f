using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Polity.Core.Primitives;
using Polity.Server.Tests;

namespace Polity.Browser.Tests;

/// <summary>
/// A grant carried from draft to executed in Chromium, through the pages only, by two stakeholders of two houses:
/// c1 (community) signs every step in an injected wallet; g3 (grantees) signs in with a password and the server
/// signs for them. Only the operator's simulated clock moves outside the page (it has no page: it stands for time passing).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GrantFlowBrowserTests(BrowserFixture browser)
{
    private ServerFixture Server => browser.Server;

    [Fact]
    public async Task A_grant_goes_from_draft_to_executed_with_a_wallet_member_and_a_custodial_member()
    {
        const string title = "River gauges for the lower basin";
        var payee = Server.Net.Who("g4");
        using var op = await Server.CustodialAsync("operator");
        var before = await BalanceAsync(op, payee);

        await using var wallet = await browser.OpenAsync("c1");
        await wallet.InjectWalletAsync(Server.Net.Who("c1"), ServerFixture.PrivateKeyOf("c1"));
        await wallet.SignInWithWalletAsync();
        (await wallet.Page.InnerTextAsync("header")).ShouldContain(Server.Net.Who("c1").Value);
        await wallet.ShotAsync("signed-in");

        // Draft: the form, filled in and signed in the wallet (EIP-712).
        await wallet.GoAsync("/proposals");
        await wallet.Page.GetByLabel("Decision type").SelectOptionAsync("grant");
        await wallet.Page.GetByLabel("Title").FillAsync(title);
        await wallet.Page.GetByLabel("The case for it").FillAsync("Six gauges so the basin sees floods coming.");
        await wallet.Page.GetByLabel("Pay to (address)").FillAsync(payee.Value);
        await wallet.Page.GetByLabel("Amount").FillAsync("1000.00");
        await wallet.Page.GetByLabel("Asset").SelectOptionAsync("EUR");
        await wallet.ShotAsync("draft-form");
        await wallet.Page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await Assertions.Expect(wallet.Done).ToContainTextAsync("v1.proposal-created");
        await wallet.Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(wallet.Status).ToHaveTextAsync("Draft");
        await Assertions.Expect(wallet.Page.GetByText("transfer 1000.00 EUR to G4")).ToBeVisibleAsync();
        await wallet.ShotAsync("draft");
        var proposalPath = new Uri(wallet.Page.Url).AbsolutePath;

        await wallet.Page.GetByRole(AriaRole.Button, new() { Name = "Submit for deliberation" }).ClickAsync();
        await Assertions.Expect(wallet.Status).ToHaveTextAsync("Deliberation");
        await wallet.ShotAsync("deliberation");

        await ServerFixture.AdvanceAsync(op, Duration.FromDays(7));
        await wallet.GoAsync(proposalPath);
        await Assertions.Expect(wallet.Status).ToHaveTextAsync("Voting");
        await wallet.Page.GetByLabel("for", new() { Exact = true }).CheckAsync();
        await wallet.Page.GetByRole(AriaRole.Button, new() { Name = "Cast ballot" }).ClickAsync();
        await Assertions.Expect(wallet.Done).ToContainTextAsync("v1.ballot-cast");
        (await wallet.BallotsShownAsync()).ShouldBe(1);
        await wallet.ShotAsync("voted");

        // The custodial member of the other house: password, keyboard only for the ballot.
        await using var custodial = await browser.OpenAsync("g3");
        await custodial.SignInWithPasswordAsync("pw-g3");
        await custodial.ShotAsync("signed-in");
        await custodial.GoAsync(proposalPath);
        await custodial.Page.GetByLabel("for", new() { Exact = true }).FocusAsync();
        await custodial.Page.Keyboard.PressAsync("Space");
        await custodial.Page.GetByRole(AriaRole.Button, new() { Name = "Cast ballot" }).FocusAsync();
        await custodial.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(custodial.Done).ToContainTextAsync("v1.ballot-cast");
        (await custodial.BallotsShownAsync()).ShouldBe(2);
        await Assertions.Expect(custodial.Page.Locator("#tally")).ToContainTextAsync("grantees");
        await custodial.ShotAsync("voted");
        // The wallet member's page, left open, shows the other house's ballot live (server-sent events), unreloaded.
        await Assertions.Expect(wallet.Page.Locator("#tally tbody tr", new() { HasText = "grantees" }).Locator("td").Nth(1)).ToHaveTextAsync("1");
        await wallet.ShotAsync("live-tally");

        await ServerFixture.AdvanceAsync(op, Duration.FromDays(5));
        await wallet.GoAsync(proposalPath);
        await Assertions.Expect(wallet.Status).ToHaveTextAsync("Succeeded");
        await wallet.Page.GetByRole(AriaRole.Button, new() { Name = "Queue" }).ClickAsync();
        await Assertions.Expect(wallet.Status).ToHaveTextAsync("Queued");
        await wallet.ShotAsync("queued");

        await ServerFixture.AdvanceAsync(op, Duration.FromDays(2));
        await custodial.GoAsync(proposalPath);
        await custodial.Page.GetByRole(AriaRole.Button, new() { Name = "Execute" }).ClickAsync();
        await Assertions.Expect(custodial.Status).ToHaveTextAsync("Executed");
        await custodial.ShotAsync("executed");

        // Draft, submit, ballot and queue were each signed in the wallet; the sign-in was one more signature.
        wallet.WalletSignatures.ShouldBe(5);
        (await BalanceAsync(op, payee)).ShouldBe(before + 100_000);
        await custodial.GoAsync("/treasury");
        await custodial.ShotAsync("treasury");
    }

    private static async Task<long> BalanceAsync(HttpClient client, Address who)
    {
        var treasury = await client.GetFromJsonAsync<JsonObject>("/api/treasury");
        return treasury!["accounts"]!.AsArray()
            .Where(a => a!["account"]!.GetValue<string>().Contains(who.Value, StringComparison.Ordinal) && a["asset"]!.GetValue<string>() == "EUR")
            .Sum(a => a!["minor"]!.GetValue<long>());
    }
}
