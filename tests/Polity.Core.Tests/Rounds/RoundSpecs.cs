using Polity.Core.Events;
using Polity.Core.Grants;
using Polity.Core.Rounds;
using Polity.Core.Treasury;

namespace Polity.Core.Tests.Rounds;

/// <summary>Opening a round and its applications and review phases.</summary>
public sealed class RoundSpecs : RoundSpec
{
    public RoundSpecs() => GivenRoundsNetwork();

    [Fact]
    public void An_executed_open_round_moves_the_pool_from_its_budget_into_the_rounds_account_and_starts_applications()
    {
        var round = Open(PbPlan());
        Balance(Account.Budget("small-grants")).ShouldBe(0);
        Balance(Account.Round("spring")).ShouldBe(500_000);
        var entry = State.Journal.Entries[^1];
        (entry.Memo, entry.Authority).ShouldBe(("pool of round spring", (JournalAuthority)new JournalAuthority.Proposal(round.OpenedBy)));
        round.OpenedAt.ShouldBe(State.Now);
        round.PhaseAt(State.Now).ShouldBe(RoundPhase.Applications);
        (round.ApplicationsEnd, round.ReviewEnd, round.VotingEnd).ShouldBe((State.Now + 7 * Day, State.Now + 10 * Day, State.Now + 17 * Day));
    }

    [Fact]
    public void A_round_without_a_budget_takes_its_pool_from_the_treasury()
    {
        Open(QfPlan());
        Balance(Account.Treasury).ShouldBe(900_000);
        Balance(Account.Round("match")).ShouldBe(100_000);
    }

    [Fact]
    public void Rejects_open_round_actions_that_are_malformed_when_drafted()
    {
        Draft(new ProposalAction.OpenRound(PbPlan() with { Id = "Spring Round" }))!.Code.ShouldBe("bad-round");
        Draft(new ProposalAction.OpenRound(PbPlan() with { Kind = "lottery" }))!.Code.ShouldBe("bad-kind");
        Draft(new ProposalAction.OpenRound(PbPlan(rule: "borda")))!.Code.ShouldBe("bad-rule");
        Draft(new ProposalAction.OpenRound(PbPlan(ballot: "ranked")))!.Code.ShouldBe("bad-ballot");
        Draft(new ProposalAction.OpenRound(PbPlan(rule: "greedy", completion: "add1")))!.Code.ShouldBe("bad-completion");
        Draft(new ProposalAction.OpenRound(PbPlan() with { Points = 5 }))!.Code.ShouldBe("bad-points");
        Draft(new ProposalAction.OpenRound(PbPlan() with { Voters = [] }))!.Code.ShouldBe("no-voters");
        Draft(new ProposalAction.OpenRound(PbPlan() with { Voters = ["elders"] }))!.Code.ShouldBe("unknown-house");
        Draft(new ProposalAction.OpenRound(PbPlan() with { Review = 0 }))!.Code.ShouldBe("bad-schedule");
        Draft(new ProposalAction.OpenRound(PbPlan() with { Budget = "usdc-pilots" }))!.Code.ShouldBe("wrong-asset");
        Draft(new ProposalAction.OpenRound(PbPlan() with { Pool = 0 }))!.Code.ShouldBe("bad-amount");
        Draft(new ProposalAction.OpenRound(QfPlan() with { Voters = ["community"] }))!.Code.ShouldBe("bad-rule");
        Draft(new ProposalAction.OpenRound(QfPlan(minimum: 0)))!.Code.ShouldBe("bad-amount");
        Draft(new ProposalAction.OpenRound(PbPlan())).ShouldBeNull();
    }

    [Fact]
    public void Rejects_opening_a_round_whose_id_is_taken_or_whose_budget_lacks_the_pool()
    {
        var id = Queued(new ProposalAction.OpenRound(PbPlan()));
        When(A("c1"), new ProposalExecuted(id))!.Code.ShouldBe("insufficient-funds");
        Open(PbPlan());
        Draft(new ProposalAction.OpenRound(PbPlan()))!.Code.ShouldBe("round-exists");
    }

    [Fact]
    public void An_application_naming_the_round_is_filed_under_it()
    {
        Open(PbPlan());
        Given(A("g2"), ToRound("spring", 300_000));
        State.Grants[1].Round.ShouldBe("spring");
        State.Rounds["spring"].Applications.ShouldBe([1L]);
        State.Grants[1].Trail[^1].What.ShouldBe("applied to round spring for 3000.00 EUR");
    }

    [Fact]
    public void Rejects_applications_to_an_unknown_round_outside_its_phase_or_that_do_not_fit_it()
    {
        When(A("g2"), ToRound("spring", 300_000))!.Code.ShouldBe("unknown-round");
        Open(PbPlan());
        When(A("g2"), ToRound("spring", 300_000) with { Program = "small-grants" })!.Code.ShouldBe("bad-program");
        When(A("g2"), ToRound("spring", 300_000) with { Asset = "USDC" })!.Code.ShouldBe("wrong-asset");
        When(A("g2"), ToRound("spring", 500_001))!.Code.ShouldBe("over-pool");
        AdvanceTo("spring", RoundPhase.Review);
        When(A("g2"), ToRound("spring", 300_000))!.Code.ShouldBe("applications-closed");
    }

    [Fact]
    public void Applications_are_reviewed_until_voting_opens_and_not_after()
    {
        Open(PbPlan());
        Given(A("g2"), ToRound("spring", 300_000));
        Given(A("g3"), ToRound("spring", 200_000, "g3"));
        AdvanceTo("spring", RoundPhase.Review);
        Given(A("r1"), new GrantReviewed(1, true, "fits"));
        AdvanceTo("spring", RoundPhase.Voting);
        When(A("r1"), new GrantReviewed(2, true, "late"))!.Code.ShouldBe("review-closed");
        RoundTally.Candidates(State, State.Rounds["spring"]).Select(g => g.Id).ShouldBe([1L]);
    }

    [Fact]
    public void A_round_application_keeps_the_conflict_of_interest_rule_of_grant_review()
    {
        Officers.ShouldContain(("r2", "reviewers"));
        Open(PbPlan());
        Given(A("r2"), ToRound("spring", 100_000, "r2"));
        When(A("r2"), new GrantReviewed(1, true, "mine"))!.Code.ShouldBe("conflict-of-interest");
        State.Grants[1].Status.ShouldBe(GrantStatus.Applied);
    }
}
