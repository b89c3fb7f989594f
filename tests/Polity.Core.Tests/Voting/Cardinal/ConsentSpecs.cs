using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;
using Polity.Core.Voting.Cardinal;

namespace Polity.Core.Tests.Voting.Cardinal;

/// <summary>Consent through the lifecycle: blocks raised, answered and withdrawn; who may block.</summary>
public sealed class ConsentSpecs : NetworkSpec
{
    /// <summary>A consent policy on which grantees and community vote, without quorum, 3 days' deliberation and 5 of voting.</summary>
    private static DecisionType ConsentPolicy(params string[] houses) => TestCharter.Policy("consent") with
    {
        Houses = (houses.Length > 0 ? houses : ["grantees", "community"]).Select(h => new HouseVoteRule(h, Ratio.Zero, new Ratio(1, 2))).ToList(),
    };

    private long PolicyInDeliberation(params string[] houses)
    {
        GivenNetwork(TestCharter.Create(TestCharter.Grant(), ConsentPolicy(houses), TestCharter.Amend()));
        Given(A("g1"), new ProposalCreated("policy", "Open data by default", "", ProposalOption.YesNo([]), []));
        Given(A("g1"), new ProposalSubmitted(1));
        return 1;
    }

    private void CloseVoting() => Advance(8 * Day);

    [Fact]
    public void A_proposal_without_blocks_passes_its_first_option_even_with_no_ballots()
    {
        var id = PolicyInDeliberation();
        Given(A("c1"), new CommentPosted(id, Comment.Objection, "Who maintains the portal?", 0));
        CloseVoting();
        Status(id).ShouldBe(ProposalStatus.Succeeded);
        Tally(id).Passed.ShouldBe(["for"]);
    }

    [Fact]
    public void A_standing_block_stops_the_proposal_in_its_authors_house_and_the_tally_lists_it()
    {
        var id = PolicyInDeliberation();
        Given(A("c2"), new CommentPosted(id, Comment.Block, "It publishes members' home addresses.", 0));
        Advance(3 * Day);
        Given(A("g2"), new BallotCast(id, [ConsentMethod.Consent]));
        Given(A("g3"), new BallotCast(id, [ConsentMethod.StandAside]));
        Advance(5 * Day);
        Status(id).ShouldBe(ProposalStatus.Defeated);
        var tally = Tally(id);
        tally.Houses.Single(h => h.House == "grantees").Options.Single(o => o.Option == "for").Passed.ShouldBeTrue();
        var community = tally.Houses.Single(h => h.House == "community");
        community.Options.Single(o => o.Option == "for").Passed.ShouldBeFalse();
        var detail = community.Detail.ShouldBeOfType<ConsentMethod.ConsentDetail>();
        detail.StandingBlocks.Single().Author.ShouldBe(A("c2"));
        detail.Lines().ShouldContain($"block #1 by {A("c2")} stands: It publishes members' home addresses.");
        tally.Houses.Single(h => h.House == "grantees").TurnoutWeight.ShouldBe(2); // consent and stand-aside both count for quorum
    }

    [Fact]
    public void A_block_answered_and_withdrawn_before_the_close_no_longer_stops_the_proposal()
    {
        var id = PolicyInDeliberation();
        Given(A("c2"), new CommentPosted(id, Comment.Block, "It publishes home addresses.", 0));
        Given(A("g1"), new CommentPosted(id, Comment.Plain, "Amended: addresses are never published.", 1));
        Advance(4 * Day);
        Given(A("c2"), new ObjectionWithdrawn(id, 1));
        State.Proposals[id].Comments[0].WithdrawnAt.ShouldBe(State.Now);
        CloseVoting();
        Status(id).ShouldBe(ProposalStatus.Succeeded);
    }

    [Fact]
    public void A_block_by_someone_outside_the_voting_houses_does_not_count()
    {
        var id = PolicyInDeliberation("grantees");
        Given(A("c1"), new CommentPosted(id, Comment.Block, "I object strongly.", 0));
        CloseVoting();
        Status(id).ShouldBe(ProposalStatus.Succeeded);
    }

    [Fact]
    public void Only_the_author_withdraws_an_objection_once_and_only_while_deliberation_or_voting_is_open()
    {
        var id = PolicyInDeliberation();
        Given(A("c1"), new CommentPosted(id, Comment.Plain, "A question.", 0));
        Given(A("c2"), new CommentPosted(id, Comment.Objection, "Too vague.", 0));
        When(A("c3"), new ObjectionWithdrawn(id, 2))!.Code.ShouldBe("not-author");
        When(A("c1"), new ObjectionWithdrawn(id, 1))!.Code.ShouldBe("not-an-objection");
        When(A("c2"), new ObjectionWithdrawn(id, 3))!.Code.ShouldBe("unknown-comment");
        When(A("c2"), new ObjectionWithdrawn(9, 1))!.Code.ShouldBe("unknown-proposal");
        Given(A("c2"), new ObjectionWithdrawn(id, 2));
        When(A("c2"), new ObjectionWithdrawn(id, 2))!.Code.ShouldBe("already-withdrawn");
        Given(A("c3"), new CommentPosted(id, Comment.Block, "No.", 0));
        CloseVoting();
        When(A("c3"), new ObjectionWithdrawn(id, 3))!.Code.ShouldBe("wrong-status");
    }

    [Fact]
    public void A_block_needs_a_reason_and_ballots_are_consent_or_stand_aside()
    {
        var id = PolicyInDeliberation();
        When(A("c1"), new CommentPosted(id, Comment.Block, " ", 0))!.Code.ShouldBe("bad-text");
        When(A("c1"), new CommentPosted(id, "veto", "x", 0))!.Code.ShouldBe("bad-kind");
        Advance(3 * Day);
        When(A("c1"), new BallotCast(id, ["for"]))!.Code.ShouldBe("bad-ballot");
        When(A("c1"), new BallotCast(id, [ConsentMethod.Consent], [1]))!.Code.ShouldBe("bad-ballot");
        Given(A("c1"), new BallotCast(id, [ConsentMethod.Consent]));
    }

    [Fact]
    public void Quorum_still_applies_to_consent()
    {
        GivenNetwork(TestCharter.Create(TestCharter.Grant(), ConsentPolicy() with
        {
            Houses = [new HouseVoteRule("community", new Ratio(1, 2), new Ratio(1, 2))],
        }, TestCharter.Amend()));
        Given(A("c1"), new ProposalCreated("policy", "P", "", ProposalOption.YesNo([]), []));
        Given(A("c1"), new ProposalSubmitted(1));
        Advance(3 * Day);
        Given(A("c1"), new BallotCast(1, [ConsentMethod.Consent]));
        Advance(5 * Day);
        Status(1).ShouldBe(ProposalStatus.QuorumFailed);
    }
}
