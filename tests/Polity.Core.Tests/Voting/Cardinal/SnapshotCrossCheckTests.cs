using System.Numerics;
using System.Text.Json;
using Polity.Core.Primitives;
using Polity.Core.Voting;
using Polity.Core.Voting.Cardinal;
using static Polity.Core.Tests.Voting.SnapshotReference;

namespace Polity.Core.Tests.Voting.Cardinal;

/// <summary>
/// Every Snapshot (snapshot.js) scoring case for single-choice, approval and weighted, counted with our
/// methods. Balances are converted from their decimal text to exact weights; our exact result, turned into a
/// double, must match Snapshot's within a relative 1e-9. Votes our ballot check refuses are not counted,
/// as Snapshot drops invalid votes.
/// </summary>
public sealed class SnapshotCrossCheckTests
{
    private const string Folder = SnapshotReference.Folder;
    private const double Tolerance = 1e-9;

    private static readonly Dictionary<string, IVotingMethod> Methods = new()
    {
        ["single-choice"] = new ChoiceMethod(),
        ["approval"] = new ApprovalMethod(),
        ["weighted"] = new WeightedMethod(),
    };

    public static TheoryData<string, int> Cases()
    {
        using var doc = ReferenceData.Json($"{Folder}/cases.json");
        var data = new TheoryData<string, int>();
        foreach (var type in Methods.Keys)
        {
            for (var i = 0; i < doc.RootElement.GetProperty("types").GetProperty(type).GetProperty("cases").GetArrayLength(); i++)
            {
                data.Add(type, i);
            }
        }
        return data;
    }

    [Fact]
    public void Seven_cases_are_cross_checked() => Cases().Count.ShouldBe(7);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Our_count_gives_snapshots_scores(string type, int index)
    {
        using var doc = ReferenceData.Json($"{Folder}/cases.json");
        var @case = doc.RootElement.GetProperty("types").GetProperty(type).GetProperty("cases")[index];
        var method = Methods[type];
        var options = MethodHarness.Options([.. Enumerable.Range(1, @case.GetProperty("proposal").GetProperty("choices").GetArrayLength()).Select(i => $"c{i}")]);
        using var votesDoc = Votes(@case.GetProperty("votes"));
        var votes = (votesDoc?.RootElement.GetProperty("votes") ?? @case.GetProperty("votes")).EnumerateArray()
            .Select(v => (Ballot: ToBallot(type, v.GetProperty("choice")), Balance: Exact(v.GetProperty("balance")),
                Scores: v.GetProperty("scores").EnumerateArray().Select(Exact).ToArray()))
            .Where(v => v.Ballot is not null && method.CheckBallot(v.Ballot, options, MethodSettings.Empty) is null)
            .ToList();
        var expected = @case.GetProperty("expected");

        var count = Count(method, options, votes.Select(v => (v.Balance, v.Ballot!)));
        Near(count.Support, expected.GetProperty("getScores"), $"{type} #{index} scores");
        if (expected.TryGetProperty("getScoresTotal", out var total))
        {
            count.Decisive.ToDouble().ShouldBe(total.GetDouble(), Tolerance * total.GetDouble(), $"{type} #{index} total");
        }
        if (expected.TryGetProperty("getScoresByStrategy", out var byStrategy))
        {
            for (var s = 0; s < @case.GetProperty("strategies").GetArrayLength(); s++)
            {
                var perStrategy = Count(method, options, votes.Select(v => (v.Scores[s], v.Ballot!)));
                Near(perStrategy.Support, byStrategy.EnumerateArray().Select(x => x[s]), $"{type} #{index} strategy {s}");
            }
        }
    }

    [Fact]
    public void Weighted_refuses_the_all_zero_vote_snapshot_ignores()
    {
        var options = MethodHarness.Options("c1", "c2", "c3", "c4");
        new WeightedMethod().CheckBallot(new Ballot(["c1", "c2", "c3"], [0, 0, 0]), options, MethodSettings.Empty).ShouldNotBeNull();
    }

    private static JsonDocument? Votes(JsonElement votes) =>
        votes.ValueKind == JsonValueKind.String ? ReferenceData.Json($"{Folder}/{votes.GetString()!.Split('#')[0]}") : null;

    private static HouseCount Count(IVotingMethod method, IReadOnlyList<Polity.Core.Events.ProposalOption> options, IEnumerable<(Fraction Weight, Ballot Ballot)> ballots) =>
        MethodHarness.CountExact(method, options, MethodSettings.Empty, Ratio.Zero, ballots);

    /// <summary>Snapshot's choice encodings as our ballots: 1-based indexes become option names c1, c2, …</summary>
    private static Ballot? ToBallot(string type, JsonElement choice) => (type, choice.ValueKind) switch
    {
        ("single-choice", JsonValueKind.Number) => new Ballot([$"c{choice.GetInt64()}"]),
        ("approval", JsonValueKind.Array) => new Ballot([.. choice.EnumerateArray().Select(c => $"c{c.GetInt64()}")]),
        ("weighted", JsonValueKind.Object) => new Ballot([.. choice.EnumerateObject().Select(p => $"c{p.Name}")], WholeShares(choice)),
        _ => null,
    };

    /// <summary>
    /// Weighted shares are relative, so Snapshot's decimal shares (0.3, 0.2, 0.5) become whole numbers in the
    /// same proportion (3, 2, 5) by scaling every share of the vote by the same power of ten.
    /// </summary>
    private static long[] WholeShares(JsonElement choice)
    {
        var shares = choice.EnumerateObject().Select(p => Exact(p.Value)).ToArray();
        var scale = shares.Aggregate(BigInteger.One, (lcm, f) => lcm * f.Denominator / BigInteger.GreatestCommonDivisor(lcm, f.Denominator));
        return [.. shares.Select(f => (long)(f * scale).Numerator)];
    }

    private static void Near(IReadOnlyList<Fraction> ours, IEnumerable<JsonElement> theirs, string what)
    {
        var expected = theirs.Select(e => e.GetDouble()).ToArray();
        ours.Count.ShouldBe(expected.Length, what);
        for (var i = 0; i < expected.Length; i++)
        {
            var actual = ours[i].ToDouble();
            Math.Abs(actual - expected[i]).ShouldBeLessThanOrEqualTo(Tolerance * Math.Abs(expected[i]), $"{what}: choice {i + 1} is {actual}, Snapshot has {expected[i]}");
        }
    }

    private static void Near(IReadOnlyList<Fraction> ours, JsonElement theirs, string what) => Near(ours, theirs.EnumerateArray(), what);
}
