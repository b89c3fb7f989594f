using Polity.Core.Funding.Budgeting;
using Polity.Core.Primitives;

namespace Polity.Core.Tests.Funding;

public class BudgetingRuleTests
{
    // Budget 10; a (cost 6, 3 votes), b (cost 5, 2 votes), c (cost 4, 1 vote).
    internal static PbInstance Small() => new(10,
        [new PbProject("a", 6), new PbProject("b", 5), new PbProject("c", 4)],
        [new PbBallot(["a", "b"]), new PbBallot(["a"]), new PbBallot(["a", "b", "c"])]);

    [Fact]
    public void Greedy_skips_a_project_that_does_not_fit_and_takes_the_next()
    {
        // a (6) fits, b (5) no longer fits, c (4) does.
        GreedyRule.Select(Small()).Selected.ShouldBe(["a", "c"]);
    }

    [Fact]
    public void Greedy_without_skipping_stops_at_the_first_project_that_does_not_fit()
    {
        GreedyRule.Select(Small(), new GreedyOptions(Skip: false)).Selected.ShouldBe(["a"]);
    }

    [Fact]
    public void Greedy_threshold_drops_projects_below_it_first()
    {
        GreedyRule.Select(Small(), new GreedyOptions(MinimumScore: 2)).Selected.ShouldBe(["a"]);
    }

    [Fact]
    public void Equal_shares_splits_the_budget_and_buys_what_supporters_can_afford()
    {
        // Shares 10/3 each: a costs 6 over 3 supporters (2 each, rho = 2/6 = 1/3); b costs 5 over 2 supporters
        // (5/2 each, rho = 1/2). a first; then the b-voters hold 4/3 each = 8/3 < 5, c's voter 4/3 < 4: stop.
        var budgets = new List<IReadOnlyList<Fraction>>();
        var outcome = EqualShares.Run(Small(), new Fraction(10, 3), onRound: budgets.Add);

        outcome.Selected.ShouldBe(["a"]);
        budgets[1].ShouldBe([new Fraction(4, 3), new Fraction(4, 3), new Fraction(4, 3)]);
    }

    [Fact]
    public void Add1_raises_each_share_while_the_outcome_stays_within_budget()
    {
        // Share 4: a (2 each) leaves 2, 2, 2; b needs 5 from two voters holding 4: no; c needs 4 from one holding 2: no.
        // Share 5: after a, 3 each: b (5/2 each) yes -> spent 11 > 10, so the share-4 outcome {a} stands... but
        // {a} is not exhaustive (c fits), share 5 overspends, so Add1 stops with {a}.
        var result = EqualShares.WithAdd1(Small());

        result.Outcome.Selected.ShouldBe(["a"]);
        result.Outcome.Spent.ShouldBeLessThanOrEqualTo(10);
    }

    [Fact]
    public void Phragmen_buys_the_project_whose_supporters_can_pay_earliest()
    {
        // t(a) = 6/3 = 2, t(b) = 5/2, t(c) = 4: a at t = 2. Then t(b) = (5 + 2 + 2)/2 = 9/2, t(c) = (4 + 2)/1 = 6:
        // b, which no longer fits (6 + 5 > 10), so the rule stops.
        SequentialPhragmen.Select(Small()).Selected.ShouldBe(["a"]);
    }

    [Fact]
    public void Eligibility_filter_drops_a_project_with_too_few_votes_for_its_cost()
    {
        // c: 1/3 of voters < 4/(3*10)? 1/3 = 0.333 >= 0.133: kept. A costly project with one vote of 30 is dropped.
        var instance = new PbInstance(10, [new PbProject("a", 1), new PbProject("z", 10)],
            [.. Enumerable.Repeat(new PbBallot(["a"]), 9), new PbBallot(["z"])]);

        CityRules.EligibilityFilter(instance).Projects.Select(p => p.Id).ShouldBe(["a"]);
    }

    [Fact]
    public void Comparison_step_keeps_equal_shares_unless_more_voters_prefer_greedy()
    {
        var instance = Small();
        var mes = PbOutcome.Of(instance, ["a"]);
        var greedy = PbOutcome.Of(instance, ["a", "c"]);

        CityRules.Compare(instance, mes, greedy).ShouldBe(greedy);
        CityRules.Compare(instance, greedy, mes).ShouldBe(greedy);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void No_rule_spends_more_than_the_budget(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 25; round++)
        {
            var projects = Enumerable.Range(0, random.Next(1, 8)).Select(i => new PbProject($"p{i}", random.Next(0, 20))).ToList();
            var ballots = Enumerable.Range(0, random.Next(0, 12))
                .Select(_ => new PbBallot([.. projects.Where(_ => random.Next(2) == 0).Select(p => p.Id)]))
                .ToList();
            var instance = new PbInstance(random.Next(0, 40), projects, ballots);
            foreach (var name in PbRule.Known)
            {
                var outcome = new PbRule(name, MinimumScore: 1).Apply(instance);
                outcome.Spent.ShouldBeLessThanOrEqualTo(instance.Budget, $"{name}, seed {seed}, round {round}");
                outcome.Selected.Distinct().Count().ShouldBe(outcome.Selected.Count);
            }
        }
    }
}
