using Polity.Core.Events;
using Polity.Core.State;

namespace Polity.Core.Tests;

public class LifecycleSpecs : NetworkSpec
{
    public LifecycleSpecs() => GivenNetwork();

    [Fact]
    public void A_grant_goes_from_draft_to_executed_and_pays_out()
    {
        Given(A("g1"), new ProposalCreated("grant", "Sensors", "", ProposalOption.YesNo([new ProposalAction.Transfer("EUR", 10_000, A("g2"), "")]), []));
        Status(1).ShouldBe(ProposalStatus.Draft);
        Given(A("g1"), new ProposalSubmitted(1));
        Status(1).ShouldBe(ProposalStatus.Deliberation);
        Advance(7 * Day);
        Status(1).ShouldBe(ProposalStatus.Voting);
        Vote(1, ("c1", ["for"]), ("c2", ["for"]), ("g3", ["for"]));
        Advance(5 * Day);
        Status(1).ShouldBe(ProposalStatus.Succeeded);
        Given(A("c1"), QueueOf(1));
        Status(1).ShouldBe(ProposalStatus.Queued);
        Advance(2 * Day);
        Given(A("c1"), new ProposalExecuted(1));
        Status(1).ShouldBe(ProposalStatus.Executed);
        State.BalanceOf("EUR").ShouldBe(990_000);
    }

    [Fact]
    public void Rejects_vote_before_voting_opens_and_after_it_closes()
    {
        Given(A("g1"), new ProposalCreated("grant", "Sensors", "", ProposalOption.YesNo([]), []));
        Given(A("g1"), new ProposalSubmitted(1));
        When(A("c1"), new BallotCast(1, ["for"]))!.Code.ShouldBe("voting-closed");
        Advance(12 * Day);
        When(A("c1"), new BallotCast(1, ["for"]))!.Code.ShouldBe("voting-closed");
        State.Proposals[1].Ballots.ShouldBeEmpty();
    }

    [Fact]
    public void Rejects_vote_by_a_member_of_a_house_that_does_not_vote()
    {
        var id = GrantInVoting();
        When(A("f1"), new BallotCast(id, ["for"]))!.Code.ShouldBe("not-in-electorate");
    }

    [Fact]
    public void Rejects_a_second_ballot_and_keeps_the_first()
    {
        var id = GrantInVoting();
        Vote(id, ("c1", ["for"]));
        When(A("c1"), new BallotCast(id, ["against"]))!.Code.ShouldBe("already-voted");
        State.Proposals[id].Ballots[A("c1")].Choices.ShouldBe(["for"]);
    }

    [Fact]
    public void Rejects_a_recused_beneficiary_and_lists_the_recusal()
    {
        var id = GrantInVoting(to: "g2");
        When(A("g2"), new BallotCast(id, ["for"]))!.Code.ShouldBe("recused");
        var grantees = Tally(id).Houses.Single(h => h.House == "grantees");
        grantees.Recused.ShouldBe([A("g2")]);
        grantees.Electorate.ShouldBe(3);
    }

    [Fact]
    public void A_disclose_rule_lets_beneficiaries_vote_and_lists_them()
    {
        GivenNetwork(TestCharter.Create(TestCharter.Grant(coi: Charters.ConflictOfInterestRule.Disclose), TestCharter.Amend()));
        var id = GrantInVoting(to: "g2");
        Vote(id, ("g2", ["for"]));
        Tally(id).Houses.Single(h => h.House == "grantees").Disclosed.ShouldBe([A("g2")]);
    }

    [Fact]
    public void Rejects_a_ballot_naming_an_unknown_option()
    {
        var id = GrantInVoting();
        When(A("c1"), new BallotCast(id, ["maybe"]))!.Code.ShouldBe("bad-ballot");
    }

    [Fact]
    public void A_house_missing_its_quorum_fails_the_proposal_with_QuorumFailed()
    {
        Given(A("c1"), new ProposalCreated("policy", "Reports", "", ProposalOption.YesNo([new ProposalAction.Signal()]), []));
        Given(A("c1"), new ProposalSubmitted(1));
        Advance(3 * Day);
        Vote(1, ("f1", ["for"]), ("g1", ["for"]), ("g2", ["for"]), ("c1", ["for"]));
        Advance(5 * Day);
        var tally = Tally(1);
        tally.Outcome.ShouldBe(ProposalStatus.QuorumFailed);
        tally.Houses.Single(h => h.House == "community").QuorumMet.ShouldBeFalse();
        tally.Houses.Single(h => h.House == "funders").QuorumMet.ShouldBeTrue();
        When(A("c1"), new ProposalQueued(1, [], State.Now + Day))!.Code.ShouldBe("wrong-status");
    }

    [Fact]
    public void A_majority_against_defeats_the_proposal()
    {
        var id = GrantInVoting();
        Vote(id, ("c1", ["against"]), ("c2", ["against"]), ("c3", ["for"]), ("g1", ["for"]));
        Advance(5 * Day);
        Status(id).ShouldBe(ProposalStatus.Defeated);
    }

