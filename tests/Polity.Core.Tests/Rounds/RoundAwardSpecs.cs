using Polity.Core.Events;
using Polity.Core.Grants;
using Polity.Core.Rounds;
using Polity.Core.Treasury;

namespace Polity.Core.Tests.Rounds;

/// <summary>A round's result carried out by an award proposal paid from the round's account, through to a disbursement.</summary>
public sealed class RoundAwardSpecs : RoundSpec
{
    public RoundAwardSpecs()
    {
        GivenRoundsNetwork();
        Open(PbPlan(rule: "greedy", completion: null));
        Candidate("spring", 300_000, "g2");
        Candidate("spring", 100_000, "g1");
        AdvanceTo("spring", RoundPhase.Voting);
        Given(A("c1"), new RoundBallotCast("spring", [1]));
        Given(A("c2"), new RoundBallotCast("spring", [2]));
    }

    private IReadOnlyList<ProposalAction.AwardGrant> Awards() => RoundTally.Awards(State, State.Rounds["spring"]);

    [Fact]
    public void The_award_proposal_carries_the_result_and_once_executed_makes_grants_paid_from_the_round()
    {
        AdvanceTo("spring", RoundPhase.Result);
        Awards().ShouldBe([
            new ProposalAction.AwardGrant(1, A("g2"), "EUR", 300_000, State.Grants[1].Proposed, "", "spring"),
            new ProposalAction.AwardGrant(2, A("g1"), "EUR", 100_000, State.Grants[2].Proposed, "", "spring"),
        ], ignoreOrder: false);
        var proposal = Pass([.. Awards()]);
        State.Grants[1].Status.ShouldBe(GrantStatus.Awarded);
        State.Grants[1].Award!.Source.ShouldBe(Account.Round("spring"));
        State.Grants[1].Award!.By.ShouldBe(new JournalAuthority.Proposal(proposal));
        Balance(Account.Round("spring")).ShouldBe(100_000);
        Balance(Account.Grant(2)).ShouldBe(100_000);
        Result("spring").Remainder.ShouldBe(100_000);
    }

    [Fact]
    public void A_grant_from_a_round_reports_its_milestone_is_attested_and_paid_out()
    {
        AdvanceTo("spring", RoundPhase.Result);
        Pass([.. Awards()]);
        Given(A("g1"), new MilestoneReported(2, 1, "Done, see the photos"));
        Given(A("r1"), new MilestoneAttested(2, 1, true, "Seen"));
        Given(A("t"), new GrantDisbursed(2, 1, 33_333, "first tranche"));
        Balance(Account.Payee(A("g1"))).ShouldBe(33_333);
        Balance(Account.Grant(2)).ShouldBe(66_667);
    }

    [Fact]
    public void Rejects_round_awards_before_voting_closes_or_that_differ_from_the_result()
    {
        var early = new ProposalAction.AwardGrant(1, A("g2"), "EUR", 300_000, State.Grants[1].Proposed, "", "spring");
        Draft(early)!.Code.ShouldBe("round-not-closed");
        AdvanceTo("spring", RoundPhase.Result);
        var award = Awards()[0];
        Draft(award with { Round = "autumn" })!.Code.ShouldBe("unknown-round");
        Draft(award with { Budget = "small-grants" })!.Code.ShouldBe("bad-program");
        Draft(award with { Recipient = A("g3") })!.Code.ShouldBe("wrong-recipient");
        Draft(award with { Round = null })!.Message.ShouldBe("grant 1 applied to round 'spring': only that round's result awards it");
        Draft(award with { Amount = 150_000, Milestones = Plan(150_000) })!.Message.ShouldBe("round 'spring''s result gives grant 1 3000.00 EUR, not 1500.00 EUR");
        Given(A("g3"), Application(100_000, program: ""));
        Given(A("r1"), new GrantReviewed(3, true, "fits"));
        Draft(new ProposalAction.AwardGrant(3, A("g2"), "EUR", 100_000, Plan(100_000), "", "spring"))!.Code.ShouldBe("not-in-round");
        Draft(award).ShouldBeNull();
    }

    [Fact]
    public void On_a_system_clock_an_award_drafted_after_voting_closed_is_judged_at_its_own_time()
    {
        var round = State.Rounds["spring"];
        Advance(round.VotingEnd - State.Now - 60);
        var award = new ProposalAction.AwardGrant(1, A("g2"), "EUR", 300_000, State.Grants[1].Proposed, "", "spring");
        var onSystemClock = State with { Clock = ClockMode.System };
        Rules.NetworkRules.Check(onSystemClock, Proposal(award), new Rules.EventContext(Seq + 1, A("g1"), round.VotingEnd - 1))!.Code.ShouldBe("round-not-closed");
        Rules.NetworkRules.Check(onSystemClock, Proposal(award), new Rules.EventContext(Seq + 1, A("g1"), round.VotingEnd)).ShouldBeNull();
    }

    [Fact]
    public void Rejects_an_award_for_an_application_the_result_does_not_fund()
    {
        GivenRoundsNetwork();
        Open(PbPlan(rule: "greedy", completion: null));
        Candidate("spring", 300_000, "g2");
        Candidate("spring", 300_000, "g3");
        AdvanceTo("spring", RoundPhase.Voting);
        Given(A("c1"), new RoundBallotCast("spring", [1]));
        AdvanceTo("spring", RoundPhase.Result);
        Draft(new ProposalAction.AwardGrant(2, A("g3"), "EUR", 300_000, State.Grants[2].Proposed, "", "spring"))!.Code.ShouldBe("not-in-result");
    }
}
