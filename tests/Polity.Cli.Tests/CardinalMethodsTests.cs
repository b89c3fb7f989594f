using System.Text.Json;

namespace Polity.Cli.Tests;

/// <summary>Consent and conviction from the command line: blocks, withdrawals and changing stakes.</summary>
public sealed class CardinalMethodsTests : IDisposable
{
    private readonly PolityProcess _p = new();

    public void Dispose() => _p.Dispose();

    /// <summary>The small example network (<see cref="PolityProcess.FoundSmallNetworkAsync"/>) with one method swapped in.</summary>
    private async Task StartAsync(string from, string to)
    {
        var charter = _p.Path("charter.yaml");
        var text = await File.ReadAllTextAsync(PolityProcess.ExampleCharter);
        text.ShouldContain(from);
        await File.WriteAllTextAsync(charter, text.Replace(from, to, StringComparison.Ordinal));
        await _p.FoundSmallNetworkAsync(charter);
    }

    [Fact]
    public async Task A_block_stops_a_consent_decision_until_its_author_withdraws_it()
    {
        await StartAsync("voting: { method: choice, period: 5d }", "voting: { method: consent, period: 5d }");
        await _p.ExpectAsync(0, "proposal", "create", "--type", "policy", "--title", "Open data by default", "--as", "alice");
        await _p.ExpectAsync(0, "proposal", "submit", "1", "--as", "alice");
        await _p.ExpectAsync(0, "proposal", "block", "1", "It would publish home addresses.", "--as", "bob");
        await _p.ExpectAsync(0, "proposal", "comment", "1", "Addresses are excluded.", "--reply-to", "1", "--as", "alice");
        (await _p.ExpectAsync(1, "proposal", "withdraw", "1", "1", "--as", "alice")).Err.ShouldContain("(not-author)");
        await _p.ExpectAsync(0, "clock", "advance", "3d", "--as", "op");
        foreach (var voter in new[] { "alice", "dave", "bob", "carol" })
        {
            await _p.ExpectAsync(0, "proposal", "vote", "1", "consent", "--as", voter);
        }
        (await _p.ExpectAsync(0, "proposal", "tally", "1")).Out.ShouldMatch(@"block #1 by 0x[0-9a-fA-F]{40} stands: It would publish home addresses\.");
        await _p.ExpectAsync(0, "proposal", "withdraw", "1", "1", "--as", "bob");
        (await _p.ExpectAsync(0, "proposal", "show", "1")).Out.ShouldContain("#1 block by bob (withdrawn");
        (await _p.ExpectAsync(1, "proposal", "withdraw", "1", "1", "--as", "bob")).Err.ShouldContain("(already-withdrawn)");
        await _p.ExpectAsync(0, "clock", "advance", "5d", "--as", "op");
        var tally = JsonDocument.Parse((await _p.ExpectAsync(0, "proposal", "tally", "1", "--json")).Out).RootElement;
        tally.GetProperty("outcome").GetString().ShouldBe("Succeeded");
        tally.GetProperty("passed").EnumerateArray().Single().GetString().ShouldBe("for");
        await _p.ExpectAsync(0, "verify");
    }

    [Fact]
    public async Task Conviction_stakes_may_change_and_the_tally_shows_the_curve()
    {
        await StartAsync("voting: { method: approval, period: 5d }", "voting: { method: conviction, period: 5d, step: 1d, half-life: 1d }");
        var file = _p.Path("grant.yaml");
        await File.WriteAllTextAsync(file, """
            type: grant
            title: Seed library shelves
            actions:
              - transfer: { asset: EUR, amount: "10", to: alice, memo: shelves }
            """);
        await _p.ExpectAsync(0, "proposal", "create", "--file", file, "--as", "bob");
        await _p.ExpectAsync(0, "proposal", "submit", "1", "--as", "bob");
        await _p.ExpectAsync(0, "clock", "advance", "7d", "--as", "op");
        (await _p.ExpectAsync(1, "proposal", "vote", "1", "for=2", "--as", "bob")).Err.ShouldContain("more than your weight of 1");
        await _p.ExpectAsync(0, "proposal", "vote", "1", "for=0", "--as", "bob");
        await _p.ExpectAsync(0, "proposal", "vote", "1", "for=1", "--as", "bob");
        await _p.ExpectAsync(0, "proposal", "vote", "1", "for=1", "--as", "dave");
        await _p.ExpectAsync(0, "clock", "advance", "5d", "--as", "op");
        // S = 1 in each house (alice is recused), r/R = 0.2%: τ = 2.5% / (½ · 19.8%²) ≈ 1.275; conviction 1.9375.
        var text = (await _p.ExpectAsync(0, "proposal", "tally", "1")).Out;
        text.ShouldContain("α = 0.500000000000000000 per 1d step");
        text.ShouldContain("conviction 1.938 of threshold 1.275 (reached)");
        var tally = JsonDocument.Parse((await _p.ExpectAsync(0, "proposal", "tally", "1", "--json")).Out).RootElement;
        tally.GetProperty("outcome").GetString().ShouldBe("Succeeded");
        await _p.ExpectAsync(0, "proposal", "queue", "1", "--as", "bob");
        await _p.ExpectAsync(0, "verify");
    }
}
