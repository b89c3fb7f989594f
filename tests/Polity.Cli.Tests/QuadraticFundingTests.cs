using System.Text.Json;

namespace Polity.Cli.Tests;

/// <summary><c>polity qf run</c> on a file in the pluralistic.js case shape, through the real binary.</summary>
public sealed class QuadraticFundingTests : IDisposable
{
    private readonly PolityProcess _p = new();

    public void Dispose() => _p.Dispose();

    private string Round()
    {
        // pluralistic.js "calculates the matches with matching cap" (minimum 0, ignoreSaturation, cap 50 USDC).
        var contributions = new List<object>();
        void Give(string project, params (string Sender, int Usdc)[] gifts) =>
            contributions.AddRange(gifts.Select(g => new { contributor = g.Sender, recipient = project, amount = (g.Usdc * 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Give("project_1", ("sender_1", 1), ("sender_2", 4), ("sender_3", 1), ("sender_4", 9));
        Give("project_2", ("sender_1", 1), ("sender_2", 1), ("sender_3", 1), ("sender_4", 1), ("sender_5", 1), ("sender_6", 1), ("sender_7", 4));
        Give("project_3", ("sender_1", 1), ("sender_2", 9), ("sender_3", 1), ("sender_4", 9), ("sender_5", 1), ("sender_6", 9), ("sender_7", 4));
        var path = _p.Path("round.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            matchAmount = "100000000",
            options = new { minimumAmount = "0", ignoreSaturation = true, matchingCapAmount = "50000000" },
            contributions,
        }));
        return path;
    }

    [Fact]
    public async Task Linear_run_matches_pluralistic_to_the_unit()
    {
        var r = await _p.ExpectAsync(0, "qf", "run", Round(), "--json");
        var projects = JsonDocument.Parse(r.Out).RootElement.GetProperty("projects").EnumerateArray()
            .ToDictionary(p => p.GetProperty("recipient").GetString()!, p => p.GetProperty("matched").GetString());
        projects["project_1"].ShouldBe("19318181");
        projects["project_2"].ShouldBe("30681818");
        projects["project_3"].ShouldBe("50000000");
    }

    [Fact]
    public async Task Flags_override_the_file()
    {
        var r = await _p.ExpectAsync(0, "qf", "run", Round(), "--pool", "10000000", "--cap", "100000000", "--json");
        JsonDocument.Parse(r.Out).RootElement.GetProperty("totalMatched").GetString().ShouldBe("10000000");
    }

    [Fact]
    public async Task Rejects_a_bad_amount_with_a_reason()
    {
        var r = await _p.ExpectAsync(2, "qf", "run", Round(), "--cap", "1.5");
        r.Err.ShouldContain("--cap");
    }
}
