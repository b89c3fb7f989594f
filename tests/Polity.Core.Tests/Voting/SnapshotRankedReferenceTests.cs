using System.Globalization;
using System.Text.Json;
using Polity.Core.Primitives;
using Polity.Core.Voting;
using static Polity.Core.Tests.Voting.SnapshotReference;

namespace Polity.Core.Tests.Voting;

/// <summary>
/// Snapshot's ranked-choice and copeland scores (../shared/reference/snapshot_voting, cases.json), counted
/// with our methods from the exact decimal balances and compared as doubles with a relative tolerance of 1e-9.
/// </summary>
public sealed class SnapshotRankedReferenceTests
{
    private const string Dir = SnapshotReference.Folder + "/";

    private static JsonElement Type(string name) => ReferenceData.Json(Dir + "cases.json").RootElement.GetProperty("types").GetProperty(name);

    private static JsonElement Votes(JsonElement @case) =>
        @case.GetProperty("votes") is { ValueKind: JsonValueKind.String } link
            ? ReferenceData.Json(Dir + link.GetString()!.Split('#')[0]).RootElement.GetProperty("votes")
            : @case.GetProperty("votes");

    private static string[] Choices(JsonElement proposal) => proposal.GetProperty("choices").EnumerateArray().Select(c => c.GetString()!).ToArray();

    private static string[] Ranking(JsonElement vote, string[] choices) =>
        vote.GetProperty("choice").EnumerateArray().Select(i => i.GetInt32() is var k && k >= 1 && k <= choices.Length ? choices[k - 1] : $"#{k}").ToArray();

    private static HouseCount Count(IVotingMethod method, MethodSettings settings, string[] choices, IEnumerable<(Fraction Weight, string[] Ranking)> votes)
    {
        var options = MethodHarness.Options(choices);
        var valid = votes.Where(v => method.CheckBallot(new Ballot(v.Ranking), options, settings) is null)
            .Select(v => (v.Weight, new Ballot(v.Ranking))).ToArray();
        return MethodHarness.CountExact(method, options, settings, new Ratio(1, 2), valid);
    }

    private static void ShouldMatch(IReadOnlyList<Fraction> ours, IEnumerable<double> expected, string what)
    {
        var e = expected.ToArray();
        ours.Count.ShouldBe(e.Length, what);
        for (var i = 0; i < e.Length; i++)
        {
            var o = ours[i].ToDouble();
            Math.Abs(o - e[i]).ShouldBeLessThanOrEqualTo(1e-9 * Math.Max(1, Math.Abs(e[i])), $"{what}, choice {i + 1}: ours {o}, Snapshot {e[i]}");
        }
    }

    private static void CheckScores(JsonElement @case, IVotingMethod method, MethodSettings settings, bool fullRankingsOnly)
    {
        var choices = Choices(@case.GetProperty("proposal"));
        var votes = Votes(@case).EnumerateArray()
            // Snapshot's copeland takes only full rankings; ours accepts partial ones (unranked rank last), so leave those out here.
            .Where(v => !fullRankingsOnly || v.GetProperty("choice").GetArrayLength() == choices.Length)
            .ToList();
        var expected = @case.GetProperty("expected");
        var name = @case.GetProperty("name").GetString()!;
        if (expected.TryGetProperty("getScores", out var scores))
        {
            var count = Count(method, settings, choices, votes.Select(v => (Exact(v.GetProperty("balance")), Ranking(v, choices))));
            ShouldMatch(count.Support, scores.EnumerateArray().Select(s => s.GetDouble()), name);
        }
        if (expected.TryGetProperty("getScoresByStrategy", out var byStrategy))
        {
            var strategies = @case.GetProperty("strategies").GetArrayLength();
            for (var s = 0; s < strategies; s++)
            {
                var count = Count(method, settings, choices, votes.Select(v => (Exact(v.GetProperty("scores")[s]), Ranking(v, choices))));
                ShouldMatch(count.Support, byStrategy.EnumerateArray().Select(row => row[s].GetDouble()), $"{name}, strategy {s}");
            }
        }
        if (expected.TryGetProperty("getScoresTotal", out var total) && method is RankedMethod)
        {
            var count = Count(method, settings, choices, votes.Select(v => (Exact(v.GetProperty("balance")), Ranking(v, choices))));
            count.Support.Aggregate(Fraction.Zero, (a, b) => a + b).ToDouble().ShouldBe(total.GetDouble(), 1e-9 * total.GetDouble());
        }
    }

    [Fact]
    public void Ranked_choice_scores_are_the_final_instant_runoff_round()
    {
        var cases = Type("ranked-choice").GetProperty("cases").EnumerateArray().ToList();
        cases.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var @case in cases)
        {
            CheckScores(@case, new RankedMethod(), MethodSettings.Empty, fullRankingsOnly: false);
        }
    }

    [Fact]
    public void Ranked_choice_final_rounds_match_get_final_round()
    {
        string[] choices = ["1", "2", "3", "4"];
        foreach (var @case in Type("ranked-choice").GetProperty("getFinalRound").GetProperty("cases").EnumerateArray())
        {
            var count = Count(new RankedMethod(), MethodSettings.Empty, choices,
                @case.GetProperty("votes").EnumerateArray().Select(v => (Exact(v.GetProperty("balance")), Ranking(v, choices))));
            var expected = new double[choices.Length];
            foreach (var entry in @case.GetProperty("expected").EnumerateArray())
            {
                expected[int.Parse(entry[0].GetString()!, CultureInfo.InvariantCulture) - 1] = entry[1][0].GetDouble();
            }
            ShouldMatch(count.Support, expected, @case.GetProperty("name").GetString()!);
        }
    }

    [Fact]
    public void Ranked_choice_refuses_what_snapshot_refuses_except_partial_and_repeated_rankings()
    {
        var rules = Type("ranked-choice").GetProperty("isValidChoice");
        foreach (var valid in rules.GetProperty("valid").EnumerateArray())
        {
            var choices = Choices(valid);
            new RankedMethod().CheckBallot(new Ballot(Ranking(valid, choices)), MethodHarness.Options(choices), MethodSettings.Empty).ShouldBeNull();
        }
        var refused = 0;
        foreach (var invalid in rules.GetProperty("invalid").EnumerateArray())
        {
            if (invalid.GetProperty("choice").ValueKind != JsonValueKind.Array)
            {
                continue; // not an array: our ballots are always lists of names
            }
            var choices = Choices(invalid);
            var check = new RankedMethod().CheckBallot(new Ballot(Ranking(invalid, choices)), MethodHarness.Options(choices), MethodSettings.Empty);
            var why = invalid.GetProperty("why").GetString();
            // RCTab (and we) count partial rankings, and pass over a repeated candidate unless `duplicates: exhaust`.
            if (why is "incomplete ranking" or "duplicate")
            {
                check.ShouldBeNull();
            }
            else
            {
                check.ShouldNotBeNull(why);
                refused++;
            }
        }
        refused.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Copeland_scores_share_out_weight_as_snapshot_does()
    {
        var settings = MethodHarness.Settings(("variant", "copeland"));
        var cases = Type("copeland").GetProperty("cases").EnumerateArray().ToList();
        cases.Count.ShouldBe(5);
        foreach (var @case in cases)
        {
            CheckScores(@case, new CondorcetMethod(), settings, fullRankingsOnly: true);
        }
    }
}
