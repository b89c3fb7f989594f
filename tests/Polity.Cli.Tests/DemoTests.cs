using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Polity.Cli.Tests;

public class DemoTests
{
    [Fact]
    public async Task The_demo_plays_the_worked_example_and_ends_in_a_successful_verify_then_a_hand_edited_row_fails_verify_at_its_seq()
    {
        using var p = new PolityProcess();
        var demo = await p.ExpectAsync(0, "demo");
        demo.Out.ShouldContain("verify OK");
        demo.Out.ShouldContain("QuorumFailed");
        demo.Out.ShouldContain("charter is now version 2");
        File.Exists(p.Path("polity.db")).ShouldBeTrue();

        (await p.ExpectAsync(0, "verify")).Out.ShouldStartWith("verify OK");
        var list = JsonDocument.Parse((await p.ExpectAsync(0, "proposal", "list", "--json")).Out).RootElement;
        list.EnumerateArray().Select(x => x.GetProperty("status").GetString()).ShouldBe(
        [
            "Executed", "QuorumFailed", "Executed", "Executed", // grant, policy, charter amendment, grant under v2
            "Executed", // award of the grant with milestones
            "Executed", "Succeeded", "Succeeded", "Succeeded", "Defeated", "Succeeded", "Succeeded", "Succeeded", // one per voting method
            "Executed", "Executed", // the pb round's opening and its awards
            "Succeeded", // the grant on which the stakeholder map recuses a member
        ]);
        (await p.ExpectAsync(0, "treasury", "show", "--json")).Out.ShouldContain("69800.00");
        demo.Out.ShouldContain("council: Kofi Mensah, Maria Santos");
        demo.Out.ShouldContain("refused Yusuf's quadratic ballot");
        demo.Out.ShouldContain("delegated      1/2: Lena Novak → Maria Santos");
        demo.Out.ShouldContain("by the map: Aiyana Clearwater employed-by Flood Watch Collective, a beneficiary (relationship 2)");
        demo.Out.ShouldContain("river-sites: 9 of 15 sites, 1/2 of the way from the baseline (50%)");

        await using (var db = new SqliteConnection($"Data Source={p.Path("polity.db")};Pooling=false"))
        {
            await db.OpenAsync();
            await using var edit = db.CreateCommand();
            edit.CommandText = "UPDATE events SET body = replace(body, '\"against\"', '\"for\"') WHERE seq = 78";
            (await edit.ExecuteNonQueryAsync()).ShouldBe(1);
        }
        var verify = await p.ExpectAsync(1, "verify");
        verify.Err.ShouldContain("verify FAILED at seq 78");
        var json = JsonDocument.Parse((await p.ExpectAsync(1, "verify", "--json")).Out).RootElement;
        json.GetProperty("failure").GetProperty("seq").GetInt64().ShouldBe(78);
    }

    [Fact]
    public async Task The_demo_refuses_to_overwrite_without_force()
    {
        using var p = new PolityProcess();
        await File.WriteAllTextAsync(p.Path("polity.db"), "");
        (await p.ExpectAsync(2, "demo")).Err.ShouldContain("--force");
    }
}
