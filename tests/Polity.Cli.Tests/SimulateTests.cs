using System.Security.Cryptography;
using System.Text.Json;

namespace Polity.Cli.Tests;

/// <summary>The demo network, played once for every simulation test (which only read it, or copy it first).</summary>
public sealed class DemoNetwork : IAsyncLifetime
{
    public PolityProcess Process { get; } = new();

    public string Db => Process.Path("polity.db");

    public string Output { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Output = (await Process.ExpectAsync(0, "demo")).Out;
        Output.ShouldContain("verify OK");
    }

    public ValueTask DisposeAsync()
    {
        Process.Dispose();
        return ValueTask.CompletedTask;
    }

    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Db)));
}

public class SimulateTests(DemoNetwork demo) : IClassFixture<DemoNetwork>
{
    private static string Example(string relative) => Path.Combine(AppContext.BaseDirectory, "examples", relative);

    private static readonly string Variant = Example("simulation/commons-fund-v2-quorum.yaml");

    [Fact]
    public async Task Replaying_the_demo_under_its_recorded_charter_history_reproduces_every_outcome_and_writes_nothing()
    {
        var before = demo.Hash();

        var text = await demo.Process.ExpectAsync(0, "simulate");
        var json = JsonDocument.Parse((await demo.Process.ExpectAsync(0, "simulate", "--json")).Out).RootElement;

        text.Out.ShouldContain("Every recorded outcome is reproduced.");
        var proposals = json.GetProperty("history").GetProperty("proposals").EnumerateArray().ToList();
        proposals.Count.ShouldBe(16);
        proposals.ShouldAllBe(p => p.GetProperty("differences").GetArrayLength() == 0
            && p.GetProperty("recorded").GetProperty("outcome").GetString() == p.GetProperty("simulated").GetProperty("outcome").GetString());
        proposals.Select(p => p.GetProperty("recorded").GetProperty("outcome").GetString()).ShouldBe(
            ["passed", "quorum-failed", "passed", "passed", "passed", "passed", "passed", "passed", "passed", "defeated", "passed", "passed", "passed", "passed", "passed", "passed"]);
        demo.Hash().ShouldBe(before);
    }

