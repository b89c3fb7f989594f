using System.Text.Json;

namespace Polity.Cli.Tests;

/// <summary><c>polity tally ranked</c> against a small generic-CSV contest, driving the real binary.</summary>
public sealed class TallyRankedTests : IDisposable
{
    private readonly PolityProcess _p = new();

    public void Dispose() => _p.Dispose();

    private string Contest(string tiebreak, string csv)
    {
        File.WriteAllText(_p.Path("votes.csv"), csv);
        var config = new
        {
            outputSettings = new { contestName = "Fruit", contestDate = "", contestJurisdiction = "Town", contestOffice = "Snack" },
            cvrFileSources = new[]
            {
                new { filePath = "votes.csv", provider = "genericCsv", firstVoteColumnIndex = "2", firstVoteRowIndex = "2", idColumnIndex = "1", undeclaredWriteInLabel = "" },
            },
            candidates = new[] { new { name = "Apple", excluded = false }, new { name = "Banana", excluded = false }, new { name = "Cherry", excluded = false } },
            rules = new
            {
                tiebreakMode = tiebreak, overvoteRule = "exhaustImmediately", winnerElectionMode = "singleWinnerMajority",
                numberOfWinners = "1", decimalPlacesForVoteArithmetic = "4", maxSkippedRanksAllowed = "1", maxRankingsAllowed = "max",
            },
        };
        var path = _p.Path("fruit_config.json");
        File.WriteAllText(path, JsonSerializer.Serialize(config));
        return path;
    }

    [Fact]
    public async Task Prints_the_rounds_and_writes_rctab_summaries()
    {
        var config = Contest("useCandidateOrder", "id,Apple,Banana,Cherry\n1,1,,\n2,1,,\n3,,1,\n4,,1,2\n5,2,,1\n");

        var r = await _p.ExpectAsync(0, "tally", "ranked", "--config", config, "--out", _p.Path("out"));

        r.Out.ShouldContain("Round 1 (threshold 3)");
        r.Out.ShouldContain("eliminated Cherry");
        r.Out.ShouldContain("Winner(s): Apple");
        var summary = JsonDocument.Parse(File.ReadAllText(_p.Path(Path.Combine("out", "fruit_summary.json")))).RootElement;
        summary.GetProperty("results")[1].GetProperty("tally").GetProperty("Apple").GetString().ShouldBe("3");
        summary.GetProperty("summary").GetProperty("totalNumBallots").GetString().ShouldBe("5");
        File.Exists(_p.Path(Path.Combine("out", "fruit_summary.csv"))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_tie_that_needs_a_human_is_refused_with_exit_1()
    {
        var config = Contest("stopCountingAndAsk", "id,Apple,Banana,Cherry\n1,1,,\n2,1,,\n3,,1,\n4,,,1\n");

        var r = await _p.ExpectAsync(1, "tally", "ranked", "--config", config);

        r.Err.ShouldContain("interactive");
    }

    [Fact]
    public async Task A_missing_config_is_bad_input()
    {
        var r = await _p.ExpectAsync(2, "tally", "ranked", "--config", _p.Path("nope.json"));

        r.Err.ShouldContain("no config");
    }
}
