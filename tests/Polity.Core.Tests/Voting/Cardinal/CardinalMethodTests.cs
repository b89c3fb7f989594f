using Polity.Core.Primitives;
using Polity.Core.Voting;
using Polity.Core.Voting.Cardinal;
using static Polity.Core.Tests.Voting.MethodHarness;

namespace Polity.Core.Tests.Voting.Cardinal;

/// <summary>Hand-worked counts of score, quadratic and weighted ballots in one house.</summary>
public sealed class CardinalMethodTests
{
    private static readonly Polity.Core.Events.ProposalOption[] Abc = Options("a", "b", "c", "against", "abstain");

    private static List<string> Winners(HouseCount count, Ratio threshold) =>
        Tallying.ThresholdWinners(Abc, count.Support, count.Decisive, threshold, multipleWinners: false).Select(i => Abc[i].Name).ToList();

    [Fact]
    public void Score_support_is_weighted_points_and_the_share_is_the_mean_score_over_the_maximum()
    {
        // Weights 1, 2, 1 score; weight 3 abstains. a = 1·5 + 2·2 = 9, b = 1·3 + 2·4 + 1·5 = 16, c = 2·1 = 2; decisive = 4 · 5 = 20.
        var count = Count(new ScoreMethod(), Abc, MethodSettings.Empty, new Ratio(1, 2),
            B(1, ["a", "b"], [5, 3]), B(2, ["a", "b", "c"], [2, 4, 1]), B(1, ["b"], [5]), B(3, ["abstain"]));
        count.Support.ShouldBe([9, 16, 2, 0, 3]);
        count.Decisive.ShouldBe(20);
        Winners(count, new Ratio(1, 2)).ShouldBe(["b"]); // b: 16/20 = 80%, a mean of 4 out of 5
        Winners(count, new Ratio(4, 5)).ShouldBeEmpty(); // 80% does not exceed 80%
    }

    [Fact]
    public void Score_ballots_stay_between_zero_and_max()
    {
        var score = new ScoreMethod();
        Check(score, Abc, ["a", "b"], [5, 0]).ShouldBeNull();
        Check(score, Abc, ["abstain"]).ShouldBeNull();
        Check(score, Abc, ["a"], [6]).ShouldBe("'a' gets 6 points: the most is 5");
        Check(score, Abc, ["a"], [10], Settings(("max", "10"))).ShouldBeNull();
        Check(score, Abc, ["a"], [-1]).ShouldNotBeNull();
        Check(score, Abc, ["a", "a"], [1, 2]).ShouldNotBeNull();
        Check(score, Abc, ["z"], [1]).ShouldNotBeNull();
        Check(score, Abc, ["a", "b"]).ShouldNotBeNull();
        Check(score, Abc, ["abstain", "a"], [1, 1]).ShouldNotBeNull();
    }

    [Fact]
    public void Quadratic_support_is_weighted_votes_and_a_ballot_over_budget_is_refused_with_its_cost()
    {
        var quadratic = new QuadraticMethod();
        Check(quadratic, Abc, ["a", "b"], [7, 5]).ShouldBeNull(); // 49 + 25 = 74
        Check(quadratic, Abc, ["a"], [10]).ShouldBeNull(); // exactly the budget
        Check(quadratic, Abc, ["a", "b"], [8, 7]).ShouldBe("this ballot costs 113 voice credits (8² + 7²), more than the budget of 100");
        Check(quadratic, Abc, ["a"], [20], Settings(("credits", "400"))).ShouldBeNull();
        Check(quadratic, Abc, ["a"], [long.MaxValue]).ShouldNotBeNull();
        var count = Count(quadratic, Abc, MethodSettings.Empty, new Ratio(1, 2),
            B(1, ["a", "b"], [7, 5]), B(2, ["a"], [10]), B(1, ["b", "c"], [9, 4]));
        // a = 7 + 2·10 = 27, b = 5 + 9 = 14, c = 4; decisive = 1·12 + 2·10 + 1·13 = 45.
        count.Support.ShouldBe([27, 14, 4, 0, 0]);
        count.Decisive.ShouldBe(45);
        Winners(count, new Ratio(1, 2)).ShouldBe(["a"]); // 27/45 = 60%
    }

    [Fact]
    public void Quadratic_votes_against_count_in_the_decisive_weight_but_against_never_passes()
    {
        var count = Count(new QuadraticMethod(), Abc, MethodSettings.Empty, Ratio.Zero, B(1, ["a"], [3]), B(1, ["against"], [9]));
        count.Support.ShouldBe([3, 0, 0, 9, 0]);
        Winners(count, Ratio.Zero).ShouldBe(["a"]);
        Winners(count, new Ratio(1, 2)).ShouldBeEmpty();
    }

    [Fact]
    public void Weighted_splits_each_voters_weight_in_proportion_to_the_shares_exactly()
    {
        // 3 × (1/3, 2/3) + 2 × (3/4, 1/4) + 1 × c: a = 1 + 3/2, b = 2 + 1/2, c = 1; decisive 6 (abstention excluded).
        var count = Count(new WeightedMethod(), Abc, MethodSettings.Empty, Ratio.Zero,
            B(3, ["a", "b"], [1, 2]), B(2, ["a", "b"], [3, 1]), B(1, ["c"], [7]), B(4, ["abstain"]));
        count.Support.ShouldBe([new Fraction(5, 2), new Fraction(5, 2), 1, 0, 4]);
        count.Decisive.ShouldBe(6);
        Winners(count, Ratio.Zero).ShouldBeEmpty(); // a and b tie: nothing passes
    }

    [Fact]
    public void Weighted_shares_are_positive_and_name_options_once()
    {
        var weighted = new WeightedMethod();
        Check(weighted, Abc, ["a", "b"], [1, 3]).ShouldBeNull();
        Check(weighted, Abc, ["a", "b"], [0, 3]).ShouldBe("'a' gets a share of 0: shares are positive (leave an option out to give it nothing)");
        Check(weighted, Abc, [], []).ShouldNotBeNull();
        Check(weighted, Abc, ["a", "a"], [1, 1]).ShouldNotBeNull();
        Check(weighted, Abc, ["abstain"]).ShouldBeNull();
    }

    [Fact]
    public void Numbered_methods_declare_their_settings()
    {
        VotingMethods.Find("score")!.Parameters.Single().Name.ShouldBe("max");
        VotingMethods.Find("quadratic")!.Parameters.Single().Default.ShouldBe("100");
        VotingMethods.Find("weighted")!.Parameters.ShouldBeEmpty();
        VotingMethods.Find("conviction")!.Parameters.Select(p => p.Name).ShouldBe(["step", "half-life", "max-ratio", "weight"]);
        VotingMethods.Find("conviction")!.BallotsMayChange.ShouldBeTrue();
    }
}
