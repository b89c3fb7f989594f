using Polity.Core.Events;
using Polity.Core.State;

namespace Polity.Core.Tests.Delegation;

public class DelegationRuleSpecs : DelegationSpec
{
    public DelegationRuleSpecs() => GivenNetwork();

    [Fact]
    public void A_member_delegates_house_wide_and_for_one_decision_type()
    {
        Given(A("c1"), Delegate("community", "c2"));
        Given(A("c1"), Delegate("community", "policy", ("c3", 1, 2), ("c4", 1, 2)));
        State.Delegations.Count.ShouldBe(2);
        State.DelegationFor("community", A("c1"), "policy")!.To.Select(t => t.Delegate).ShouldBe([A("c3"), A("c4")]);
        State.DelegationFor("community", A("c1"), "grant")!.To.ShouldHaveSingleItem().Delegate.ShouldBe(A("c2"));
    }

    [Fact]
    public void A_new_delegation_replaces_the_one_in_the_same_scope()
    {
        Given(A("c1"), Delegate("community", "c2"));
        Given(A("c1"), Delegate("community", "c3"));
        State.Delegations.ShouldHaveSingleItem().Value.To.ShouldHaveSingleItem().Delegate.ShouldBe(A("c3"));
    }

    [Fact]
    public void Rejects_a_delegation_by_someone_who_is_not_a_member_of_the_house() =>
        When(A("c1"), Delegate("funders", "f1"))!.Code.ShouldBe("not-a-member");

    [Fact]
    public void Rejects_a_delegate_who_is_not_a_member_of_the_house() =>
        When(A("c1"), Delegate("community", "g1"))!.Code.ShouldBe("delegate-not-a-member");

    [Fact]
    public void Rejects_self_delegation() =>
        When(A("c1"), Delegate("community", null, ("c2", 1, 2), ("c1", 1, 2)))!.Code.ShouldBe("self-delegation");

    [Fact]
    public void Rejects_shares_that_add_up_to_more_than_the_whole_weight()
    {
        When(A("c1"), Delegate("community", null, ("c2", 2, 3), ("c3", 1, 2)))!.Code.ShouldBe("over-delegated");
        When(A("c1"), Delegate("community", null, ("c2", 2, 3), ("c3", 1, 3))).ShouldBeNull();
    }

    [Fact]
    public void Rejects_shares_that_are_not_positive_fractions()
    {
        When(A("c1"), Delegate("community", null, ("c2", 0, 1)))!.Code.ShouldBe("bad-share");
        When(A("c1"), Delegate("community", null, ("c2", 1, 0)))!.Code.ShouldBe("bad-share");
        When(A("c1"), Delegate("community", null, ("c2", -1, -2)))!.Code.ShouldBe("bad-share");
    }

    [Fact]
    public void Rejects_a_delegate_named_twice_and_an_empty_list()
    {
        When(A("c1"), Delegate("community", null, ("c2", 1, 4), ("c2", 1, 4)))!.Code.ShouldBe("duplicate-delegate");
        When(A("c1"), new DelegationSet("community", []))!.Code.ShouldBe("no-delegates");
    }

    [Fact]
    public void Rejects_an_unknown_house_or_decision_type_and_a_type_the_house_does_not_vote_on()
    {
        When(A("c1"), Delegate("guests", "c2"))!.Code.ShouldBe("unknown-house");
        When(A("c1"), Delegate("community", "budget", ("c2", 1, 1)))!.Code.ShouldBe("unknown-decision-type");
        When(A("c1"), Delegate("community", "amend-charter", ("c2", 1, 1)))!.Code.ShouldBe("not-a-voting-house");
    }

    [Fact]
    public void A_member_revokes_a_delegation_in_its_own_scope_only()
    {
        Given(A("c1"), Delegate("community", "c2"), Delegate("community", "policy", ("c3", 1, 1)));
        Given(A("c1"), new DelegationRevoked("community", "policy"));
        State.DelegationFor("community", A("c1"), "policy")!.To.ShouldHaveSingleItem().Delegate.ShouldBe(A("c2"));
        When(A("c1"), new DelegationRevoked("community", "policy"))!.Code.ShouldBe("no-delegation");
        Given(A("c1"), new DelegationRevoked("community"));
        State.Delegations.ShouldBeEmpty();
        When(A("c1"), new DelegationRevoked("community"))!.Code.ShouldBe("no-delegation");
        When(A("c1"), new DelegationRevoked("guests"))!.Code.ShouldBe("unknown-house");
    }

    [Fact]
    public void Leaving_a_house_ends_the_members_delegations_there()
    {
        Given(A("c1"), Delegate("community", "c2"));
        Given(A("c3"), Delegate("community", "c1"));
        Given(A("c1"), new MemberLeft("community"));
        State.Delegations.Keys.ShouldBe([new DelegationKey("community", A("c3"), null)]);
    }
}
