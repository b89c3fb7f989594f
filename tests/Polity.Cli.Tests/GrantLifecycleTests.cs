using System.Text.Json;

namespace Polity.Cli.Tests;

/// <summary>One grant carried through the real binary, from application to its first disbursement and its close.</summary>
public sealed class GrantLifecycleTests : IDisposable
{
    private readonly PolityProcess _p = new();

    public void Dispose() => _p.Dispose();

    private async Task<JsonElement> JsonAsync(params string[] args) => JsonDocument.Parse((await _p.ExpectAsync(0, [.. args, "--json"])).Out).RootElement;

    private Task FoundAsync() => _p.FoundExampleNetworkAsync();

    [Fact]
    public async Task A_grant_goes_from_application_through_review_award_report_and_attestation_to_its_first_tranche_and_closes()
    {
        await FoundAsync();
        (await _p.ExpectAsync(0, "grant", "apply", "--title", "Seed bank", "--asset", "EUR", "--amount", "3000", "--program", "small-grants",
            "--milestone", "Seed bank open=1000", "--milestone", "Catalogue published=2000", "--objective", "Keep local seeds", "--as", "gr"))
            .Out.ShouldEndWith("grant 1 applied: Seed bank\n");
        (await _p.ExpectAsync(1, "grant", "review", "1", "--verdict", "eligible", "--as", "gr")).Err.ShouldContain("(not-a-reviewer)");
        (await _p.ExpectAsync(0, "grant", "review", "1", "--verdict", "eligible", "--note", "fits", "--as", "rev")).Out.ShouldEndWith("grant 1 reviewed: Eligible\n");

        var award = _p.Path("award.yaml");
        await File.WriteAllTextAsync(award, """
            type: grant
            title: Award grant 1
            actions:
              - allocate-budget: { budget: small-grants, asset: EUR, amount: "3000" }
              - award-grant: { grant: 1 }
            """);
        await _p.ExpectAsync(0, "proposal", "create", "--file", award, "--as", "v1");
        (await _p.ExpectAsync(0, "proposal", "show", "1")).Out.ShouldContain("award grant 1: 3000.00 EUR to gr in 2 milestone(s) from budget small-grants");
        await _p.ExpectAsync(0, "proposal", "submit", "1", "--as", "v1");
        await _p.ExpectAsync(0, "clock", "advance", "7d", "--as", "op");
        (await _p.ExpectAsync(1, "proposal", "vote", "1", "for", "--as", "gr")).Err.ShouldContain("(recused)");
        foreach (var voter in new[] { "v1", "v2", "w" })
        {
            await _p.ExpectAsync(0, "proposal", "vote", "1", "for", "--as", voter);
        }
        await _p.ExpectAsync(0, "clock", "advance", "5d", "--as", "op");
        await _p.ExpectAsync(0, "proposal", "queue", "1", "--as", "v1");
        await _p.ExpectAsync(0, "clock", "advance", "2d", "--as", "op");
        await _p.ExpectAsync(0, "proposal", "execute", "1", "--as", "v1");

        await _p.ExpectAsync(0, "grant", "report", "1", "--milestone", "1", "--text", "Open on Saturdays", "--as", "gr");
        (await _p.ExpectAsync(1, "grant", "disburse", "1", "--milestone", "1", "--as", "rev")).Err.ShouldContain("(not-attested)");
        await _p.ExpectAsync(0, "grant", "attest", "1", "--milestone", "1", "--note", "visited", "--as", "rev");
        (await _p.ExpectAsync(1, "grant", "disburse", "1", "--milestone", "1", "--amount", "1000.01", "--as", "rev")).Err.ShouldContain("(over-disbursement)");
        (await _p.ExpectAsync(0, "grant", "disburse", "1", "--milestone", "1", "--memo", "ref 1", "--as", "rev")).Out
            .ShouldEndWith("grant 1 milestone 1: 1000.00 EUR paid out\n");

        var grant = await JsonAsync("grant", "show", "1");
        grant.GetProperty("status").GetString().ShouldBe("Awarded");
        var progress = grant.GetProperty("progress");
        (progress.GetProperty("milestonesAttested").GetInt32(), progress.GetProperty("milestones").GetInt32()).ShouldBe((1, 2));
        (progress.GetProperty("moneyOut").GetString(), progress.GetProperty("awarded").GetString(), progress.GetProperty("moneyOutShare").GetString())
            .ShouldBe(("1000.00", "3000.00", "33.33%"));
        grant.GetProperty("objectives").EnumerateArray().Select(o => o.GetString()).ShouldBe(["Keep local seeds"]);
        grant.GetProperty("trail").EnumerateArray().Select(t => t.GetProperty("what").GetString()).ShouldBe(
            ["applied for 3000.00 EUR", "reviewed: eligible", "awarded 3000.00 EUR by proposal 1", "milestone 1 reported", "milestone 1 attested", "milestone 1: 1000.00 EUR paid out"]);
        (await _p.ExpectAsync(0, "grant", "list")).Out.ShouldContain("milestones 1/2 attested, 1000.00 of 3000.00 EUR paid out (33.33%)");
        (await _p.ExpectAsync(0, "grant", "show", "1")).Out.ShouldContain("milestone 1: Seed bank open — 1000.00 EUR, Paid");

        var journal = await JsonAsync("treasury", "journal", "--account", "grant:1");
        journal.EnumerateArray().Select(e => e.GetProperty("authority").GetString()).ShouldBe(["proposal 1", "grant 1 milestone 1"]);
        var accounts = (await JsonAsync("treasury", "accounts")).EnumerateArray()
            .ToDictionary(a => a.GetProperty("account").GetString()!, a => a.GetProperty("amount").GetString());
        accounts["treasury"].ShouldBe("7000.00");
        accounts["budget:small-grants"].ShouldBe("0.00");
        accounts["grant:1"].ShouldBe("2000.00");
        accounts.Where(a => a.Key.StartsWith("payee:", StringComparison.Ordinal)).ShouldHaveSingleItem().Value.ShouldBe("1000.00");
        accounts.Where(a => a.Key.StartsWith("funder:", StringComparison.Ordinal)).ShouldHaveSingleItem().Value.ShouldBe("-10000.00");
        (await _p.ExpectAsync(2, "treasury", "journal", "--account", "bank")).Err.ShouldContain("is not an account");

        (await _p.ExpectAsync(0, "grant", "close", "1", "--report", "Catalogue dropped; seed bank runs.", "--as", "gr")).Out.ShouldEndWith("grant 1 closed\n");
        var budget = (await JsonAsync("treasury", "budgets")).EnumerateArray().ShouldHaveSingleItem();
        (budget.GetProperty("allocated").GetString(), budget.GetProperty("available").GetString(), budget.GetProperty("cap").GetString())
            .ShouldBe(("3000.00", "2000.00", "20000.00"));
        (await _p.ExpectAsync(0, "verify")).Out.ShouldStartWith("verify OK");
    }
}
