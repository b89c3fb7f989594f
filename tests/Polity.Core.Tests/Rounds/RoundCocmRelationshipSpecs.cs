using Polity.Core.Events;
using Polity.Core.Rounds;

namespace Polity.Core.Tests.Rounds;

/// <summary>COCM clusters drawn from the stakeholder map as well as from house membership.</summary>
public sealed class RoundCocmRelationshipSpecs : RoundSpec
{
    private static RelationshipDeclared Relate(string from, string type, string to) =>
        new(type, PartyOf(from), PartyOf(to), 1_700_000_000, "");

    /// <summary>Test stakeholders' names become their addresses; house ids stay as they are.</summary>
    private static string PartyOf(string name) => name is "funders" or "grantees" or "community" ? name : A(name).Value;

    private IReadOnlyList<IReadOnlyList<string>> Clusters() =>
        RoundClusters.Of(State.Rounds["match"], State.Charter.Charter.Houses.Select(h => h.Id), State.Map);

    private static string[] Sorted(params string[] names) => [.. names.Select(n => A(n).Value).Order(StringComparer.Ordinal)];

    [Fact]
    public void A_relationship_between_two_contributors_puts_them_in_one_cluster_and_shrinks_their_match()
    {
        GivenQfVoting(QfPlan(rule: "cocm"));
        Given(A("f1"), Relate("f1", "funds", "g3"));
        GivenQfContributions();
        Clusters().ShouldBe([[A("f1").Value], [A("g3").Value], Sorted("c1", "c2"), Sorted("f1", "g3")]);
        // Without the relationship f1 and g3 share nothing and application 2 gets the linear 600 (see RoundQfSpecs); with it, 71.
        Result("match").Lines.Select(l => (l.Grant, l.Matched, l.Amount)).ShouldBe([(1L, 0L, 800L), (2L, 71L, 1_071L)]);
    }

    [Fact]
    public void A_relationship_declared_after_voting_closed_does_not_move_the_result()
    {
        GivenQfVoting(QfPlan(rule: "cocm"));
        GivenQfContributions();
        AdvanceTo("match", RoundPhase.Result);
        var fixedResult = Result("match").Lines.Select(l => (l.Grant, l.Matched, l.Amount)).ToList();

        Given(A("f1"), Relate("f1", "funds", "g3"));

        Result("match").Lines.Select(l => (l.Grant, l.Matched, l.Amount)).ShouldBe(fixedResult);
        Result("match").Lines.Single(l => l.Grant == 2).Matched.ShouldBe(600L);
    }

    [Fact]
    public void A_relationship_to_a_house_puts_the_contributor_in_that_houses_cluster()
    {
        GivenQfVoting(QfPlan(rule: "cocm"));
        Given(A("g3"), Relate("g3", "serves", "funders"));
        GivenQfContributions();
        Clusters().ShouldBe([Sorted("f1", "g3"), [A("g3").Value], Sorted("c1", "c2")]);
        Result("match").Lines.Single(l => l.Grant == 2).Matched.ShouldBe(26L);
    }

    [Fact]
    public void Contributors_tied_to_the_same_non_contributor_form_a_cluster()
    {
        GivenQfVoting(QfPlan(rule: "cocm"));
        Given(A("g1"), Relate("g1", "employs", "f1"));
        Given(A("g1"), Relate("g1", "employs", "g3"));
        GivenQfContributions();
        Clusters().ShouldBe([[A("f1").Value], [A("g3").Value], Sorted("c1", "c2"), Sorted("f1", "g3")]);
    }

    [Fact]
    public void An_ended_relationship_and_a_tie_to_someone_who_gave_nothing_add_no_cluster()
    {
        GivenQfVoting(QfPlan(rule: "cocm"));
        Given(A("f1"), Relate("f1", "funds", "g3"));
        Given(A("f1"), new RelationshipEnded(1, "grant over"));
        Given(A("f1"), Relate("f1", "funds", "g4"));
        GivenQfContributions();
        Clusters().ShouldBe([[A("f1").Value], [A("g3").Value], Sorted("c1", "c2")]);
        Result("match").Lines.Single(l => l.Grant == 2).Matched.ShouldBe(600L);
    }
}
