using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Core.Tests.Delegation;

public class DelegationTallySpecs : DelegationSpec
{
    public DelegationTallySpecs() => GivenNetwork();

    [Fact]
    public void Weight_follows_a_chain_of_non_voting_delegates_to_the_voter_and_counts_in_turnout()
    {
        Given(A("c1"), Delegate("community", "c2"));
        Given(A("c2"), Delegate("community", "c3"));
        var id = PolicyInVoting();
        Vote(id, ("c3", ["for"]), ("c4", ["against"]));
        var community = House(id, "community");
        Support(community, "for").ShouldBe(3);
        Support(community, "against").ShouldBe(1);
        community.TurnoutWeight.ShouldBe(4);
        community.ElectorateWeight.ShouldBe(5);
        community.Ballots.ShouldBe(2);
        Paths(community, "c1", "c2", "c3").ShouldBe(["c1>c2>c3=1", "c2>c3=1"]);
    }

    [Fact]
    public void A_split_delegation_divides_the_weight_exactly()
    {
        Given(A("c1"), Delegate("community", null, ("c2", 1, 2), ("c3", 1, 2)));
        Given(A("c4"), Delegate("community", null, ("c2", 1, 3), ("c3", 2, 3)));
        var id = PolicyInVoting();
        Vote(id, ("c2", ["for"]), ("c3", ["against"]));
        var community = House(id, "community");
        Support(community, "for").ShouldBe(new Fraction(11, 6)); // 1 + 1/2 + 1/3
        Support(community, "against").ShouldBe(new Fraction(13, 6)); // 1 + 1/2 + 2/3
        community.TurnoutWeight.ShouldBe(4);
        Paths(community, "c1", "c2", "c3", "c4").ShouldBe(["c1>c2=1/2", "c1>c3=1/2", "c4>c2=1/3", "c4>c3=2/3"]);
    }

    [Fact]
    public void What_a_partial_delegation_leaves_over_is_not_cast()
    {
        Given(A("f1"), Delegate("funders", null, ("f2", 1, 3)));
        var id = PolicyInVoting();
        Vote(id, ("f2", ["for"]), ("f3", ["against"]));
        var funders = House(id, "funders");
        Support(funders, "for").ShouldBe(50); // 30 + 60/3
        funders.TurnoutWeight.ShouldBe(60);
        funders.QuorumMet.ShouldBeTrue(); // 60 of 100 meets 50%
        Paths(funders, "f1", "f2").ShouldBe(["f1>f2=20"]);
    }

    [Fact]
    public void Weight_that_reaches_a_cycle_is_not_cast_and_the_rest_still_flows()
    {
        Given(A("c1"), Delegate("community", "c2"));
        Given(A("c2"), Delegate("community", "c1"));
        Given(A("c4"), Delegate("community", null, ("c5", 1, 2), ("c3", 1, 2)));
        Given(A("c5"), Delegate("community", "c4"));
        var id = PolicyInVoting();
        Vote(id, ("c3", ["for"]));
        var community = House(id, "community");
        // c4: 1/2 straight to c3, 1/2 to c5 who hands it back to c4 (a cycle: lost);
        // c5: all to c4, who passes 1/2 on to c3 and 1/2 back to c5 (lost). c1 and c2 feed each other only.
        Support(community, "for").ShouldBe(2);
        community.TurnoutWeight.ShouldBe(2);
        community.QuorumMet.ShouldBeTrue();
        Paths(community, "c3", "c4", "c5").ShouldBe(["c4>c3=1/2", "c5>c4>c3=1/2"]);
    }

    [Fact]
    public void A_direct_ballot_overrides_the_voters_own_delegation_and_absorbs_what_was_delegated_to_them()
    {
        Given(A("c1"), Delegate("community", "c2"));
        Given(A("c2"), Delegate("community", "c3"));
        var id = PolicyInVoting();
        Vote(id, ("c1", ["against"]), ("c2", ["for"]), ("c3", ["against"]));
        var community = House(id, "community");
        Support(community, "for").ShouldBe(1);
        Support(community, "against").ShouldBe(2);
        community.Delegated.ShouldBeEmpty();
    }

    [Fact]
    public void A_decision_type_delegation_overrides_the_house_wide_one_for_that_type_only()
    {
        Given(A("c1"), Delegate("community", "c2"));
        Given(A("c1"), Delegate("community", "policy", ("c3", 1, 1)));
        var policy = PolicyInVoting();
        Vote(policy, ("c2", ["for"]), ("c3", ["against"]));
        Paths(House(policy, "community"), "c1", "c2", "c3").ShouldBe(["c1>c3=1"]);

        var grant = GrantInVoting(to: "g4");
        Vote(grant, ("c2", ["for"]), ("c3", ["against"]));
        Paths(House(grant, "community"), "c1", "c2", "c3").ShouldBe(["c1>c2=1"]);
    }

    [Fact]
    public void A_recused_member_neither_votes_nor_passes_weight_on()
    {
        // The grant pays g2, so g2 is recused in every house it votes in.
        Given(A("g1"), Delegate("grantees", "g2"));
        Given(A("g2"), Delegate("grantees", "g3"));
        var id = GrantInVoting(to: "g2");
        Vote(id, ("g3", ["for"]), ("g4", ["against"]));
        var grantees = House(id, "grantees");
        grantees.Recused.ShouldBe([A("g2")]);
        grantees.ElectorateWeight.ShouldBe(3); // g1, g3, g4
        grantees.TurnoutWeight.ShouldBe(2); // g1's weight stopped at g2
        Support(grantees, "for").ShouldBe(1);
        grantees.Delegated.ShouldBeEmpty();
    }

    [Fact]
    public void Delegations_are_frozen_when_deliberation_opens()
    {
        Given(A("c1"), Delegate("community", "c2"));
        var id = PolicyInVoting();
        Given(A("c1"), new DelegationRevoked("community"));
        Given(A("c4"), Delegate("community", "c2"));
        Vote(id, ("c2", ["for"]));
        Paths(House(id, "community"), "c1", "c2").ShouldBe(["c1>c2=1"]);
        State.Proposals[id].Delegations["community"].Keys.ShouldBe([A("c1")]);
    }

    [Fact]
    public void Stake_weight_is_delegated_in_full_and_can_decide_the_house()
    {
        Given(A("f1"), Delegate("funders", "f3"));
        var id = PolicyInVoting();
        Vote(id, ("f2", ["against"]), ("f3", ["for"]));
        Advance(5 * Day);
        var funders = House(id, "funders");
        Support(funders, "for").ShouldBe(70);
        funders.Options.Single(o => o.Option == "for").Passed.ShouldBeTrue();
    }

    [Fact]
    public void Vetoes_stay_personal_and_take_no_delegated_weight()
    {
        Given(A("f2"), Delegate("funders", "f1"));
        var id = GrantInVoting(to: "g4");
        State.Proposals[id].Delegations.ContainsKey("funders").ShouldBeFalse();
    }

    [Fact]
    public void Weight_delegated_to_someone_who_left_the_house_is_not_cast()
    {
        Given(A("c1"), Delegate("community", "c2"));
        Given(A("c2"), new MemberLeft("community"));
        var id = PolicyInVoting();
        Vote(id, ("c3", ["for"]));
        House(id, "community").TurnoutWeight.ShouldBe(1);
        House(id, "community").ElectorateWeight.ShouldBe(4);
    }
}
