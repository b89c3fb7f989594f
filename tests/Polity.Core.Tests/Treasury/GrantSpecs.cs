using Polity.Core.Events;
using Polity.Core.Grants;

namespace Polity.Core.Tests.Treasury;

public partial class GrantSpecs : TreasurySpec
{
    public GrantSpecs() => GivenGrantsNetwork();

    [Fact]
    public void A_registered_stakeholder_applies_and_the_application_awaits_review()
    {
        var id = Apply(Application(recipient: "g3", beneficiaries: ["c5"]));
        var g = State.Grants[id];
        g.Status.ShouldBe(GrantStatus.Applied);
        (g.Applicant, g.Recipient, g.Requested, g.Program).ShouldBe((A("g2"), A("g3"), 300_000L, "small-grants"));
        g.Objectives.ShouldBe(["Warn of floods an hour earlier"]);
        g.Interested().ShouldBe(new HashSet<Primitives.Address> { A("g2"), A("g3"), A("c5") }, ignoreOrder: true);
        g.Trail.ShouldHaveSingleItem().ShouldBe(new GrantStep(Seq, State.Now, A("g2"), "applied for 3000.00 EUR"));
    }

    [Fact]
    public void Applications_number_from_one_and_anyone_registered_may_apply_without_a_house()
    {
        Apply();
        Apply(applicant: "r2").ShouldBe(2);
    }

    [Fact]
    public void Rejects_grant_events_when_the_charter_runs_no_grants()
    {
        GivenNetwork();
        var refusal = When(A("g2"), Application(program: ""))!;
        refusal.Code.ShouldBe("no-grants");
        refusal.Message.ShouldBe("the charter runs no grants: it has no 'treasury.grants' naming reviewers");
        When(A("s"), new GrantReviewed(1, true, ""))!.Code.ShouldBe("no-grants");
    }

    [Fact]
    public void Rejects_applications_before_launch()
    {
        GivenEmptyLog();
        GivenUnlaunched();
        When(Operator, Application(program: ""))!.Code.ShouldBe("not-launched");
    }

    private void GivenUnlaunched()
    {
        Given(Operator, new NetworkCreated("test-fund", ClockMode.Simulated, TestCharter.Version(TestCharter.WithGrants())));
        Given(Operator, new StakeholderRegistered(Operator, "Operator", "organisation", []));
        Given(Operator, new StakeholderRegistered(A("g2"), "G2", "organisation", []));
    }

    [Fact]
    public void Rejects_applications_that_are_incomplete_or_do_not_add_up()
    {
        When(A("stranger"), Application())!.Code.ShouldBe("unknown-stakeholder");
        When(A("g2"), Application(recipient: "stranger"))!.Code.ShouldBe("unknown-stakeholder");
        When(A("g2"), Application(beneficiaries: ["stranger"]))!.Code.ShouldBe("unknown-stakeholder");
        When(A("g2"), Application() with { Title = " " })!.Code.ShouldBe("bad-title");
        When(A("g2"), Application() with { Objectives = [""] })!.Code.ShouldBe("bad-objectives");
        When(A("g2"), Application(amount: 0, milestones: [0]))!.Code.ShouldBe("bad-amount");
        When(A("g2"), Application(asset: "BTC"))!.Code.ShouldBe("unknown-asset");
        When(A("g2"), Application(program: "big-grants"))!.Code.ShouldBe("unknown-budget");
        When(A("g2"), Application(program: "usdc-pilots"))!.Code.ShouldBe("wrong-asset");
        When(A("g2"), Application() with { Milestones = [] })!.Code.ShouldBe("bad-milestones");
        When(A("g2"), Application(milestones: [300_000, 0]))!.Code.ShouldBe("bad-milestones");
        var mismatch = When(A("g2"), Application(milestones: [100_000, 100_000]))!;
        mismatch.Code.ShouldBe("milestones-mismatch");
        mismatch.Message.ShouldBe("the milestones sum to 2000.00 EUR, not 3000.00 EUR");
        State.Grants.ShouldBeEmpty();
    }

    [Fact]
    public void An_application_may_name_no_program()
    {
        var id = Apply(Application(program: ""));
        State.Grants[id].Program.ShouldBe("");
    }

    [Fact]
    public void Only_a_reviewer_without_an_interest_reviews_and_only_once()
    {
        var id = Apply(Application(beneficiaries: ["r2"]));
        When(A("c1"), new GrantReviewed(id, true, ""))!.Code.ShouldBe("not-a-reviewer");
        When(A("t"), new GrantReviewed(id, true, ""))!.Code.ShouldBe("not-a-reviewer");
        var conflicted = When(A("r2"), new GrantReviewed(id, true, ""))!;
        conflicted.Code.ShouldBe("conflict-of-interest");
        conflicted.Message.ShouldContain("is the applicant, the recipient or a named beneficiary of grant 1 and may not review it");
        When(A("r1"), new GrantReviewed(2, true, ""))!.Code.ShouldBe("unknown-grant");
        When(A("r1"), new GrantReviewed(id, true, new string('x', 10_001)))!.Code.ShouldBe("bad-text");
        Given(A("r1"), new GrantReviewed(id, true, "fits"));
        State.Grants[id].Status.ShouldBe(GrantStatus.Eligible);
        State.Grants[id].Review.ShouldBe(new GrantReview(A("r1"), true, "fits", State.Now));
        When(A("r1"), new GrantReviewed(id, false, "second thoughts"))!.Code.ShouldBe("wrong-status");
    }

    [Fact]
    public void A_reviewer_who_applies_may_not_review_their_own_application()
    {
        var id = Apply(Application(recipient: "r1"), applicant: "r1");
        When(A("r1"), new GrantReviewed(id, true, ""))!.Code.ShouldBe("conflict-of-interest");
        Given(A("r2"), new GrantReviewed(id, true, ""));
    }

    [Fact]
    public void An_ineligible_application_ends_there()
    {
        var id = Apply();
        Given(A("r1"), new GrantReviewed(id, false, "outside the basin"));
        State.Grants[id].Status.ShouldBe(GrantStatus.Ineligible);
        Draft(AwardOf(id))!.Code.ShouldBe("wrong-status");
        When(A("g2"), new MilestoneReported(id, 1, "done"))!.Code.ShouldBe("wrong-status");
    }
}
