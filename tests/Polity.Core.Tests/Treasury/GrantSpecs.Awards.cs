using Polity.Core.Events;
using Polity.Core.Grants;
using Polity.Core.Rules;
using Polity.Core.Treasury;

namespace Polity.Core.Tests.Treasury;

public partial class GrantSpecs
{
    [Fact]
    public void An_executed_award_commits_the_money_from_its_budget_and_fixes_the_milestones()
    {
        var id = Eligible();
        Pass(new ProposalAction.AllocateBudget("small-grants", "EUR", 400_000));
        var proposal = Pass(AwardOf(id, amount: 240_000, milestones: [40_000, 200_000]));
        var g = State.Grants[id];
        g.Status.ShouldBe(GrantStatus.Awarded);
        g.Award.ShouldBe(new GrantAward(new JournalAuthority.Proposal(proposal), A("g2"), 240_000, Account.Budget("small-grants"), State.Now));
        g.Milestones.Select(m => (m.Number, m.Amount, m.Status)).ShouldBe([(1, 40_000L, MilestoneStatus.Pending), (2, 200_000L, MilestoneStatus.Pending)]);
        Balance(Account.Budget("small-grants")).ShouldBe(160_000);
        Balance(Account.Grant(id)).ShouldBe(240_000);
        g.Outstanding.ShouldBe(240_000);
        var entry = State.Journal.Entries[^1];
        (entry.Seq, entry.Memo, entry.Authority).ShouldBe((Seq, "grant 1: River sensors", (JournalAuthority)new JournalAuthority.Proposal(proposal)));
        g.Trail[^1].What.ShouldBe($"awarded 2400.00 EUR by proposal {proposal}");
    }

    [Fact]
    public void An_award_without_a_budget_commits_from_the_treasury()
    {
        var id = Awarded(budget: "");
        Balance(Account.Treasury).ShouldBe(700_000);
        State.Grants[id].Award!.Source.ShouldBe(Account.Treasury);
    }

    [Fact]
    public void Rejects_awards_that_do_not_match_an_eligible_application_when_drafted()
    {
        var applied = Apply();
        Draft(AwardOf(applied))!.Code.ShouldBe("wrong-status");
        var id = Eligible();
        Draft(AwardOf(id) with { Grant = 9 })!.Code.ShouldBe("unknown-grant");
        Draft(AwardOf(id, amount: 300_001))!.Code.ShouldBe("over-request");
        Draft(AwardOf(id) with { Milestones = Plan(1) })!.Code.ShouldBe("milestones-mismatch");
        Draft(AwardOf(id) with { Asset = "USDC" })!.Code.ShouldBe("wrong-asset");
        Draft(AwardOf(id, budget: "nope"))!.Code.ShouldBe("unknown-budget");
        Draft(AwardOf(id, budget: "usdc-pilots"))!.Code.ShouldBe("wrong-asset");
        Draft(AwardOf(id, recipient: "stranger"))!.Code.ShouldBe("unknown-stakeholder");
        Draft(AwardOf(id, amount: 0))!.Code.ShouldBe("bad-amount");
        Draft(AwardOf(id, amount: 100_000)).ShouldBeNull("an award may trim the request");
    }

    [Fact]
    public void Rejects_award_actions_the_decision_type_does_not_carry()
    {
        var id = Eligible();
        When(A("f1"), new ProposalCreated("policy", "Award by policy", "", ProposalOption.YesNo([AwardOf(id)]), [])).ShouldBeNull("policy takes the default actions");
        GivenNetwork(TestCharter.WithGrants() with { DecisionTypes = [TestCharter.Grant(), TestCharter.Amend()] }, officers: Officers);
        Eligible();
        Draft(AwardOf(1))!.Code.ShouldBe("action-not-allowed");
    }

    [Fact]
    public void A_grant_is_awarded_once_the_second_award_fails_at_execution()
    {
        var id = Eligible();
        var ids = QueuedTogether([AwardOf(id, budget: "")], [AwardOf(id, budget: "")]);
        Given(A("c1"), new ProposalExecuted(ids[0]));
        var refusal = When(A("c1"), new ProposalExecuted(ids[1]))!;
        refusal.Code.ShouldBe("wrong-status");
        refusal.Message.ShouldBe("grant 1 is Awarded: only an application a reviewer found eligible is awarded");
        Balance(Account.Grant(id)).ShouldBe(300_000);
    }

    [Fact]
    public void An_award_fails_at_execution_when_its_budget_cannot_cover_it()
    {
        var id = Eligible();
        var proposal = Queued(AwardOf(id));
        var refusal = When(A("c1"), new ProposalExecuted(proposal))!;
        refusal.Message.ShouldBe("budget 'small-grants' holds 0.00 EUR; 3000.00 EUR is needed");
        State.Grants[id].Status.ShouldBe(GrantStatus.Eligible);
    }

    [Fact]
    public void Allocation_and_award_in_one_proposal_execute_in_order()
    {
        var id = Eligible();
        Pass(new ProposalAction.AllocateBudget("small-grants", "EUR", 300_000), AwardOf(id));
        State.Grants[id].Status.ShouldBe(GrantStatus.Awarded);
        Balance(Account.Budget("small-grants")).ShouldBe(0);
        State.Journal.Entries.TakeLast(2).Select(e => e.Seq).Distinct().ShouldHaveSingleItem().ShouldBe(Seq);
    }

    [Fact]
    public void The_award_recipient_is_recused_from_voting_on_it()
    {
        var id = Eligible(Application(recipient: "c4"));
        Given(A("g1"), Proposal(AwardOf(id, budget: "")));
        var proposal = State.Proposals.Count;
        Given(A("g1"), new ProposalSubmitted(proposal));
        Advance(7 * Day);
        When(A("c4"), new BallotCast(proposal, ["for"]))!.Code.ShouldBe("recused");
    }

    [Fact]
    public void Other_decisions_award_through_the_same_core_path_with_their_own_authority()
    {
        var id = Eligible();
        var award = AwardOf(id, budget: "");
        GrantAwards.Check(State, award).ShouldBeNull();
        var ctx = new EventContext(Seq + 1, A("c1"), State.Now);
        var after = GrantAwards.Apply(State, award, new JournalAuthority.Proposal(77), ctx);
        after.Grants[id].Status.ShouldBe(GrantStatus.Awarded);
        after.Journal.Entries[^1].Authority.Describe().ShouldBe("proposal 77");
        after.Journal.Entries[^1].Seq.ShouldBe(Seq + 1);
        after.Journal.BalanceOf(Account.Grant(id), "EUR").ShouldBe(300_000);
        GrantAwards.Check(after, award)!.Code.ShouldBe("wrong-status");
        GrantAwards.Check(State, award with { Amount = 2_000_000, Milestones = Plan(2_000_000) })!.Code.ShouldBe("over-request");
    }
}
