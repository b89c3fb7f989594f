using Polity.Core.Events;
using Polity.Core.Grants;
using Polity.Core.Treasury;

namespace Polity.Core.Tests.Treasury;

public partial class GrantSpecs
{
    [Fact]
    public void The_grantee_reports_a_pending_milestone_once()
    {
        var id = Awarded(Application(recipient: "c5"));
        When(A("c1"), new MilestoneReported(id, 1, "done"))!.Code.ShouldBe("not-grantee");
        When(A("g2"), new MilestoneReported(id, 3, "done"))!.Message.ShouldBe("grant 1 has milestones 1 to 2, not 3");
        When(A("g2"), new MilestoneReported(id, 1, " "))!.Code.ShouldBe("bad-text");
        When(A("g2"), new MilestoneReported(9, 1, "done"))!.Code.ShouldBe("unknown-grant");
        Given(A("g2"), new MilestoneReported(id, 1, "Sensors installed: https://example.org/photos"));
        State.Grants[id].Milestones[0].Status.ShouldBe(MilestoneStatus.Reported);
        When(A("c5"), new MilestoneReported(id, 1, "again"))!.Code.ShouldBe("wrong-status");
        Given(A("c5"), new MilestoneReported(id, 2, "the recipient reports too"));
    }

    [Fact]
    public void Milestones_wait_for_the_award()
    {
        var id = Eligible();
        When(A("g2"), new MilestoneReported(id, 1, "early"))!.Message.ShouldBe("grant 1 is Eligible: milestones move only while a grant is Awarded");
    }

    [Fact]
    public void A_reviewer_without_an_interest_attests_a_reported_milestone_or_sends_it_back()
    {
        var id = Awarded(Application(beneficiaries: ["r2"]));
        When(A("r1"), new MilestoneAttested(id, 1, true, ""))!.Message.ShouldBe("milestone 1 of grant 1 is Pending: only a reported milestone is attested");
        Given(A("g2"), new MilestoneReported(id, 1, "half done"));
        When(A("t"), new MilestoneAttested(id, 1, true, ""))!.Code.ShouldBe("not-a-reviewer");
        When(A("r2"), new MilestoneAttested(id, 1, true, ""))!.Code.ShouldBe("conflict-of-interest");
        When(A("g2"), new MilestoneAttested(id, 1, true, ""))!.Code.ShouldBe("not-a-reviewer");
        Given(A("r1"), new MilestoneAttested(id, 1, false, "no photos"));
        var sentBack = State.Grants[id].Milestones[0];
        (sentBack.Status, sentBack.Reviewer, sentBack.ReviewNote).ShouldBe((MilestoneStatus.Pending, (Primitives.Address?)A("r1"), "no photos"));
        Given(A("g2"), new MilestoneReported(id, 1, "with photos"));
        Given(A("r1"), new MilestoneAttested(id, 1, true, "seen on site"));
        State.Grants[id].Milestones[0].Status.ShouldBe(MilestoneStatus.Attested);
        State.Grants[id].Trail.Select(t => t.What).TakeLast(4).ShouldBe(
            ["milestone 1 reported", "milestone 1 sent back", "milestone 1 reported", "milestone 1 attested"]);
    }

    [Fact]
    public void A_disburser_pays_an_attested_milestone_in_tranches_up_to_its_amount()
    {
        var id = Awarded();
        Given(A("g2"), new MilestoneReported(id, 1, "done"));
        When(A("t"), new GrantDisbursed(id, 1, 100_000, ""))!.Code.ShouldBe("not-attested");
        Given(A("r1"), new MilestoneAttested(id, 1, true, ""));
        When(A("r1"), new GrantDisbursed(id, 1, 100_000, ""))!.Code.ShouldBe("not-a-disburser");
        When(A("t"), new GrantDisbursed(id, 1, 0, ""))!.Code.ShouldBe("bad-amount");
        var over = When(A("t"), new GrantDisbursed(id, 1, 100_001, ""))!;
        over.Code.ShouldBe("over-disbursement");
        over.Message.ShouldBe("milestone 1 of grant 1 has 1000.00 EUR left to pay, not 1000.01 EUR");

        Given(A("t"), new GrantDisbursed(id, 1, 60_000, "bank ref 1"));
        var entry = State.Journal.Entries[^1];
        entry.Authority.ShouldBe(new JournalAuthority.Disbursement(id, 1));
        entry.Memo.ShouldBe("bank ref 1");
        entry.Postings.ShouldBe([new Posting(Account.Grant(id), "EUR", -60_000), new Posting(Account.Payee(A("g2")), "EUR", 60_000)]);
        State.Grants[id].Milestones[0].Status.ShouldBe(MilestoneStatus.Attested);
        Given(A("t"), new GrantDisbursed(id, 1, 40_000, ""));
        State.Grants[id].Milestones[0].Status.ShouldBe(MilestoneStatus.Paid);
        State.Journal.Entries[^1].Memo.ShouldBe("grant 1 milestone 1");
        When(A("t"), new GrantDisbursed(id, 1, 1, ""))!.Code.ShouldBe("over-disbursement");
        (State.Grants[id].Disbursed, State.Grants[id].Outstanding).ShouldBe((100_000L, 200_000L));
        Balance(Account.Grant(id)).ShouldBe(200_000);
    }

