using Polity.Core.Reports;
using Polity.Core.Tests.Treasury;

namespace Polity.Core.Tests.Reports;

/// <summary>The funds-flow graph of a network's own journal, labelled for people.</summary>
public sealed class FundsFlowStateTests : TreasurySpec
{
    public FundsFlowStateTests() => GivenGrantsNetwork();

    [Fact]
    public void A_grant_from_budget_to_payee_is_traced_with_stakeholder_names_and_grant_titles()
    {
        AwardedWithFirstTranchePaid();
        var eur = FundsFlow.Of(State).Assets.Single();
        eur.Edges.Select(e => (e.From, e.To, e.Amount)).ShouldBe(
        [
            ($"funder:{A("f1").Value}", "treasury", 1_000_000L),
            ("treasury", "budget:small-grants", 300_000L),
            ("budget:small-grants", "grant:1", 300_000L),
            ("grant:1", $"payee:{A("g2").Value}", 100_000L),
        ]);
        eur.Nodes.Select(n => n.Label).ShouldBe(["F1", "treasury", "budget:small-grants", "grant 1: River sensors", "G2"]);
        eur.Decimals.ShouldBe(2);
    }
}
