using Polity.Core.Events;
using Polity.Core.Map;
using Polity.Core.Primitives;

namespace Polity.Core.Tests.Map;

public sealed class ObjectiveSpecs : MapSpec
{
    public ObjectiveSpecs() => GivenMapNetwork();

    [Fact]
    public void Progress_is_the_exact_share_of_the_way_from_baseline_to_target()
    {
        Given(Operator, Objective(baseline: 2, target: 12));
        State.Objectives["river-sites"].Progress(State.Now).ShouldBe(new ObjectiveProgress("river-sites", 2, Fraction.Zero, 0, false, false));
        Given(Operator, new ObjectiveProgressReported("river-sites", 7, "sampling log, May"));
        var o = State.Objectives["river-sites"];
        o.Reports.ShouldHaveSingleItem().ShouldBe(new ProgressReport(7, "sampling log, May", Operator, State.Now));
        o.Progress(State.Now).ShouldBe(new ObjectiveProgress("river-sites", 7, new Fraction(1, 2), 50, false, false));
    }

    [Fact]
    public void An_objective_that_reduces_something_progresses_as_the_count_falls()
    {
        Given(Operator, Objective("flood-hours", baseline: 100, target: 40), new ObjectiveProgressReported("flood-hours", 80, "gauge data"));
        State.Objectives["flood-hours"].Progress(State.Now).ShouldSatisfyAllConditions(
            p => p.Share.ShouldBe(new Fraction(1, 3)), p => p.Percent.ShouldBe(33));
        Given(Operator, new ObjectiveProgressReported("flood-hours", 120, "a wet year"));
        State.Objectives["flood-hours"].Progress(State.Now).ShouldSatisfyAllConditions(
            p => p.Share.ShouldBe(new Fraction(-1, 3)), p => p.Percent.ShouldBe(0));
    }

    [Fact]
    public void An_objective_is_met_at_its_target_and_overdue_when_its_deadline_passes_unmet()
    {
        Given(Operator, Objective(deadline: State.Now + Day));
        State.Objectives["river-sites"].Progress(State.Now + 2 * Day).Overdue.ShouldBeTrue();
        Given(Operator, new ObjectiveProgressReported("river-sites", 13, "13 sites"));
        State.Objectives["river-sites"].Progress(State.Now + 2 * Day).ShouldSatisfyAllConditions(
            p => p.Met.ShouldBeTrue(), p => p.Overdue.ShouldBeFalse(), p => p.Percent.ShouldBe(100), p => p.Share.ShouldBe(new Fraction(11, 10)));
    }

    [Fact]
    public void Setting_an_objective_again_revises_it_and_keeps_its_reports()
    {
        Given(Operator, Objective(), new ObjectiveProgressReported("river-sites", 4, "log"));
        var setAt = State.Objectives["river-sites"].SetAt;
        Advance(Day);
        Given(Operator, Objective(target: 22));
        State.Objectives["river-sites"].ShouldSatisfyAllConditions(
            o => o.Target.ShouldBe(22), o => o.SetAt.ShouldBe(setAt), o => o.Reports.Count.ShouldBe(1),
            o => o.Progress(State.Now).Share.ShouldBe(new Fraction(1, 10)));
    }

    [Fact]
    public void The_operator_and_holders_of_the_stewards_role_keep_objectives_and_no_one_else()
    {
        Given(A("s"), Objective());
        Given(A("s"), new ObjectiveProgressReported("river-sites", 3, "count"));
        var refusal = When(A("c1"), new ObjectiveProgressReported("river-sites", 9, "trust me"))!;
        refusal.Code.ShouldBe("not-objective-steward");
        refusal.Message.ShouldBe($"{A("c1")} does not hold the role 'stewards' that keeps objectives");
        GivenNetwork();
        When(A("s"), Objective())!.Message.ShouldBe("only the operator keeps objectives: the charter names no 'stakeholders.objective-stewards' role");
    }

    [Fact]
    public void Rejects_objectives_without_a_valid_id_measure_target_or_deadline()
    {
        When(Operator, Objective("River Sites"))!.Code.ShouldBe("bad-objective");
        When(Operator, Objective() with { Title = "" })!.Code.ShouldBe("bad-title");
        When(Operator, Objective() with { Unit = " " })!.Code.ShouldBe("bad-measure");
        When(Operator, Objective(baseline: 5, target: 5))!.Code.ShouldBe("bad-target");
        When(Operator, Objective(deadline: State.Now))!.Code.ShouldBe("bad-deadline");
        When(Operator, new ObjectiveProgressReported("river-sites", 1, "x"))!.Code.ShouldBe("unknown-objective");
        Given(Operator, Objective());
        When(Operator, new ObjectiveProgressReported("river-sites", 1, ""))!.Code.ShouldBe("bad-text");
    }

    [Fact]
    public void A_proposal_links_to_objectives_that_exist()
    {
        Given(Operator, Objective());
        var created = new ProposalCreated("grant", "Sensors", "", ProposalOption.YesNo([]), [], Objectives: ["river-sites"]);
        Given(A("g1"), created);
        State.Proposals[1].Objectives.ShouldBe(["river-sites"]);
        When(A("g1"), created with { Objectives = ["no-such"] })!.Message.ShouldBe("there is no objective 'no-such': expected one of river-sites");
        When(A("g1"), created with { Objectives = ["river-sites", "river-sites"] })!.Code.ShouldBe("bad-objectives");
        Given(A("g1"), created with { Objectives = null });
        State.Proposals[2].Objectives.ShouldBeEmpty();
    }
}
