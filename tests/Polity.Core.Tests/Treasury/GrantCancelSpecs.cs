using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Grants;
using Polity.Core.Treasury;

namespace Polity.Core.Tests.Treasury;

/// <summary>Cancelling an awarded grant by proposal: the unpaid commitment goes back to where it came from.</summary>
public sealed class GrantCancelSpecs : TreasurySpec
{
    public GrantCancelSpecs()
    {
        var charter = TestCharter.WithGrants();
        GivenNetwork(charter with
        {
            DecisionTypes = [.. charter.DecisionTypes.Select(d => d.Id == "grant" ? d with { Actions = [.. d.Actions, ActionKinds.CancelGrant] } : d)],
        }, officers: Officers);
    }

    /// <summary>Grant 1: 3 000.00 EUR from small-grants in milestones of 1 000.00 and 2 000.00; the first is paid.</summary>
    private long AwardedWithFirstPaid()
    {
        var grant = Eligible();
        Pass(new ProposalAction.AllocateBudget("small-grants", "EUR", 400_000),
            new ProposalAction.AwardGrant(grant, A("g2"), "EUR", 300_000, Plan(100_000, 200_000), "small-grants"));
        Given(A("g2"), new MilestoneReported(grant, 1, "installed"));
        Given(A("r1"), new MilestoneAttested(grant, 1, true, "seen"));
        Given(A("t"), new GrantDisbursed(grant, 1, 100_000, "tranche 1"));
        return grant;
    }

    [Fact]
    public void Cancelling_returns_the_unpaid_commitment_to_the_budget_citing_the_proposal()
    {
        var grant = AwardedWithFirstPaid();
        var id = Pass(new ProposalAction.CancelGrant(grant, "project abandoned"));
        Balance(Account.Grant(grant)).ShouldBe(0);
        Balance(Account.Budget("small-grants")).ShouldBe(100_000 + 200_000);
        var entry = State.Journal.Entries[^1];
        (entry.Authority, entry.Memo).ShouldBe((new JournalAuthority.Proposal(id), "grant 1 cancelled: unpaid commitment returned"));
        var g = State.Grants[grant];
        (g.Status, g.CancelledBy, g.Released, g.FinalReport).ShouldBe((GrantStatus.Closed, (long?)id, 200_000L, $"cancelled by proposal {id}: project abandoned"));
        g.Trail[^1].What.ShouldBe($"cancelled by proposal {id}; 2000.00 EUR returned to budget:small-grants");
    }

    [Fact]
    public void Only_an_awarded_grant_with_no_attested_unpaid_milestone_is_cancelled_and_a_reason_is_needed()
    {
        Draft(new ProposalAction.CancelGrant(9, "x"))!.Code.ShouldBe("unknown-grant");
        var applied = Eligible();
        Draft(new ProposalAction.CancelGrant(applied, "x"))!.Message.ShouldBe($"grant {applied} is Eligible: only an awarded grant is cancelled");
        var grant = AwardedWithFirstPaid();
        Draft(new ProposalAction.CancelGrant(grant, ""))!.Code.ShouldBe("bad-text");
        Given(A("g2"), new MilestoneReported(grant, 2, "data"));
        Given(A("r1"), new MilestoneAttested(grant, 2, true, "seen"));
        Draft(new ProposalAction.CancelGrant(grant, "late"))!.Code.ShouldBe("unpaid-milestone");
    }

    [Fact]
    public void A_grant_closed_before_the_cancellation_executes_stays_as_it_was()
    {
        var grant = AwardedWithFirstPaid();
        var id = Queued(new ProposalAction.CancelGrant(grant, "project abandoned"));
        Given(A("g2"), new GrantClosed(grant, "done early"));
        When(A("c1"), new ProposalExecuted(id))!.Code.ShouldBe("wrong-status");
        State.Grants[grant].CancelledBy.ShouldBeNull();
    }
}
