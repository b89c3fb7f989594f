using Microsoft.Playwright;
using Polity.Server.Tests;

namespace Polity.Browser.Tests;

/// <summary>What the charter allows, as a person at the page sees it: anonymous visitors read, only the electorate votes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessBrowserTests(BrowserFixture browser)
{
    private ServerFixture Server => browser.Server;

    [Fact]
    public async Task An_anonymous_visitor_reads_a_proposal_but_a_ballot_sends_them_to_sign_in_and_counts_nothing()
    {
        var id = await Server.OpenVotingAsync("Anonymous readers welcome");
        await using var visitor = await browser.OpenAsync("anonymous");
        await visitor.GoAsync($"/proposals/{id}");
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Anonymous readers welcome");
        await Assertions.Expect(visitor.Status).ToHaveTextAsync("Voting");
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await visitor.ShotAsync("proposal");

        await visitor.Page.GetByLabel("for", new() { Exact = true }).CheckAsync();
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Cast ballot" }).ClickAsync();
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        new Uri(visitor.Page.Url).AbsolutePath.ShouldBe("/sign-in");
        await visitor.ShotAsync("sent-to-sign-in");

        using var reader = Server.Client();
        (await ServerFixture.BallotsAsync(reader, id)).ShouldBe(0);
    }

    [Fact]
    public async Task An_anonymous_visitor_cannot_draft_a_proposal()
    {
        await using var visitor = await browser.OpenAsync("anonymous");
        await visitor.GoAsync("/proposals");
        await visitor.Page.GetByLabel("Title").FillAsync("Written by nobody");
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await visitor.GoAsync("/proposals");
        await Assertions.Expect(visitor.Page.GetByText("Written by nobody")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_funder_cannot_vote_on_a_grant_that_only_community_and_grantees_decide()
    {
        var id = await Server.OpenVotingAsync("Funders watch this one");
        await using var funder = await browser.OpenAsync("f1");
        await funder.InjectWalletAsync(Server.Net.Who("f1"), ServerFixture.PrivateKeyOf("f1"));
        await funder.SignInWithWalletAsync();
        await funder.GoAsync($"/proposals/{id}");
        await funder.Page.GetByLabel("for", new() { Exact = true }).CheckAsync();
        await funder.Page.GetByRole(AriaRole.Button, new() { Name = "Cast ballot" }).ClickAsync();
        await Assertions.Expect(funder.Error).ToContainTextAsync("not-in-electorate");
        await funder.ShotAsync("refused");
        (await funder.BallotsShownAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_custodial_member_outside_the_voting_houses_is_refused_too()
    {
        var id = await Server.OpenVotingAsync("The operator has no house");
        await using var op = await browser.OpenAsync("operator");
        await op.SignInWithPasswordAsync("pw-operator");
        await op.GoAsync($"/proposals/{id}");
        await op.Page.GetByLabel("for", new() { Exact = true }).CheckAsync();
        await op.Page.GetByRole(AriaRole.Button, new() { Name = "Cast ballot" }).ClickAsync();
        await Assertions.Expect(op.Error).ToContainTextAsync("not-in-electorate");
        (await op.BallotsShownAsync()).ShouldBe(0);
    }
}
