using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Rounds;
using Polity.Core.Tests.Rounds;
using Polity.Core.Treasury;

namespace Polity.Core.Tests.Treasury;

/// <summary>Money moving back by proposal: from a budget or a finished round to the treasury or another budget, and budgets a charter amendment drops.</summary>
public sealed class ReturnFundsSpecs : RoundSpec
{
    public ReturnFundsSpecs() => GivenNetwork(Charter, officers: Officers);

    /// <summary>The grants charter with a second EUR budget, <c>commons</c>, and grant proposals that may also return money, open rounds and amend the charter.</summary>
    private static Charter Charter
    {
        get
        {
            var charter = TestCharter.WithGrants();
            return charter with
            {
                DecisionTypes =
                [
                    TestCharter.Grant() with
                    {
                        Actions = [ActionKinds.Transfer, ActionKinds.AllocateBudget, ActionKinds.AwardGrant, ActionKinds.OpenRound, ActionKinds.ReturnFunds,
                            ActionKinds.AmendCharter, ActionKinds.Signal],
                    },
                    TestCharter.Policy(),
                    TestCharter.Amend(),
                ],
                Treasury = charter.Treasury with { Budgets = [.. charter.Treasury.Budgets, new BudgetProgram("commons", "EUR", "Commons", null)] },
            };
        }
    }

    private static ProposalAction.ReturnFunds Return(string from, long amount, string to = "treasury", string memo = "") => new(from, to, "EUR", amount, memo);

    /// <summary>The current charter without the small-grants budget, as version v2.</summary>
    private CharterVersion WithoutSmallGrants() => TestCharter.Version(State.Charter.Charter with
    {
        Treasury = State.Charter.Charter.Treasury with { Budgets = [.. State.Charter.Charter.Treasury.Budgets.Where(b => b.Program != "small-grants")] },
    }, "v2");

    [Fact]
    public void A_budget_returns_money_to_the_treasury_in_a_journal_entry_citing_the_proposal()
    {
        Pass(new ProposalAction.AllocateBudget("small-grants", "EUR", 300_000));
        var id = Pass(Return("budget:small-grants", 100_000, memo: "program under-spent"));
        Balance(Account.Budget("small-grants")).ShouldBe(200_000);
        Balance(Account.Treasury).ShouldBe(1_000_000 - 300_000 + 100_000);
        var entry = State.Journal.Entries[^1];
        (entry.Authority, entry.Memo).ShouldBe((new JournalAuthority.Proposal(id), "program under-spent"));
        entry.Postings.Sum(p => p.Amount).ShouldBe(0);
    }

    [Fact]
    public void A_budget_moves_money_to_another_budget_of_the_same_asset()
    {
        Pass(new ProposalAction.AllocateBudget("small-grants", "EUR", 300_000));
        Pass(Return("budget:small-grants", 50_000, to: "budget:commons"));
        (Balance(Account.Budget("small-grants")), Balance(Account.Budget("commons"))).ShouldBe((250_000L, 50_000L));
        State.Journal.Entries[^1].Memo.ShouldBe("return from budget:small-grants to budget:commons");
    }

    [Fact]
    public void Refuses_sources_and_destinations_that_are_not_budgets_rounds_or_the_treasury()
    {
        Draft(Return("treasury", 100))!.Code.ShouldBe("bad-account");
        Draft(Return("budget:small-grants", 100, to: "round:spring"))!.Message.ShouldBe("money returns to treasury or budget:<program>, not 'round:spring'");
        Draft(Return("budget:small-grants", 100, to: "budget:small-grants"))!.Code.ShouldBe("same-account");
        Draft(Return("budget:nowhere", 100))!.Code.ShouldBe("unknown-budget");
        Draft(Return("budget:small-grants", 100, to: "budget:usdc-pilots"))!.Code.ShouldBe("wrong-asset");
        Draft(Return("round:spring", 100))!.Code.ShouldBe("unknown-round");
        Draft(Return("budget:small-grants", 0))!.Code.ShouldBe("bad-amount");
    }

    [Fact]
    public void A_return_of_more_than_the_budget_holds_does_not_execute()
    {
        Pass(new ProposalAction.AllocateBudget("small-grants", "EUR", 300_000));
        var id = Queued(Return("budget:small-grants", 300_001));
        var refusal = When(A("c1"), new ProposalExecuted(id))!;
        refusal.Code.ShouldBe("insufficient-funds");
        refusal.Message.ShouldBe("budget 'small-grants' holds 3000.00 EUR; 3000.01 EUR is needed");
    }

    [Fact]
    public void A_rounds_remainder_returns_once_its_result_is_in_and_not_before()
    {
        Open(QfPlan());
        var early = Queued(Return("round:match", 100_000));
        var refusal = When(A("c1"), new ProposalExecuted(early))!;
        refusal.Code.ShouldBe("round-not-finished");
        refusal.Message.ShouldBe("round 'match' is in its voting phase: its money returns only once the result is in");
        AdvanceTo("match", RoundPhase.Result);
        Given(A("c1"), new ProposalExecuted(early));
        Balance(Account.Round("match")).ShouldBe(0);
        Balance(Account.Treasury).ShouldBe(1_000_000);
    }

    [Fact]
    public void What_a_rounds_result_owes_to_applications_not_yet_awarded_stays_in_the_round()
    {
        Open(QfPlan());
        Candidate("match", 300_000, "g1");
        AdvanceTo("match", RoundPhase.Voting);
        Given(A("c1"), new RoundContributed("match", 1, 400));
        var (all, remainder) = QueuedTogether([Return("round:match", 100_400)], [Return("round:match", 100_000)]) is [var a, var r] ? (a, r) : default;
        AdvanceTo("match", RoundPhase.Result);

        var refusal = When(A("c1"), new ProposalExecuted(all))!;
        refusal.Code.ShouldBe("awards-pending");
        refusal.Message.ShouldBe("round 'match' still owes 4.00 EUR to funded applications not yet awarded; at most 1000.00 EUR can return");
        Given(A("c1"), new ProposalExecuted(remainder));
        Balance(Account.Round("match")).ShouldBe(400);
    }

    [Fact]
    public void An_amendment_dropping_a_budget_that_holds_money_does_not_execute()
    {
        Pass(new ProposalAction.AllocateBudget("small-grants", "EUR", 300_000));
        var next = WithoutSmallGrants();
        var id = Queued(new ProposalAction.AmendCharter(next));
        var refusal = When(A("c1"), new ProposalExecuted(id))!;
        refusal.Code.ShouldBe("budget-holds-money");
        refusal.Message.ShouldBe("the new charter drops budget 'small-grants', which holds 3000.00 EUR: " +
                                 "return its money first (a return-funds action from budget:small-grants before the amendment)");
    }

    [Fact]
    public void An_amendment_that_first_returns_the_budgets_money_drops_it()
    {
        Pass(new ProposalAction.AllocateBudget("small-grants", "EUR", 300_000));
        var next = WithoutSmallGrants();
        Pass(Return("budget:small-grants", 300_000), new ProposalAction.AmendCharter(next));
        Balance(Account.Budget("small-grants")).ShouldBe(0);
        Balance(Account.Treasury).ShouldBe(1_000_000);
        State.Charter.Charter.Treasury.FindBudget("small-grants").ShouldBeNull();
    }
}
