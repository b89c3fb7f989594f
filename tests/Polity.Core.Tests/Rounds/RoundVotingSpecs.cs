using Polity.Core.Events;
using Polity.Core.Rounds;

namespace Polity.Core.Tests.Rounds;

/// <summary>Ballots in a pb round, and the result the round's rule computes from them.</summary>
public sealed class RoundVotingSpecs : RoundSpec
{
    /// <summary>Applications 1 (g2, 3000.00), 2 (g3, 2000.00), 3 (g4, 1000.00), all eligible; the round is voting.</summary>
    private void GivenVoting(RoundPlan plan)
    {
        GivenRoundsNetwork();
        Open(plan);
        Candidate("spring", 300_000, "g2");
        Candidate("spring", 200_000, "g3");
        Candidate("spring", 100_000, "g4");
        AdvanceTo("spring", RoundPhase.Voting);
    }

    /// <summary>c1 and c2 approve 1 and 3; c3 approves 1 and 2; c4 approves 2 and 3; c5 approves 3. Votes: 3, 2, 4.</summary>
    private void GivenBallots()
    {
        Given(A("c1"), new RoundBallotCast("spring", [1, 3]));
        Given(A("c2"), new RoundBallotCast("spring", [1, 3]));
        Given(A("c3"), new RoundBallotCast("spring", [1, 2]));
        Given(A("c4"), new RoundBallotCast("spring", [2, 3]));
        Given(A("c5"), new RoundBallotCast("spring", [3]));
    }

    private IEnumerable<long> Selected() => Result("spring").Selected.Select(l => l.Grant);

    [Fact]
    public void Equal_shares_with_add_one_completion_funds_the_projects_whose_supporters_can_pay_their_share()
    {
        GivenVoting(PbPlan());
        GivenBallots();
        AdvanceTo("spring", RoundPhase.Result);
        var result = Result("spring");
        result.Final.ShouldBeTrue();
        result.Lines.Select(l => (l.Grant, l.Votes, l.Selected, l.Amount)).ShouldBe([(1L, 3L, false, 0L), (2L, 2L, true, 200_000L), (3L, 4L, true, 100_000L)]);
        (result.Awarded, result.Remainder).ShouldBe((300_000L, 200_000L));
    }

    [Fact]
    public void Greedy_funds_the_most_voted_projects_that_still_fit()
    {
        GivenVoting(PbPlan(rule: "greedy", completion: null));
        GivenBallots();
        Selected().ShouldBe([1L, 3L]);
    }

    [Fact]
    public void Sequential_phragmen_balances_the_load_on_the_same_ballots()
    {
        GivenVoting(PbPlan(rule: "phragmen", completion: null));
        GivenBallots();
        // 3 first (four supporters share its load), then 2, whose supporters c3 and c4 carry less load than 1's c1, c2, c3.
        Selected().ShouldBe([2L, 3L]);
    }

    [Fact]
    public void A_later_ballot_replaces_the_voters_earlier_one()
    {
        GivenVoting(PbPlan(rule: "greedy", completion: null));
        Given(A("c1"), new RoundBallotCast("spring", [1]));
        Given(A("c1"), new RoundBallotCast("spring", [2, 3]));
        State.Rounds["spring"].Ballots.Count.ShouldBe(1);
        Result("spring").Lines.Select(l => l.Votes).ShouldBe([0L, 1L, 1L]);
    }

    [Fact]
    public void Cumulative_ballots_spread_points_and_greedy_ranks_by_points()
    {
        GivenVoting(PbPlan(rule: "greedy", ballot: "cumulative", completion: null) with { Points = 10 });
        Given(A("c1"), new RoundBallotCast("spring", [2, 3], [9, 1]));
        Given(A("c2"), new RoundBallotCast("spring", [1, 3], [3, 7]));
        Result("spring").Lines.Select(l => (l.Votes, l.Score)).ShouldBe([(1L, 3L), (1L, 9L), (2L, 8L)]);
        Selected().ShouldBe([2L, 3L]);
        When(A("c3"), new RoundBallotCast("spring", [1, 2], [6, 5]))!.Code.ShouldBe("over-points");
        When(A("c3"), new RoundBallotCast("spring", [1, 2]))!.Code.ShouldBe("bad-ballot");
        When(A("c3"), new RoundBallotCast("spring", [1, 2], [1, 0]))!.Code.ShouldBe("bad-ballot");
    }

    [Fact]
    public void Rejects_ballots_outside_voting_by_non_voters_or_naming_what_is_not_on_the_ballot()
    {
        GivenRoundsNetwork();
        When(A("c1"), new RoundBallotCast("spring", [1]))!.Code.ShouldBe("unknown-round");
        Open(PbPlan());
        Candidate("spring", 300_000, "g2");
        Candidate("spring", 200_000, "g3");
        Given(A("g4"), ToRound("spring", 100_000, "g4"));
        Given(A("r1"), new GrantReviewed(3, false, "out of scope"));
        When(A("c1"), new RoundBallotCast("spring", [1]))!.Code.ShouldBe("not-voting");
        AdvanceTo("spring", RoundPhase.Voting);
        When(A("f1"), new RoundBallotCast("spring", [1]))!.Message.ShouldBe($"round 'spring' is voted by members of community; {A("f1")} is not one");
        When(A("c1"), new RoundBallotCast("spring", [3]))!.Code.ShouldBe("not-on-ballot");
        When(A("c1"), new RoundBallotCast("spring", []))!.Code.ShouldBe("bad-ballot");
        When(A("c1"), new RoundBallotCast("spring", [1, 1]))!.Code.ShouldBe("bad-ballot");
        When(A("c1"), new RoundBallotCast("spring", [1, 2], [1, 1]))!.Code.ShouldBe("bad-ballot");
        When(A("c1"), new RoundContributed("spring", 1, 100))!.Code.ShouldBe("wrong-kind");
    }

    [Fact]
    public void Rejects_an_approval_ballot_that_costs_more_than_the_pool_and_any_ballot_after_voting_closed()
    {
        GivenVoting(PbPlan());
        When(A("c1"), new RoundBallotCast("spring", [1, 2, 3]))!.Message
            .ShouldBe("the applications on this ballot cost 6000.00 EUR together; round 'spring' divides 5000.00 EUR");
        AdvanceTo("spring", RoundPhase.Result);
        When(A("c1"), new RoundBallotCast("spring", [1]))!.Code.ShouldBe("voting-closed");
    }
}
