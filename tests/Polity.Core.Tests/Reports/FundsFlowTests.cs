using Polity.Core.Primitives;
using Polity.Core.Reports;
using Polity.Core.Treasury;

namespace Polity.Core.Tests.Reports;

/// <summary>The funds-flow graph on a journal written by hand, so every sum can be checked on paper.</summary>
public sealed class FundsFlowTests
{
    private static readonly Address F1 = new("0x" + new string('1', 40)), F2 = new("0x" + new string('2', 40));
    private static readonly Address P1 = new("0x" + new string('a', 40)), P2 = new("0x" + new string('b', 40));
    private static readonly JournalAuthority Vote = new JournalAuthority.Proposal(1);

    /// <summary>
    /// f1 60 and f2 40 in; 30 to budget b; 20 of it to grant 1; 15 paid from the grant to p1; 5 released back
    /// to b; 5 straight from the treasury to p2; a three-posting entry pays p1 4 and p2 6 from the treasury;
    /// f1 also pays 7 USD in; 1 more goes from the treasury to p2.
    /// </summary>
    private static Journal HandMade()
    {
        var j = Journal.Empty;
        j = j.Post(JournalEntry.Move(1, 0, "", new JournalAuthority.Deposit(), Account.Funder(F1), Account.Treasury, "EUR", 60));
        j = j.Post(JournalEntry.Move(2, 0, "", new JournalAuthority.Deposit(), Account.Funder(F2), Account.Treasury, "EUR", 40));
        j = j.Post(JournalEntry.Move(3, 0, "", Vote, Account.Treasury, Account.Budget("b"), "EUR", 30));
        j = j.Post(JournalEntry.Move(3, 0, "", Vote, Account.Budget("b"), Account.Grant(1), "EUR", 20));
        j = j.Post(JournalEntry.Move(4, 0, "", new JournalAuthority.Disbursement(1, 1), Account.Grant(1), Account.Payee(P1), "EUR", 15));
        j = j.Post(JournalEntry.Move(5, 0, "", new JournalAuthority.GrantClosure(1), Account.Grant(1), Account.Budget("b"), "EUR", 5));
        j = j.Post(JournalEntry.Move(6, 0, "", Vote, Account.Treasury, Account.Payee(P2), "EUR", 5));
        j = j.Post(new JournalEntry(7, 0, "", Vote,
            [new Posting(Account.Treasury, "EUR", -10), new Posting(Account.Payee(P1), "EUR", 4), new Posting(Account.Payee(P2), "EUR", 6)]));
        j = j.Post(JournalEntry.Move(8, 0, "", new JournalAuthority.Deposit(), Account.Funder(F1), Account.Treasury, "USD", 7));
        j = j.Post(JournalEntry.Move(9, 0, "", Vote, Account.Treasury, Account.Payee(P2), "EUR", 1));
        return j;
    }

    private static FundsFlowGraph Graph() => FundsFlow.Of(HandMade(), asset => asset == "EUR" ? 2 : 0);

    private static string E(AssetFlow flow, string from, string to) =>
        flow.Edges.Where(e => e.From == from && e.To == to).Select(e => $"{e.Amount} #{string.Join(",", e.Seqs)}").SingleOrDefault() ?? "none";

    [Fact]
    public void Each_asset_gets_its_own_graph_in_code_order_with_its_decimals()
    {
        var graph = Graph();
        graph.Assets.Select(a => (a.Asset, a.Decimals)).ShouldBe([("EUR", 2), ("USD", 0)]);
        E(graph.Assets[1], $"funder:{F1.Value}", "treasury").ShouldBe("7 #8");
        graph.Assets[1].Edges.Count.ShouldBe(1);
    }

    [Fact]
    public void Flows_with_the_same_ends_sum_exactly_and_cite_every_entry_behind_them()
    {
        var eur = Graph().Assets[0];
        E(eur, $"funder:{F1.Value}", "treasury").ShouldBe("60 #1");
        E(eur, "treasury", "budget:b").ShouldBe("30 #3");
        E(eur, "budget:b", "grant:1").ShouldBe("20 #3");
        E(eur, "grant:1", $"payee:{P1.Value}").ShouldBe("15 #4");
        E(eur, "grant:1", "budget:b").ShouldBe("5 #5");
        E(eur, "treasury", $"payee:{P2.Value}").ShouldBe("12 #6,7,9");
        E(eur, "treasury", $"payee:{P1.Value}").ShouldBe("4 #7");
        eur.FundedIn.ShouldBe(100);
    }

    [Fact]
    public void What_enters_a_node_equals_what_leaves_plus_its_journal_balance()
    {
        var journal = HandMade();
        foreach (var flow in Graph().Assets)
        {
            foreach (var node in flow.Nodes)
            {
                Account.TryParse(node.Account, out var account).ShouldBeTrue();
                (node.In - node.Out).ShouldBe(journal.BalanceOf(account, flow.Asset), node.Account);
                node.Balance.ShouldBe(journal.BalanceOf(account, flow.Asset));
            }
        }
        var treasury = Graph().Assets[0].Nodes.Single(n => n.Account == "treasury");
        (treasury.In, treasury.Out, treasury.Balance).ShouldBe((100L, 46L, 54L)); // out: 30 + 5 + 10 + 1
    }

    [Fact]
    public void Nodes_sit_in_stage_order_funders_treasury_budgets_grants_payees()
    {
        var eur = Graph().Assets[0];
        eur.Nodes.Select(n => n.Stage).ShouldBe(
            [FlowStage.Funders, FlowStage.Funders, FlowStage.Treasury, FlowStage.Budgets, FlowStage.Grants, FlowStage.Payees, FlowStage.Payees]);
        eur.Nodes[0].Account.ShouldBe($"funder:{F1.Value}"); // larger throughput first
        eur.Nodes.Select(n => n.Label).ShouldBe(eur.Nodes.Select(n => n.Account)); // no label function: the account itself
    }

    [Fact]
    public void An_empty_journal_has_no_assets()
    {
        FundsFlow.Of(Journal.Empty, _ => 0).Assets.ShouldBeEmpty();
    }
}
