using System.Text.Json;

namespace Polity.Cli.Tests;

public class DelegationTests
{
    [Fact]
    public async Task Delegated_weight_follows_its_path_into_the_tally_and_refusals_exit_with_1()
    {
        using var p = new PolityProcess();
        p.Env["POLITY_PASSWORD"] = "demo-password";
        await p.ExpectAsync(0, "demo");
        await p.ExpectAsync(0, "delegate", "revoke", "community", "--as", "lena"); // the demo's own delegation

        (await p.ExpectAsync(0, "delegate", "community", "--to", "tomas=1/2", "--to", "aiyana=50%", "--as", "maria")).Out
            .ShouldContain("delegated in community to Tomás Ruiz 50%, Aiyana Clearwater 50%");
        await p.ExpectAsync(0, "delegate", "community", "--to", "kofi", "--decision-type", "policy", "--as", "tomas");
        (await p.ExpectAsync(1, "delegate", "community", "--to", "maria", "--as", "maria")).Err.ShouldContain("(self-delegation)");
        (await p.ExpectAsync(1, "delegate", "community", "--to", "tomas=2/3", "--to", "kofi=1/2", "--as", "lena")).Err.ShouldContain("(over-delegated)");
        (await p.ExpectAsync(2, "delegate", "community", "--to", "tomas=lots", "--as", "lena")).Err.ShouldContain("NAME=SHARE");
        (await p.ExpectAsync(1, "delegate", "revoke", "community", "--decision-type", "grant", "--as", "tomas")).Err.ShouldContain("(no-delegation)");

        var listed = JsonDocument.Parse((await p.ExpectAsync(0, "delegations", "--house", "community", "--json")).Out).RootElement;
        listed.EnumerateArray().Select(d => (d.GetProperty("fromName").GetString(), d.TryGetProperty("decisionType", out var t) ? t.GetString() : null))
            .ShouldBe([("Maria Santos", null), ("Tomás Ruiz", "policy")]);
        (await p.ExpectAsync(0, "delegations")).Out.ShouldContain("Tomás Ruiz 1/2, Aiyana Clearwater 1/2");

        await p.ExpectAsync(0, "proposal", "create", "--type", "policy", "--title", "Open meetings", "--as", "maria");
        var id = JsonDocument.Parse((await p.ExpectAsync(0, "proposal", "list", "--json")).Out).RootElement.EnumerateArray().Last().GetProperty("id").GetInt64().ToString();
        await p.ExpectAsync(0, "proposal", "submit", id, "--as", "maria");
        await p.ExpectAsync(0, "delegate", "revoke", "community", "--as", "maria"); // too late for this proposal
        await p.ExpectAsync(0, "clock", "advance", "3d", "--as", "convener");
        await p.ExpectAsync(0, "proposal", "vote", id, "for", "--as", "kofi");
        await p.ExpectAsync(0, "proposal", "vote", id, "against", "--as", "aiyana");

        var text = (await p.ExpectAsync(0, "proposal", "tally", id)).Out;
        text.ShouldContain("delegated      1/2: Maria Santos → Tomás Ruiz → Kofi Mensah");
        text.ShouldContain("delegated        1: Tomás Ruiz → Kofi Mensah");
        var community = JsonDocument.Parse((await p.ExpectAsync(0, "proposal", "tally", id, "--json")).Out).RootElement
            .GetProperty("houses").EnumerateArray().Single(h => h.GetProperty("house").GetString() == "community");
        community.GetProperty("turnoutWeight").GetInt64().ShouldBe(4);
        community.GetProperty("delegated").EnumerateArray().Select(d => d.GetProperty("weight").ToString()).Order(StringComparer.Ordinal).ShouldBe(["1", "1/2", "1/2"]);

        // A long fraction reads rounded in the text, like the option and turnout weights; --json keeps it exact.
        await p.ExpectAsync(0, "delegate", "community", "--to", "kofi=1/1001", "--as", "lena");
        await p.ExpectAsync(0, "proposal", "create", "--type", "policy", "--title", "Minutes online", "--as", "maria");
        var next = (long.Parse(id, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await p.ExpectAsync(0, "proposal", "submit", next, "--as", "maria");
        await p.ExpectAsync(0, "clock", "advance", "3d", "--as", "convener");
        await p.ExpectAsync(0, "proposal", "vote", next, "for", "--as", "kofi");
        (await p.ExpectAsync(0, "proposal", "tally", next)).Out.ShouldContain("delegated   ≈0.001: Lena");
        (await p.ExpectAsync(0, "proposal", "tally", next, "--json")).Out.ShouldContain("\"1/1001\"");

        (await p.ExpectAsync(0, "verify")).Out.ShouldStartWith("verify OK");
    }
}
