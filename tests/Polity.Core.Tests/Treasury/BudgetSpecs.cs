using Polity.Core.Events;
using Polity.Core.Treasury;

namespace Polity.Core.Tests.Treasury;

public class BudgetSpecs : TreasurySpec
{
    public BudgetSpecs() => GivenGrantsNetwork();

    [Fact]
    public void Allocating_moves_money_from_the_treasury_into_the_envelope()
    {
        var id = Pass(new ProposalAction.AllocateBudget("small-grants", "EUR", 200_000));
        Balance(Account.Budget("small-grants")).ShouldBe(200_000);
        Balance(Account.Treasury).ShouldBe(800_000);
        State.BudgetAllocations["small-grants"].ShouldBe(200_000);
        State.Journal.Entries[^1].Authority.ShouldBe(new JournalAuthority.Proposal(id));
    }

    [Fact]
    public void A_transfer_from_a_budget_pays_out_of_the_envelope_not_the_treasury()
    {
        Pass(new ProposalAction.AllocateBudget("small-grants", "EUR", 200_000));
        Pass(new ProposalAction.Transfer("EUR", 50_000, A("g2"), "seeds") { From = "small-grants" });
        Balance(Account.Budget("small-grants")).ShouldBe(150_000);
        Balance(Account.Treasury).ShouldBe(800_000);
        Balance(Account.Payee(A("g2"))).ShouldBe(50_000);
    }

    [Fact]
    public void An_envelope_never_goes_below_zero_even_with_a_treasury_overdraft()
    {
        GivenGrantsNetwork(overdraft: 1_000_000);
        Pass(new ProposalAction.AllocateBudget("small-grants", "EUR", 10_000));
        var id = Queued(new ProposalAction.Transfer("EUR", 10_001, A("g2"), "seeds") { From = "small-grants" });
        var refusal = When(A("c1"), new ProposalExecuted(id))!;
        refusal.Code.ShouldBe("insufficient-funds");
        refusal.Message.ShouldBe("budget 'small-grants' holds 100.00 EUR; 100.01 EUR is needed");
    }

    [Fact]
    public void Rejects_unknown_budgets_and_other_assets_when_drafted()
    {
        Draft(new ProposalAction.AllocateBudget("big-grants", "EUR", 1))!.Message.ShouldBe("unknown budget 'big-grants': expected one of small-grants, usdc-pilots");
        Draft(new ProposalAction.AllocateBudget("small-grants", "USDC", 1))!.Code.ShouldBe("wrong-asset");
        Draft(new ProposalAction.AllocateBudget("small-grants", "EUR", 0))!.Code.ShouldBe("bad-amount");
        Draft(new ProposalAction.Transfer("EUR", 1, A("g2"), "") { From = "nope" })!.Code.ShouldBe("unknown-budget");
        Draft(new ProposalAction.Transfer("EUR", 1, A("g2"), "") { From = "usdc-pilots" })!.Code.ShouldBe("wrong-asset");
    }

    [Fact]
    public void Rejects_budget_actions_in_a_charter_without_budgets()
    {
        GivenNetwork(TestCharter.Create(TestCharter.Grant() with { Actions = [Charters.ActionKinds.AllocateBudget] }, TestCharter.Amend()));
        Draft(new ProposalAction.AllocateBudget("small-grants", "EUR", 1))!.Message.ShouldBe("unknown budget 'small-grants': the charter declares no budgets");
    }

    [Fact]
    public void The_cap_limits_the_total_ever_allocated_when_drafted_and_when_executed()
    {
        Draft(new ProposalAction.AllocateBudget("small-grants", "EUR", 500_001))!.Code.ShouldBe("over-cap");
        var ids = QueuedTogether(
            [new ProposalAction.AllocateBudget("small-grants", "EUR", 300_000)],
            [new ProposalAction.AllocateBudget("small-grants", "EUR", 300_000)]);
        Given(A("c1"), new ProposalExecuted(ids[0]));
        var refusal = When(A("c1"), new ProposalExecuted(ids[1]))!;
        refusal.Code.ShouldBe("over-cap");
        refusal.Message.ShouldBe("budget 'small-grants' is capped at 5000.00 EUR in total and has had 3000.00 EUR; 3000.00 EUR more would exceed it");
        Pass(new ProposalAction.Transfer("EUR", 300_000, A("g2"), "") { From = "small-grants" });
        Draft(new ProposalAction.AllocateBudget("small-grants", "EUR", 200_001))!.Code.ShouldBe("over-cap", "spending does not give back cap");
    }

    [Fact]
    public void An_allowance_tied_to_a_budget_spends_from_the_envelope()
    {
        GivenGrantsNetwork(allowanceBudget: "small-grants");
        When(A("s"), new AllowanceSpent("EUR", 1_000, A("c1"), "hall"))!.Message.ShouldBe("budget 'small-grants' holds 0.00 EUR; 10.00 EUR is needed");
        Pass(new ProposalAction.AllocateBudget("small-grants", "EUR", 20_000));
        Given(A("s"), new AllowanceSpent("EUR", 1_000, A("c1"), "hall"));
        Balance(Account.Budget("small-grants")).ShouldBe(19_000);
        Balance(Account.Treasury).ShouldBe(980_000);
    }

    [Fact]
    public void A_budget_transfer_allowed_when_drafted_is_checked_again_when_executed()
    {
        var id = Queued(new ProposalAction.Transfer("EUR", 5_000, A("g2"), "") { From = "small-grants" });
        When(A("c1"), new ProposalExecuted(id))!.Code.ShouldBe("insufficient-funds");
    }
}
