using Polity.Core.Funding.Budgeting;
using Polity.Core.Primitives;

namespace Polity.Core.Tests.Funding;

public class BudgetingCompletionTests
{
    // Budget 10; a (cost 6, 3 votes), b (cost 5, 2 votes), c (cost 4, 1 vote). MES buys only a.
    private static PbInstance Small() => BudgetingRuleTests.Small();

    [Fact]
    public void Utilitarian_completion_fills_what_equal_shares_left_by_votes()
    {
        // MES: {a}, 4 left. By votes: b (5) no longer fits, c (4) does.
        var outcome = Completion.Utilitarian(Small(), EqualShares.Select(Small()));

        outcome.Selected.ShouldBe(["a", "c"]);
        outcome.Spent.ShouldBe(10);
    }

    [Theory]
    [InlineData("equalshares/utilitarian")]
    [InlineData("equalshares/add1-utilitarian")]
    public void Completed_equal_shares_rules_run_by_name(string name)
    {
        PbRule.IsKnown(name).ShouldBeTrue();
        new PbRule(name).Apply(Small()).Selected.ShouldBe(["a", "c"]);
    }

    [Fact]
    public void Phragmen_completion_starts_from_the_outcome_with_loads_of_zero()
    {
        // Given {c} (4 spent): t(a) = 6/3 = 2 buys a (10 spent); t(b) = (5 + 2 + 2)/2 but b no longer fits: stop.
        var outcome = Completion.Phragmen(Small(), PbOutcome.Of(Small(), ["c"]));

        outcome.Selected.ShouldBe(["c", "a"]);
    }

    [Fact]
    public void Greedy_pays_the_initial_projects_first()
    {
        // b is given (5 left): a (6) no longer fits, c (4) does.
        GreedyRule.Select(Small(), initial: ["b"]).Selected.ShouldBe(["b", "c"]);
    }

    [Fact]
    public void Equal_shares_never_buys_a_free_project_under_cost_utilities_but_does_under_cardinality()
    {
        // A free project brings no cost utility (pabutools, equalshares.net); counted by projects it is worth one.
        // a (6) does not fit in 5, so the empty outcome is exhaustive: the free project does not count.
        var instance = new PbInstance(5, [new PbProject("free", 0), new PbProject("a", 6)],
            [new PbBallot(["free"]), new PbBallot(["free", "a"])]);

        EqualShares.Select(instance).Selected.ShouldBe([]);
        EqualShares.IsExhaustive(instance, EqualShares.Select(instance)).ShouldBeTrue();
        EqualShares.Select(instance, MesUtility.Cardinality).Selected.ShouldBe(["free"]);
    }

    [Fact]
    public void Initial_projects_are_in_the_outcome_and_cost_the_voters_nothing()
    {
        // With c given, the voters still hold 10/3 each: a is bought as without it.
        var outcome = EqualShares.Select(Small(), initial: ["c"]);

        outcome.Selected.ShouldBe(["c", "a"]);
        outcome.Spent.ShouldBe(10);
    }

    [Fact]
    public void Iterated_equal_shares_raises_every_share_until_the_next_outcome_would_overspend()
    {
        // Shares 10/3 and 13/3 buy {a}; at 16/3 the b-voters hold 2 * (16/3 - 2) = 20/3 >= 5, so b is bought too
        // and {a, b} costs 11 > 10: the last outcome within budget, {a}, stands, with share 13/3.
        var result = EqualShares.WithIncrement(Small(), Fraction.Whole(1));

        result.Outcome.Selected.ShouldBe(["a"]);
        result.PerVoterBudget.ShouldBe(new Fraction(13, 3));
        Should.Throw<ArgumentOutOfRangeException>(() => EqualShares.WithIncrement(Small(), Fraction.Zero));
    }
}
