using System.Text.Json;

namespace Polity.Cli.Tests;

public class RoundTests
{
    [Fact]
    public async Task The_demos_round_runs_from_its_opening_to_a_first_disbursement_and_the_round_commands_show_and_refuse_as_the_rules_say()
    {
        using var p = new PolityProcess();
        p.Env["POLITY_PASSWORD"] = "demo-password";
        var demo = await p.ExpectAsync(0, "demo");
        demo.Out.ShouldContain("refused Green Roofs' application after applications closed: round 'basin-2027' is in its Review phase");
        demo.Out.ShouldContain("refused River Foundation's ballot (the round is voted by the community house)");
        demo.Out.ShouldContain("pool 6000.00, awarded 5200.00, remainder 800.00 EUR");
        demo.Out.ShouldContain("the secretariat pays the first tranche of the round: 1250.00 EUR to Flood Watch Collective");

        var list = JsonDocument.Parse((await p.ExpectAsync(0, "round", "list", "--json")).Out).RootElement;
        list.EnumerateArray().Select(r => (r.GetProperty("id").GetString(), r.GetProperty("phase").GetString(), r.GetProperty("balance").GetString()))
            .ShouldBe([("basin-2027", "Result", "800.00")]);
        var result = JsonDocument.Parse((await p.ExpectAsync(0, "round", "result", "basin-2027", "--json")).Out).RootElement;
        result.GetProperty("final").GetBoolean().ShouldBeTrue();
        result.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("selected").GetBoolean()).Select(l => l.GetProperty("grant").GetInt64())
            .ShouldBe([2L, 3L, 5L]);
        var show = (await p.ExpectAsync(0, "round", "show", "basin-2027")).Out;
        show.ShouldContain("pb: mes+add1, approval ballots; phase Result");
        show.ShouldContain("voters: members of community");
        show.ShouldContain("objective: Fewer homes flooded in the lower basin");
        var grant = JsonDocument.Parse((await p.ExpectAsync(0, "grant", "show", "2", "--json")).Out).RootElement;
        grant.GetProperty("progress").GetProperty("moneyOut").GetString().ShouldBe("1250.00");
        (await p.ExpectAsync(0, "treasury", "journal", "--account", "round:basin-2027")).Out.ShouldContain("pool of round basin-2027");

        (await p.ExpectAsync(1, "round", "ballot", "basin-2027", "2", "--as", "maria")).Err.ShouldContain("(voting-closed)");
        (await p.ExpectAsync(1, "round", "contribute", "basin-2027", "--grant", "2", "--amount", "5", "--as", "maria")).Err.ShouldContain("(voting-closed)");
        (await p.ExpectAsync(1, "round", "award", "basin-2027", "--as", "maria")).Err.ShouldContain("(wrong-status)");
        (await p.ExpectAsync(2, "round", "show", "nope")).Err.ShouldContain("there is no round 'nope'");

        var file = p.Path("open-round.yaml");
        await File.WriteAllTextAsync(file, """
            type: grant
            title: Open a matching round
            actions:
              - open-round:
                  id: match-2027
                  title: Matching round 2027
                  kind: qf
                  rule: cocm
                  asset: EUR
                  pool: 1000
                  applications: 7d
                  review: 3d
                  voting: 7d
                  cap: 400
                  minimum: 5
                  objectives: [Food security in dry summers]
            """);
        await p.ExpectAsync(0, "proposal", "create", "--file", file, "--as", "maria");
        var drafted = (await p.ExpectAsync(0, "log", "show", "--json")).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        drafted.ShouldContain("\"kind\":\"open-round\"");
        drafted.ShouldContain("\"cap\":40000,\"id\":\"match-2027\",\"kind\":\"qf\",\"minimum\":500");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("rule: cocm", "rule: borda", StringComparison.Ordinal));
        (await p.ExpectAsync(1, "proposal", "create", "--file", file, "--as", "maria")).Err.ShouldContain("(bad-rule)");
    }
}
