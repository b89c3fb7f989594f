using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Core.Tests;

public class CharterAmendmentSpecs : NetworkSpec
{
    public CharterAmendmentSpecs() => GivenNetwork();

    private void PassAmendment(Charters.Charter next)
    {
        Given(A("g1"), new ProposalCreated("amend-charter", "Amend", "", ProposalOption.YesNo([new ProposalAction.AmendCharter(TestCharter.Version(next, "v2"))]), []));
        var id = State.Proposals.Count;
        Given(A("g1"), new ProposalSubmitted(id));
        Advance(Day);
        Vote(id, ("g1", ["for"]), ("g2", ["for"]), ("g3", ["for"]));
        Advance(2 * Day);
        Given(A("g1"), QueueOf(id));
        Given(A("g1"), new ProposalExecuted(id));
    }

    [Fact]
    public void A_passed_amendment_changes_the_rules_of_later_proposals_only()
    {
        Given(A("g1"), new ProposalCreated("grant", "Before", "", ProposalOption.YesNo([]), []));
        Given(A("g1"), new ProposalSubmitted(1));
        PassAmendment(TestCharter.Create(TestCharter.Grant(deliberation: "3d"), TestCharter.Policy(), TestCharter.Amend()));
        State.CharterVersionNumber.ShouldBe(2);
        State.CharterHistory.Single().Proposal.ShouldBe(2);
        Given(A("g1"), new ProposalCreated("grant", "After", "", ProposalOption.YesNo([]), []));
        Given(A("g1"), new ProposalSubmitted(3));
        State.Proposals[1].Rules!.Deliberation.ShouldBe(Duration.FromDays(7));
        State.Proposals[3].Rules!.Deliberation.ShouldBe(Duration.FromDays(3));
    }

    [Fact]
    public void Only_an_amend_charter_decision_type_may_carry_a_charter()
    {
        var next = TestCharter.Version(TestCharter.Create(), "v2");
        When(A("g1"), new ProposalCreated("grant", "Sneaky", "", ProposalOption.YesNo([new ProposalAction.AmendCharter(next)]), []))!
            .Code.ShouldBe("action-not-allowed");
    }

    [Fact]
    public void An_amendment_to_an_invalid_charter_is_refused()
    {
        var broken = TestCharter.Create() with { Houses = [] };
        When(A("g1"), new ProposalCreated("amend-charter", "Break", "", ProposalOption.YesNo([new ProposalAction.AmendCharter(TestCharter.Version(broken, "bad"))]), []))!
            .Code.ShouldBe("invalid-charter");
    }
}
