using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Map;

namespace Polity.Core.Tests.Map;

/// <summary>Conflict of interest derived from the map: voters and grant officers tied to a beneficiary by a listed relationship.</summary>
public sealed class RecusalByRelationshipSpecs : MapSpec
{
    public RecusalByRelationshipSpecs() => GivenMapNetwork(TestCharter.WithGrants());

    [Fact]
    public void A_voter_who_employs_the_payee_is_recused_and_the_tally_names_the_relationship()
    {
        Given(A("c1"), Relate("c1", "employs", "g2"));
        var id = GrantInVoting(to: "g2");
        var refusal = When(A("c1"), new BallotCast(id, ["for"]))!;
        refusal.Code.ShouldBe("recused");
        refusal.Message.ShouldBe($"{A("c1")} employs {A("g2")} (relationship 1), a beneficiary of proposal {id}: recused under the charter's conflict-of-interest rule");
        var community = Tally(id).Houses.Single(h => h.House == "community");
        community.Recused.ShouldBe([A("c1")]);
        community.Electorate.ShouldBe(4);
        community.Conflicts.ShouldBe([new ConflictLink(A("c1"), A("g2"), "employs", 1)]);
    }

    [Fact]
    public void Whoever_is_funded_by_the_payee_is_recused_however_the_relationship_was_stated()
    {
        Given(A("g2"), Relate("g2", "funds", "c2"));
        var id = GrantInVoting(to: "g2");
        When(A("c2"), new BallotCast(id, ["for"]))!.Message.ShouldStartWith($"{A("c2")} funded-by {A("g2")} (relationship 1)");
        Vote(id, ("c1", ["for"]));
    }

    [Fact]
    public void Relationships_the_charter_does_not_list_and_the_other_direction_do_not_recuse()
    {
        Given(A("c1"), Relate("c1", "partners-with", "g2"));
        Given(A("c3"), Relate("c3", "funds", "g2"));
        Given(A("c4"), Relate("c4", "employed-by", "g2"));
        var id = GrantInVoting(to: "g2");
        Vote(id, ("c1", ["for"]), ("c3", ["for"]), ("c4", ["for"]));
        Tally(id).Houses.Single(h => h.House == "community").Recused.ShouldBeEmpty();
    }

    [Fact]
    public void The_map_is_read_when_deliberation_opens_and_an_amendment_that_names_a_related_beneficiary_recuses()
    {
        Given(A("c1"), Relate("c1", "employs", "g3"));
        Given(A("c2"), Relate("c2", "employs", "g4"));
        Given(A("c2"), new RelationshipEnded(2, "left"));
        Given(A("g1"), new ProposalCreated("grant", "A grant", "", ProposalOption.YesNo([new ProposalAction.Transfer("EUR", 100, A("g2"), "")]), []));
        Given(A("g1"), new ProposalSubmitted(1));
        Given(A("c3"), Relate("c3", "employs", "g2"));
        Given(A("g1"), new ProposalAmended(1, "A grant", "", ProposalOption.YesNo([new ProposalAction.Transfer("EUR", 100, A("g2"), "")]), [A("g3"), A("g4")], "g3 helps"));
        Advance(7 * Day);
        When(A("c1"), new BallotCast(1, ["for"]))!.Code.ShouldBe("recused");
        Vote(1, ("c2", ["for"]), ("c3", ["for"]));
        Tally(1).Houses.Single(h => h.House == "community").Recused.ShouldBe([A("c1")]);
    }

    [Fact]
    public void Under_a_disclose_rule_a_related_voter_votes_and_is_listed_with_the_relationship()
    {
        GivenMapNetwork(TestCharter.Create(TestCharter.Grant(coi: ConflictOfInterestRule.Disclose), TestCharter.Policy(), TestCharter.Amend()));
        Given(A("c1"), Relate("c1", "employs", "g2"));
        var id = GrantInVoting(to: "g2");
        Vote(id, ("c1", ["for"]));
        var community = Tally(id).Houses.Single(h => h.House == "community");
        community.Recused.ShouldBeEmpty();
        community.Disclosed.ShouldBe([A("c1")]);
        community.Conflicts.ShouldHaveSingleItem().Relation.ShouldBe("employs");
    }

    [Fact]
    public void Without_a_conflict_rule_on_the_decision_type_the_map_changes_nothing()
    {
        GivenMapNetwork(TestCharter.Create(TestCharter.Grant(coi: ConflictOfInterestRule.None), TestCharter.Policy(), TestCharter.Amend()));
        Given(A("c1"), Relate("c1", "employs", "g2"));
        var id = GrantInVoting(to: "g2");
        Vote(id, ("c1", ["for"]));
        Tally(id).Houses.ShouldAllBe(h => h.Conflicts.Count == 0 && h.Disclosed.Count == 0);
    }

    [Fact]
    public void A_reviewer_the_map_ties_to_the_applicant_may_not_review_or_attest_the_grant()
    {
        Given(A("r1"), Relate("r1", "employs", "g2"));
        Given(A("g2"), Application());
        var refusal = When(A("r1"), new GrantReviewed(1, true, ""))!;
        refusal.Code.ShouldBe("conflict-of-interest");
        refusal.Message.ShouldBe($"{A("r1")} employs {A("g2")} (relationship 1), who has an interest in grant 1: {A("r1")} may not review it under the charter's conflict-of-interest rule");
        Given(A("r2"), new GrantReviewed(1, true, "fits"));
        Given(A("r1"), new RelationshipEnded(1, "contract over"));
        When(A("r1"), new GrantReviewed(1, true, ""))!.Code.ShouldBe("wrong-status");
    }

    [Fact]
    public void A_grant_links_to_the_objectives_its_stated_objectives_name_and_a_proposal_to_those_it_lists()
    {
        Given(Operator, Objective(), Objective("flood-hours", 100, 40));
        Given(A("g2"), Application() with { Objectives = ["river-sites", "Warn of floods earlier", "river-sites"] });
        Given(A("g1"), new ProposalCreated("grant", "Sensors", "", ProposalOption.YesNo([]), [], Objectives: ["flood-hours"]));
        ObjectiveLinks.Of(State, State.Grants[1]).ShouldBe(["river-sites"]);
        ObjectiveLinks.Grants(State, "river-sites").ShouldHaveSingleItem().Id.ShouldBe(1);
        ObjectiveLinks.Grants(State, "flood-hours").ShouldBeEmpty();
        ObjectiveLinks.Proposals(State, "flood-hours").ShouldHaveSingleItem().Id.ShouldBe(1);
    }

    private static GrantApplied Application() =>
        new("small-grants", "River sensors", "EUR", 300_000, A("g2"), [new MilestonePlan("Sensors", 300_000)], ["river-sites"], []);
}
