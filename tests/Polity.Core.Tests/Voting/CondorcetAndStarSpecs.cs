using Polity.Core.Primitives;
using Polity.Core.Voting;
using static Polity.Core.Tests.Voting.MethodHarness;

namespace Polity.Core.Tests.Voting;

public sealed class CondorcetAndStarSpecs
{
    private static readonly CondorcetMethod Condorcet = new();
    private static readonly StarMethod Star = new();

    private static (long, Ballot)[] Times(int n, string ranking) => Enumerable.Repeat(B(1, ranking.Select(c => c.ToString()).ToArray()), n).ToArray();

    // Wikipedia, "Schulze method": 45 voters, five candidates.
    private static readonly (long, Ballot)[] FortyFive =
    [
        .. Times(5, "acbed"), .. Times(5, "adecb"), .. Times(8, "bedac"), .. Times(3, "cabed"),
        .. Times(7, "caebd"), .. Times(2, "cbade"), .. Times(7, "dceba"), .. Times(8, "ebadc"),
    ];

    private static readonly (long, Ballot)[] Tennessee =
    [
        .. Enumerable.Repeat(B(1, ["memphis", "nashville", "chattanooga", "knoxville"]), 42),
        .. Enumerable.Repeat(B(1, ["nashville", "chattanooga", "knoxville", "memphis"]), 26),
        .. Enumerable.Repeat(B(1, ["chattanooga", "knoxville", "nashville", "memphis"]), 15),
        .. Enumerable.Repeat(B(1, ["knoxville", "chattanooga", "nashville", "memphis"]), 17),
    ];

    private static HouseCount Run(IVotingMethod method, string[] options, (string, string)[] settings, (long, Ballot)[] ballots) =>
        Count(method, Options(options), Settings(settings), new Ratio(1, 2), ballots);

    [Fact]
    public void Schulze_ranks_e_a_c_b_d_in_the_45_voter_example()
    {
        var count = Run(Condorcet, ["a", "b", "c", "d", "e"], [], FortyFive);
        var detail = (CondorcetDetail)count.Detail!;
        detail.Pairwise.Select(r => r.Select(f => (int)f.Numerator).ToArray()).ShouldBe([
            [0, 20, 26, 30, 22], [25, 0, 16, 33, 18], [19, 29, 0, 17, 24], [15, 12, 28, 0, 14], [23, 27, 21, 31, 0]]);
        detail.StrongestPaths!.Select(r => r.Select(f => (int)f.Numerator).ToArray()).ShouldBe([
            [0, 28, 28, 30, 24], [25, 0, 28, 33, 24], [25, 29, 0, 29, 24], [25, 28, 28, 0, 24], [25, 28, 28, 31, 0]]);
        detail.Ranking.ShouldBe(["e", "a", "c", "b", "d"]);
        count.Winners.ShouldBe([4]);
        Run(Condorcet, ["a", "b", "c", "d", "e"], [("seats", "2")], FortyFive).Winners.ShouldBe([0, 4]);
    }

    [Fact]
    public void Copeland_counts_pairwise_wins_and_separates_equal_wins_by_average_support()
    {
        // Same 45 ballots: e wins 3 duels; a, b and c win 2 each (average support 98, 92, 89 of 4 × 45); d wins 1.
        var detail = (CondorcetDetail)Run(Condorcet, ["a", "b", "c", "d", "e"], [("variant", "copeland")], FortyFive).Detail!;
        detail.Ranking.ShouldBe(["e", "a", "b", "c", "d"]);
        detail.Scores[0].ShouldBe(2 + new Fraction(98, 45 * 4 * 4));
        detail.StrongestPaths.ShouldBeNull();
    }

    [Fact]
    public void Nashville_is_the_condorcet_winner_of_the_tennessee_example()
    {
        string[] options = ["memphis", "nashville", "chattanooga", "knoxville"];
        Run(Condorcet, options, [("variant", "copeland")], Tennessee).Winners.ShouldBe([1]);
        var schulze = Run(Condorcet, options, [], Tennessee);
        schulze.Winners.ShouldBe([1]);
        ((CondorcetDetail)schulze.Detail!).Ranking.ShouldBe(["nashville", "chattanooga", "knoxville", "memphis"]);
    }

    [Fact]
    public void Unranked_candidates_rank_below_ranked_ones_and_equal_among_themselves()
    {
        var count = Run(Condorcet, ["a", "b", "c"], [], [B(2, ["a"]), B(1, ["b", "c"])]);
        var pairwise = ((CondorcetDetail)count.Detail!).Pairwise;
        pairwise[0][1].ShouldBe(2); // a over b: the two a-only ballots
        pairwise[1][2].ShouldBe(1); // b over c: only the ballot that ranks both
        pairwise[2][1].ShouldBe(0); // c over b: never, c and b are equal on the a-only ballots
        count.Winners.ShouldBe([0]);
    }

