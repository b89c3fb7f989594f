using Polity.Core.Events;
using Polity.Core.Map;

namespace Polity.Core.Tests.Map;

public sealed class RelationshipSpecs : MapSpec
{
    public RelationshipSpecs() => GivenMapNetwork();

    [Fact]
    public void A_party_declares_a_relationship_and_an_inverse_name_is_held_in_the_forward_direction()
    {
        Given(A("g1"), Relate("g1", "employed-by", "f1", evidence: "https://example.org/staff"));
        var r = State.Map.Relationships[1];
        (r.Type, r.From, r.To).ShouldBe(("employs", Party.Of(A("f1")), Party.Of(A("g1"))));
        (r.Since, r.Evidence, r.DeclaredBy, r.Active).ShouldBe((1_700_000_000L, "https://example.org/staff", A("g1"), true));
        r.ToString().ShouldBe($"{A("f1")} employs {A("g1")} (relationship 1)");
    }

    [Fact]
    public void Either_party_or_the_operator_may_declare_and_no_one_else()
    {
        Given(A("f1"), Relate("f1", "funds", "g1"));
        Given(A("g2"), Relate("f1", "funds", "g2"));
        Given(Operator, Relate("f2", "funds", "g3"));
        var refusal = When(A("c1"), Relate("f1", "funds", "g4"))!;
        refusal.Code.ShouldBe("not-a-party");
        refusal.Message.ShouldContain("only its parties or the operator declare a relationship");
    }

    [Fact]
    public void Stakeholders_relate_to_houses_and_only_the_operator_relates_two_houses()
    {
        Given(A("c1"), Relate("c1", "represents", "community"));
        State.Map.Relationships[1].To.House.ShouldBe("community");
        When(A("g1"), Relate("grantees", "serves", "community"))!.Code.ShouldBe("not-operator");
        Given(Operator, Relate("grantees", "serves", "community"));
    }

    [Fact]
    public void A_custom_type_from_the_charter_is_accepted_by_either_of_its_names()
    {
        Given(A("c1"), Relate("c1", "mentors", "c2"));
        Given(A("c3"), Relate("c3", "mentored-by", "c4"));
        State.Map.Relationships[2].ShouldSatisfyAllConditions(
            r => r.Type.ShouldBe("mentors"), r => r.From.ShouldBe(Party.Of(A("c4"))), r => r.To.ShouldBe(Party.Of(A("c3"))));
    }

    [Fact]
    public void Rejects_an_unknown_type_and_names_the_known_ones()
    {
        var refusal = When(A("c1"), Relate("c1", "likes", "c2"))!;
        refusal.Code.ShouldBe("unknown-relationship-type");
        refusal.Message.ShouldBe("unknown relationship 'likes': expected one of funds, funded-by, serves, served-by, represents, represented-by, employs, employed-by, partners-with, mentors, mentored-by");
        GivenNetwork();
        When(A("c1"), Relate("c1", "mentors", "c2"))!.Code.ShouldBe("unknown-relationship-type");
    }

    [Fact]
    public void Rejects_unknown_parties_a_self_relationship_and_a_date_in_the_future()
    {
        When(A("c1"), Relate("c1", "funds", "stranger"))!.Code.ShouldBe("unknown-stakeholder");
        When(A("c1"), Relate("c1", "serves", "nowhere"))!.Code.ShouldBe("unknown-house");
        When(A("c1"), new RelationshipDeclared("funds", A("c1").Value, "Not A Party", 0, ""))!.Code.ShouldBe("bad-party");
        When(A("c1"), Relate("c1", "funds", "c1"))!.Code.ShouldBe("self-relationship");
        When(A("c1"), Relate("c1", "funds", "c2", since: State.Now + 1))!.Code.ShouldBe("bad-date");
        Given(A("c1"), Relate("c1", "funds", "c2", since: State.Now));
    }

    [Fact]
    public void The_same_relationship_holds_once_whichever_name_states_it()
    {
        Given(A("f1"), Relate("f1", "funds", "g1"));
        var refusal = When(A("g1"), Relate("g1", "funded-by", "f1"))!;
        refusal.Code.ShouldBe("already-related");
        refusal.Message.ShouldBe($"{A("f1")} funds {A("g1")} (relationship 1) already holds");
        Given(A("c1"), Relate("c1", "partners-with", "c2"));
        When(A("c2"), Relate("c2", "partners-with", "c1"))!.Code.ShouldBe("already-related");
    }

    [Fact]
    public void The_declarer_or_the_operator_ends_a_relationship_which_stays_in_the_record()
    {
        Given(A("f1"), Relate("f1", "employs", "g1"), Relate("f1", "employs", "g2"));
        When(A("g1"), new RelationshipEnded(1, "I quit"))!.Code.ShouldBe("not-declarer");
        Given(A("f1"), new RelationshipEnded(1, "contract ended"));
        Given(Operator, new RelationshipEnded(2, "wrongly declared"));
        State.Map.Relationships[1].ShouldSatisfyAllConditions(r => r.Active.ShouldBeFalse(), r => r.EndReason.ShouldBe("contract ended"));
        State.Map.Active.ShouldBeEmpty();
        When(A("f1"), new RelationshipEnded(1, "again"))!.Code.ShouldBe("already-ended");
        When(A("f1"), new RelationshipEnded(9, ""))!.Code.ShouldBe("unknown-relationship");
        Given(A("f1"), Relate("f1", "employs", "g1"));
        State.Map.Relationships.Count.ShouldBe(3);
    }

    [Fact]
    public void A_stakeholder_writes_their_profile_and_only_the_operator_writes_another_ones()
    {
        Given(Operator, Objective());
        Given(A("c1"), new StakeholderProfileUpdated(["clean water"], ["volunteers only"], ["river-sites"]));
        State.Map.Profiles[A("c1")].ShouldSatisfyAllConditions(
            p => p.Needs.ShouldBe(["clean water"]), p => p.Constraints.ShouldBe(["volunteers only"]),
            p => p.Objectives.ShouldBe(["river-sites"]), p => p.UpdatedAt.ShouldBe(State.Now));
        When(A("c1"), new StakeholderProfileUpdated([], [], [], A("c2")))!.Code.ShouldBe("not-operator");
        Given(Operator, new StakeholderProfileUpdated(["a hall"], [], [], A("c2")));
        State.Map.Profiles[A("c2")].Needs.ShouldBe(["a hall"]);
        When(A("c1"), new StakeholderProfileUpdated([], [], ["no-such"]))!.Code.ShouldBe("unknown-objective");
        When(A("c1"), new StakeholderProfileUpdated([""], [], []))!.Code.ShouldBe("bad-profile");
        When(A("stranger"), new StakeholderProfileUpdated([], [], []))!.Code.ShouldBe("unknown-stakeholder");
    }
}
