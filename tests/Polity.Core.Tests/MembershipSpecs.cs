using Polity.Core.Events;

namespace Polity.Core.Tests;

public class MembershipSpecs : NetworkSpec
{
    public MembershipSpecs() => GivenNetwork();

    [Fact]
    public void Stakeholders_register_themselves_after_launch()
    {
        When(A("x"), new StakeholderRegistered(A("y"), "Y", "person", []))!.Code.ShouldBe("not-self");
        When(A("x"), new StakeholderRegistered(A("x"), "X", "person", ["stewards"]))!.Code.ShouldBe("not-operator");
        Given(A("x"), new StakeholderRegistered(A("x"), "X", "person", []));
        When(A("x"), new StakeholderRegistered(A("x"), "X", "person", []))!.Code.ShouldBe("already-registered");
    }

    [Fact]
    public void An_open_house_admits_members_who_sign_for_themselves()
    {
        Given(A("x"), new StakeholderRegistered(A("x"), "X", "person", []));
        When(A("c1"), new MemberAdmitted("open-circle", A("x"), 0))!.Code.ShouldBe("not-self");
        Given(A("x"), new MemberAdmitted("open-circle", A("x"), 0));
        State.IsMember("open-circle", A("x")).ShouldBeTrue();
    }

    [Fact]
    public void An_attested_house_admits_on_an_attesters_signature()
    {
        Given(A("x"), new StakeholderRegistered(A("x"), "X", "person", []));
        When(A("x"), new MemberAdmitted("community", A("x"), 0))!.Code.ShouldBe("not-attester");
        When(A("c1"), new MemberAdmitted("community", A("x"), 0))!.Code.ShouldBe("not-attester");
        Given(A("g1"), new MemberAdmitted("community", A("x"), 0));
        State.IsMember("community", A("x")).ShouldBeTrue();
    }

    [Fact]
    public void A_by_proposal_house_admits_only_through_a_passed_proposal()
    {
        Given(A("x"), new StakeholderRegistered(A("x"), "X", "organisation", []));
        When(Operator, new MemberAdmitted("funders", A("x"), 5))!.Code.ShouldBe("needs-proposal");
        When(A("x"), new MemberAdmitted("funders", A("x"), 5))!.Code.ShouldBe("needs-proposal");
    }

    [Fact]
    public void Unknown_members_and_houses_are_refused()
    {
        When(A("g1"), new MemberAdmitted("community", A("nobody"), 0))!.Code.ShouldBe("unknown-stakeholder");
        When(A("g1"), new MemberAdmitted("guests", A("c1"), 0))!.Code.ShouldBe("unknown-house");
        When(A("g1"), new MemberAdmitted("community", A("c1"), 0))!.Code.ShouldBe("already-member");
    }

    [Fact]
    public void A_stake_weighted_house_needs_a_positive_stake()
    {
        var add = new ProposalAction.AddMember("funders", A("x2"), 0);
        var amendType = TestCharter.Amend() with { Actions = [Charters.ActionKinds.AmendCharter, Charters.ActionKinds.AddMember] };
        GivenNetwork(TestCharter.Create(TestCharter.Grant(), amendType));
        Given(A("x2"), new StakeholderRegistered(A("x2"), "X2", "organisation", []));
        When(A("g1"), new ProposalCreated("amend-charter", "add", "", ProposalOption.YesNo([add]), []))!.Code.ShouldBe("needs-stake");
    }

    [Fact]
    public void Members_leave_of_their_own_accord()
    {
        Given(A("c1"), new MemberLeft("community"));
        State.IsMember("community", A("c1")).ShouldBeFalse();
        When(A("c1"), new MemberLeft("community"))!.Code.ShouldBe("not-a-member");
    }

    [Fact]
    public void Only_the_operator_advances_a_simulated_clock_and_only_forward()
    {
        When(A("c1"), new ClockAdvanced(60))!.Code.ShouldBe("not-operator");
        When(Operator, new ClockAdvanced(0))!.Code.ShouldBe("bad-duration");
        var before = State.Now;
        Advance(60);
        State.Now.ShouldBe(before + 60);
    }

    [Fact]
    public void Events_on_a_simulated_clock_carry_the_networks_time()
    {
        var ctx = new Rules.EventContext(Seq + 1, A("c1"), State.Now + 5);
        Rules.NetworkRules.Check(State, new MemberLeft("community"), ctx)!.Code.ShouldBe("wrong-time");
    }

    [Fact]
    public void A_log_must_start_with_network_created_and_have_only_one()
    {
        Rules.NetworkRules.Check(null, new NetworkLaunched(), new Rules.EventContext(1, Operator, 0))!.Code.ShouldBe("no-network");
        When(Operator, new NetworkCreated("test-fund", ClockMode.Simulated, TestCharter.Version(TestCharter.Create())))!.Code.ShouldBe("already-created");
    }
}