    [Fact]
    public void Condorcet_ballots_are_refused_when_they_repeat_or_name_no_candidate()
    {
        var options = Options("a", "b", "against", "abstain");
        Check(Condorcet, options, ["a", "a"]).ShouldNotBeNull();
        Check(Condorcet, options, ["against"]).ShouldNotBeNull();
        Check(Condorcet, options, []).ShouldNotBeNull();
        Check(Condorcet, options, ["a"], [1]).ShouldNotBeNull();
        Check(Condorcet, options, ["b", "a"]).ShouldBeNull();
        Check(Condorcet, options, ["abstain"]).ShouldBeNull();
        var count = Count(Condorcet, options, B(1, ["abstain"]));
        count.Winners.ShouldBeEmpty();
        count.Support[3].ShouldBe(1);
    }

    [Fact]
    public void Star_elects_nashville_in_the_tennessee_example()
    {
        // Wikipedia, "STAR voting": Memphis voters score M5 N2 C1 K0, Nashville voters M0 N5 C3 K2,
        // Chattanooga voters M0 N3 C5 K4, Knoxville voters M0 N2 C4 K5.
        string[] options = ["memphis", "nashville", "chattanooga", "knoxville"];
        var count = Run(Star, options, [],
        [
            .. Enumerable.Repeat(B(1, options, [5, 2, 1, 0]), 42),
            .. Enumerable.Repeat(B(1, options, [0, 5, 3, 2]), 26),
            .. Enumerable.Repeat(B(1, options, [0, 3, 5, 4]), 15),
            .. Enumerable.Repeat(B(1, options, [0, 2, 4, 5]), 17),
        ]);
        count.Support.ShouldBe([210, 293, 263, 197]);
        var detail = (StarDetail)count.Detail!;
        detail.Finalists.ShouldBe(["nashville", "chattanooga"]);
        detail.Runoff.ShouldBe([68, 32, 0]);
        count.Winners.ShouldBe([1]);
    }

    [Fact]
    public void The_star_runoff_can_overturn_the_highest_score()
    {
        // a leads on score (22 to 15) but three of five voters score b above a.
        var count = Run(Star, ["a", "b"], [], [.. Enumerable.Repeat(B(1, ["a", "b"], [5, 0]), 2), .. Enumerable.Repeat(B(1, ["a", "b"], [4, 5]), 3)]);
        count.Support.ShouldBe([22, 15]);
        count.Winners.ShouldBe([1]);
        ((StarDetail)count.Detail!).Lines().ShouldBe(["runoff a vs b: 2 prefer a, 3 prefer b, 0 no preference → b"]);
    }

    [Fact]
    public void A_tied_star_runoff_goes_to_the_higher_score_then_to_more_top_ratings()
    {
        var byScore = Run(Star, ["a", "b", "c"], [], [B(1, ["a", "b"], [5, 0]), B(1, ["a", "b"], [3, 4])]);
        byScore.Winners.ShouldBe([0]);
        ((StarDetail)byScore.Detail!).TieBreaks.ShouldBe(["runoff tied: the finalist with the higher score wins"]);
        var byTop = Run(Star, ["a", "b"], [], [B(1, ["a", "b"], [5, 1]), B(1, ["a", "b"], [0, 4])]);
        byTop.Winners.ShouldBe([0]);
        ((StarDetail)byTop.Detail!).TieBreaks.ShouldBe(["runoff and scores tied: the finalist with more 5s wins"]);
    }

    [Fact]
    public void A_tie_for_a_finalist_place_goes_head_to_head()
    {
        // b and c tie on 6; c beats b head to head (2 ballots to 1), so c joins a in the runoff.
        var count = Run(Star, ["a", "b", "c"], [],
            [B(1, ["a", "b", "c"], [5, 4, 0]), B(1, ["a", "b", "c"], [5, 0, 3]), B(1, ["a", "b", "c"], [5, 2, 3])]);
        ((StarDetail)count.Detail!).Finalists.ShouldBe(["a", "c"]);
        count.Winners.ShouldBe([0]);
    }

    [Fact]
    public void Star_ballots_score_each_option_once_within_range()
    {
        var options = Options("a", "b", "abstain");
        Check(Star, options, ["a"]).ShouldNotBeNull();
        Check(Star, options, ["a"], [6]).ShouldNotBeNull();
        Check(Star, options, ["a", "a"], [1, 2]).ShouldNotBeNull();
        Check(Star, options, ["a"], [6], Settings(("max", "10"))).ShouldBeNull();
        Check(Star, options, ["abstain"]).ShouldBeNull();
        Check(Star, options, ["a", "b"], [5, 0]).ShouldBeNull();
        Count(Star, options, B(1, ["a"], [0])).Winners.ShouldBeEmpty();
    }
}