    [Fact]
    public void Execution_waits_for_the_timelock_and_expires_after_the_grace_period()
    {
        var id = GrantInVoting();
        Vote(id, ("c1", ["for"]), ("g1", ["for"]));
        Advance(5 * Day);
        Given(A("c1"), QueueOf(id));
        When(A("c1"), new ProposalExecuted(id))!.Code.ShouldBe("timelock");
        Advance(2 * Day + 14 * Day);
        Status(id).ShouldBe(ProposalStatus.Expired);
        When(A("c1"), new ProposalExecuted(id))!.Code.ShouldBe("wrong-status");
    }

    [Fact]
    public void Vetoes_above_the_threshold_stop_a_queued_proposal()
    {
        var id = GrantInVoting();
        Vote(id, ("c1", ["for"]), ("g1", ["for"]));
        Advance(5 * Day);
        Given(A("c1"), QueueOf(id));
        Given(A("f3"), new VetoCast(id, "no"));
        Status(id).ShouldBe(ProposalStatus.Queued);
        Given(A("f1"), new VetoCast(id, "no"));
        Status(id).ShouldBe(ProposalStatus.Vetoed);
        Advance(2 * Day);
        When(A("c1"), new ProposalExecuted(id))!.Code.ShouldBe("wrong-status");
        State.BalanceOf("EUR").ShouldBe(1_000_000);
    }

    [Fact]
    public void Rejects_a_veto_by_a_non_holder_and_after_the_timelock()
    {
        var id = GrantInVoting();
        Vote(id, ("c1", ["for"]), ("g1", ["for"]));
        Advance(5 * Day);
        Given(A("c1"), QueueOf(id));
        When(A("c2"), new VetoCast(id, "no"))!.Code.ShouldBe("not-veto-holder");
        Advance(2 * Day);
        When(A("f1"), new VetoCast(id, "no"))!.Code.ShouldBe("veto-closed");
    }

    [Fact]
    public void Rejects_a_queue_that_misstates_the_tally()
    {
        var id = GrantInVoting();
        Vote(id, ("c1", ["for"]), ("g1", ["for"]));
        Advance(5 * Day);
        When(A("c1"), new ProposalQueued(id, ["against"], State.Now + 2 * Day))!.Code.ShouldBe("wrong-tally");
        When(A("c1"), new ProposalQueued(id, ["for"], State.Now))!.Code.ShouldBe("wrong-eta");
    }

    [Fact]
    public void Execution_is_refused_when_the_treasury_cannot_pay()
    {
        var id = GrantInVoting(amount: 2_000_000);
        Vote(id, ("c1", ["for"]), ("g1", ["for"]));
        Advance(5 * Day);
        Given(A("c1"), QueueOf(id));
        Advance(2 * Day);
        When(A("c1"), new ProposalExecuted(id))!.Code.ShouldBe("insufficient-funds");
    }

    [Fact]
    public void Only_the_author_cancels_and_only_before_voting()
    {
        Given(A("g1"), new ProposalCreated("grant", "x", "", ProposalOption.YesNo([]), []));
        When(A("g2"), new ProposalCancelled(1, ""))!.Code.ShouldBe("not-author");
        Given(A("g1"), new ProposalCancelled(1, "changed my mind"));
        Status(1).ShouldBe(ProposalStatus.Cancelled);
        When(A("g1"), new ProposalSubmitted(1))!.Code.ShouldBe("wrong-status");
    }

    [Fact]
    public void Comments_and_objections_build_the_deliberation_record()
    {
        Given(A("g1"), new ProposalCreated("grant", "x", "", ProposalOption.YesNo([]), []));
        When(A("c1"), new CommentPosted(1, "comment", "hello", 0))!.Code.ShouldBe("wrong-status");
        Given(A("g1"), new ProposalSubmitted(1));
        Given(A("c1"), new CommentPosted(1, "objection", "too big", 0));
        Given(A("g1"), new CommentPosted(1, "comment", "trimmed", 1));
        When(A("c1"), new CommentPosted(1, "comment", "?", 9))!.Code.ShouldBe("unknown-comment");
        State.Proposals[1].Comments.Select(c => (c.Number, c.Kind, c.ReplyTo)).ShouldBe([(1L, "objection", 0L), (2L, "comment", 1L)]);
    }

    [Fact]
    public void Only_proposer_houses_may_propose()
    {
        When(A("f1"), new ProposalCreated("grant", "x", "", ProposalOption.YesNo([]), []))!.Code.ShouldBe("not-a-proposer");
    }

    [Fact]
    public void Actions_the_decision_type_does_not_allow_are_refused()
    {
        When(A("g1"), new ProposalCreated("grant", "x", "", ProposalOption.YesNo([new ProposalAction.RemoveMember("funders", A("f1"))]), []))!
            .Code.ShouldBe("action-not-allowed");
    }
}