    [Fact]
    public void The_demo_simulates_a_charter_change_before_its_final_verify()
    {
        var step = demo.Output[demo.Output.IndexOf("== Simulate a charter change", StringComparison.Ordinal)..];

        step.ShouldContain("the recorded charters reproduce all 16 outcomes");
        step.ShouldContain("proposal 4 (grant): passed → quorum-failed — community: quorum met → missed");
        step.ShouldContain("proposal 16 (grant): passed → quorum-failed — community: quorum met → missed");
        step.IndexOf("== Verify", StringComparison.Ordinal).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_higher_community_quorum_turns_two_of_the_demos_grants_into_quorum_failures_and_writes_nothing()
    {
        var before = demo.Hash();

        var text = await demo.Process.ExpectAsync(0, "simulate", "--charter", Variant);
        var json = JsonDocument.Parse((await demo.Process.ExpectAsync(0, "simulate", "--charter", Variant, "--json")).Out).RootElement;

        text.Out.ShouldContain("Changed outcomes (2 of 16):");
        text.Out.ShouldContain("community: quorum met → missed");
        var changed = json.GetProperty("history").GetProperty("proposals").EnumerateArray()
            .Where(p => p.GetProperty("differences").GetArrayLength() > 0).ToList();
        changed.Select(p => p.GetProperty("proposal").GetInt64()).ShouldBe([4, 16]);
        changed.ShouldAllBe(p => p.GetProperty("simulated").GetProperty("outcome").GetString() == "quorum-failed");
        json.GetProperty("summary").GetString()!.ShouldStartWith("2 of 16 proposals would change; passed 14 → 12, quorum failures 1 → 3");
        demo.Hash().ShouldBe(before);
    }

    [Fact]
    public async Task From_a_seq_after_the_fourth_grant_only_the_later_grant_changes()
    {
        var json = JsonDocument.Parse((await demo.Process.ExpectAsync(0, "simulate", "--charter", Variant, "--from", "100", "--json")).Out).RootElement;

        json.GetProperty("history").GetProperty("proposals").EnumerateArray()
            .Where(p => p.GetProperty("differences").GetArrayLength() > 0)
            .Select(p => p.GetProperty("proposal").GetInt64()).ShouldBe([16]);
    }

    [Fact]
    public async Task Charter_errors_name_file_line_and_column_and_exit_2()
    {
        var bad = demo.Process.Path("bad-charter.yaml");
        await File.WriteAllTextAsync(bad, (await File.ReadAllTextAsync(Variant)).Replace("combine: all-houses", "combine: every-house", StringComparison.Ordinal));

        var r = await demo.Process.ExpectAsync(2, "simulate", "--charter", bad);

        r.Err.ShouldMatch($@"{System.Text.RegularExpressions.Regex.Escape(bad)}:\d+:\d+: ");
    }

    [Fact]
    public async Task A_population_run_is_repeatable_from_its_seed_and_needs_no_network()
    {
        using var p = new PolityProcess();
        var args = new[] { "simulate", "--charter", Example("charters/commons-fund-v2.yaml"), "--population", Example("simulation/population.yaml"), "--json" };

        var first = await p.ExpectAsync(0, args);
        var second = await p.ExpectAsync(0, args);

        second.Out.ShouldBe(first.Out);
        var json = JsonDocument.Parse(first.Out).RootElement;
        json.GetProperty("kind").GetString().ShouldBe("population");
        json.GetProperty("population").GetProperty("overall").GetProperty("decided").GetInt32().ShouldBe(80);
        File.Exists(p.Path("polity.db")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_population_spec_error_names_its_line_and_exits_2()
    {
        using var p = new PolityProcess();
        await File.WriteAllTextAsync(p.Path("spec.yaml"), "seed: 1\nhouses:\n  funders: { members: 2, turnout: lots, yes: 50% }\nproposals: { grant: 1 }\n");

        var r = await p.ExpectAsync(2, "simulate", "--charter", Example("charters/commons-fund-v2.yaml"), "--population", "spec.yaml");

        r.Err.ShouldContain("spec.yaml:3:");
        r.Err.ShouldContain("'turnout' must be a share");
    }

    [Fact]
    public async Task An_amendment_attaches_the_report_of_its_charter_and_proposal_show_displays_it()
    {
        using var p = new PolityProcess();
        File.Copy(demo.Db, p.Path("polity.db"));
        CopyDirectory(demo.Process.Path("polity-keys"), p.Path("polity-keys"));
        p.Env["POLITY_PASSWORD"] = "demo-password";
        await File.WriteAllTextAsync(p.Path("amend.yaml"), $"type: amend-charter\ntitle: Raise the community quorum\nactions:\n  - amend-charter: {{ file: {Variant} }}\n");
        await p.ExpectAsync(0, "simulate", "--charter", Variant, "--out", "report.json");
        var reportHash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(p.Path("report.json"))));

        await p.ExpectAsync(0, "--as", "maria", "proposal", "create", "--file", "amend.yaml", "--simulation", "report.json");
        var shown = JsonDocument.Parse((await p.ExpectAsync(0, "proposal", "show", "17", "--json")).Out).RootElement.GetProperty("simulation");
        var text = await p.ExpectAsync(0, "proposal", "show", "17");

        shown.GetProperty("reportSha256").GetString().ShouldBe(reportHash);
        shown.GetProperty("summary").GetString()!.ShouldStartWith("2 of 16 proposals would change");
        text.Out.ShouldContain($"simulation report sha256 {reportHash}");
        (await p.ExpectAsync(1, "--as", "maria", "proposal", "create", "--type", "policy", "--title", "x", "--simulation", "report.json"))
            .Err.ShouldContain("not-an-amendment");
        (await p.ExpectAsync(0, "verify")).Out.ShouldStartWith("verify OK");
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
