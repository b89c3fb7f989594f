using Polity.Core.Events;
using Polity.Core.Treasury;

namespace Polity.Core.Tests.Treasury;

public class JournalSpecs : TreasurySpec
{
    public JournalSpecs() => GivenGrantsNetwork();

    [Fact]
    public void A_deposit_debits_the_treasury_and_credits_the_depositors_capital_citing_its_seq()
    {
        Given(A("f2"), new FundsDeposited("EUR", 2_500, "second pool"));
        var entry = State.Journal.Entries[^1];
        entry.Seq.ShouldBe(Seq);
        entry.Time.ShouldBe(State.Now);
        entry.Memo.ShouldBe("second pool");
        entry.Authority.ShouldBe(new JournalAuthority.Deposit());
        entry.Postings.ShouldBe([new Posting(Account.Funder(A("f2")), "EUR", -2_500), new Posting(Account.Treasury, "EUR", 2_500)]);
        Balance(Account.Treasury).ShouldBe(1_002_500);
        State.BalanceOf("EUR").ShouldBe(1_002_500);
        Balance(Account.Funder(A("f1"))).ShouldBe(-1_000_000);
    }

    [Fact]
    public void An_executed_transfer_pays_the_payee_and_cites_the_proposal_and_the_executing_entry()
    {
        var id = Pass(new ProposalAction.Transfer("EUR", 10_000, A("g2"), "sensors"));
        var entry = State.Journal.Entries[^1];
        entry.Seq.ShouldBe(Seq);
        entry.Authority.ShouldBe(new JournalAuthority.Proposal(id));
        entry.Memo.ShouldBe("sensors");
        Balance(Account.Payee(A("g2"))).ShouldBe(10_000);
        Balance(Account.Treasury).ShouldBe(990_000);
    }

    [Fact]
    public void An_allowance_spend_cites_the_role_whose_allowance_it_used()
    {
        Given(A("s"), new AllowanceSpent("EUR", 30_000, A("c1"), "hall"));
        var entry = State.Journal.Entries[^1];
        entry.Authority.ShouldBe(new JournalAuthority.Allowance("stewards"));
        entry.Postings.ShouldBe([new Posting(Account.Treasury, "EUR", -30_000), new Posting(Account.Payee(A("c1")), "EUR", 30_000)]);
    }

    [Fact]
    public void The_treasury_never_goes_below_zero_without_an_overdraft()
    {
        var id = Queued(new ProposalAction.Transfer("EUR", 1_000_001, A("g2"), "too much"));
        var refusal = When(A("c1"), new ProposalExecuted(id))!;
        refusal.Code.ShouldBe("insufficient-funds");
        refusal.Message.ShouldBe("the treasury holds 10000.00 EUR; 10000.01 EUR is needed");
        Balance(Account.Treasury).ShouldBe(1_000_000);
    }

    [Fact]
    public void The_charters_overdraft_lets_the_treasury_go_that_far_below_zero_and_no_further()
    {
        GivenGrantsNetwork(overdraft: 50_000);
        var within = Pass(new ProposalAction.Transfer("EUR", 1_040_000, A("g2"), "bridge"));
        State.Proposals[within].ExecutedAt.ShouldNotBeNull();
        Balance(Account.Treasury).ShouldBe(-40_000);
        var beyond = Queued(new ProposalAction.Transfer("EUR", 10_001, A("g2"), "more"));
        When(A("c1"), new ProposalExecuted(beyond))!.Message.ShouldBe("the treasury holds -400.00 EUR (and may overdraw 500.00 EUR); 100.01 EUR is needed");
    }

    [Fact]
    public void Deposits_in_two_assets_keep_separate_balances_on_the_same_accounts()
    {
        Given(A("f1"), new FundsDeposited("USDC", 7_000_000, "stable"));
        Balance(Account.Treasury, "USDC").ShouldBe(7_000_000);
        Balance(Account.Treasury, "EUR").ShouldBe(1_000_000);
        State.Balances.ShouldBe(new Dictionary<string, long> { ["EUR"] = 1_000_000, ["USDC"] = 7_000_000 }, ignoreOrder: true);
    }
}