    [Fact]
    public void A_disburser_with_an_interest_may_not_pay_themselves()
    {
        GivenNetwork(TestCharter.WithGrants(), officers: [.. Officers, ("t2", "treasurers")]);
        var id = Awarded(Application(recipient: "t2"));
        Given(A("t2"), new MilestoneReported(id, 1, "done"));
        Given(A("r1"), new MilestoneAttested(id, 1, true, ""));
        When(A("t2"), new GrantDisbursed(id, 1, 100_000, ""))!.Message.ShouldContain("may not pay out it");
        Given(A("t"), new GrantDisbursed(id, 1, 100_000, ""));
    }

    [Fact]
    public void The_final_report_closes_the_grant_and_returns_what_was_not_paid_to_its_budget()
    {
        var id = Awarded();
        Given(A("g2"), new MilestoneReported(id, 1, "done"));
        Given(A("r1"), new MilestoneAttested(id, 1, true, ""));
        When(A("g2"), new GrantClosed(id, "we stop here"))!.Message.ShouldBe(
            "milestone 1 of grant 1 is attested but not fully paid: it is paid out before the grant closes");
        Given(A("t"), new GrantDisbursed(id, 1, 100_000, ""));
        When(A("c1"), new GrantClosed(id, "not mine"))!.Code.ShouldBe("not-grantee");
        When(A("g2"), new GrantClosed(id, ""))!.Code.ShouldBe("bad-text");
        var budgetBefore = Balance(Account.Budget("small-grants"));
        Given(A("g2"), new GrantClosed(id, "Milestone 2 was dropped: the river authority installed sensors first."));
        var g = State.Grants[id];
        g.Status.ShouldBe(GrantStatus.Closed);
        (g.Released, g.Outstanding, g.FinalReport.Length > 0).ShouldBe((200_000L, 0L, true));
        Balance(Account.Grant(id)).ShouldBe(0);
        Balance(Account.Budget("small-grants")).ShouldBe(budgetBefore + 200_000);
        State.Journal.Entries[^1].Authority.ShouldBe(new JournalAuthority.GrantClosure(id));
        g.Trail[^1].What.ShouldBe("closed; 2000.00 EUR returned to budget:small-grants");
        When(A("g2"), new MilestoneReported(id, 2, "late"))!.Code.ShouldBe("wrong-status");
        When(A("g2"), new GrantClosed(id, "again"))!.Code.ShouldBe("wrong-status");
    }

    [Fact]
    public void A_fully_paid_grant_closes_without_a_journal_entry()
    {
        var id = Awarded(budget: "");
        foreach (var m in new[] { 1, 2 })
        {
            Given(A("g2"), new MilestoneReported(id, m, "done"));
            Given(A("r1"), new MilestoneAttested(id, m, true, ""));
            Given(A("t"), new GrantDisbursed(id, m, State.Grants[id].Milestones[m - 1].Amount, ""));
        }
        var entries = State.Journal.Entries.Count;
        Given(A("g2"), new GrantClosed(id, "all delivered"));
        State.Journal.Entries.Count.ShouldBe(entries);
        State.Grants[id].Trail[^1].What.ShouldBe("closed");
        Balance(Account.Payee(A("g2"))).ShouldBe(300_000);
    }

    [Fact]
    public void Only_an_awarded_grant_closes()
    {
        var id = Eligible();
        When(A("g2"), new GrantClosed(id, "never started"))!.Code.ShouldBe("wrong-status");
    }
}
