using Polity.Core.Simulation;

namespace Polity.Core.Tests.Simulation;

public class SummaryMeasuresTests
{
    private static HouseResult H(string house, bool passed, bool quorum = true) => new(house, 10, 5, 5, quorum, passed);

    private static DecisionResult R(DecisionOutcome outcome, params HouseResult[] houses) =>
        new(outcome, outcome is DecisionOutcome.Passed or DecisionOutcome.Vetoed ? ["for"] : [], houses);

    [Fact]
    public void A_vote_carried_by_exactly_one_of_several_houses_is_a_capture_by_that_house()
    {
        var carriedAlone = R(DecisionOutcome.Passed, H("funders", true), H("community", false));

        SummaryMeasures.CapturedBy(carriedAlone).ShouldBe("funders");
        var m = SummaryMeasures.Of([carriedAlone]);
        m.Captured.ShouldBe(1);
        m.Houses.Single(h => h.House == "funders").DecidedAlone.ShouldBe(1);
        m.Houses.Single(h => h.House == "community").Outvoted.ShouldBe(1);
    }

    [Fact]
    public void A_single_house_decision_or_a_pass_by_every_house_is_no_capture()
    {
        SummaryMeasures.CapturedBy(R(DecisionOutcome.Passed, H("grantees", true))).ShouldBeNull();
        SummaryMeasures.CapturedBy(R(DecisionOutcome.Passed, H("a", true), H("b", true))).ShouldBeNull();
        SummaryMeasures.CapturedBy(R(DecisionOutcome.Defeated, H("a", true), H("b", false))).ShouldBeNull();
    }

    [Fact]
    public void Houses_that_split_with_nothing_carried_are_a_deadlock()
    {
        var split = R(DecisionOutcome.Defeated, H("a", true), H("b", false));

        SummaryMeasures.IsDeadlock(split).ShouldBeTrue();
        var m = SummaryMeasures.Of([split]);
        m.Deadlocked.ShouldBe(1);
        m.Houses.Single(h => h.House == "a").Outvoted.ShouldBe(1);
        m.Houses.Single(h => h.House == "b").Outvoted.ShouldBe(0);
    }

    [Fact]
    public void A_house_that_only_missed_its_quorum_does_not_make_a_deadlock()
    {
        var quorumOnly = R(DecisionOutcome.QuorumFailed, H("a", true), H("b", false, quorum: false));

        SummaryMeasures.IsDeadlock(quorumOnly).ShouldBeFalse();
        var m = SummaryMeasures.Of([quorumOnly]);
        m.QuorumFailed.ShouldBe(1);
        m.Houses.Single(h => h.House == "b").QuorumFailures.ShouldBe(1);
    }

    [Fact]
    public void Outcomes_are_counted_once_each_and_open_decisions_are_left_out()
    {
        var m = SummaryMeasures.Of([
            R(DecisionOutcome.Passed, H("a", true)),
            R(DecisionOutcome.Vetoed, H("a", true)),
            R(DecisionOutcome.Defeated, H("a", false)),
            R(DecisionOutcome.QuorumFailed, H("a", false, quorum: false)),
            new DecisionResult(DecisionOutcome.Open, [], []),
        ]);

        (m.Decided, m.Passed, m.Vetoed, m.Defeated, m.QuorumFailed).ShouldBe((4, 1, 1, 1, 1));
        m.Houses.ShouldHaveSingleItem().ShouldBe(new HouseMeasures("a", Votes: 4, Passed: 2, QuorumFailures: 1, DecidedAlone: 0, Outvoted: 0));
    }
}
