using System.Numerics;
using Polity.Core.Funding.QuadraticFunding;

namespace Polity.Core.Tests.Funding;

public sealed class ContributionLedgerTests
{
    private static readonly Contribution[] Round =
    [
        new("bob", "p2", 5), new("alice", "p1", 10), new("carol", "p1", 1), new("alice", "p2", 7),
        new("alice", "p1", 3), new("dave", "p3", 0), new("bob", "p2", 2), new("carol", "p1", 1),
    ];

    [Fact]
    public void Sums_per_project_and_contributor_in_first_seen_order()
    {
        var ledger = ContributionLedger.From(Round);

        ledger.Recipients.ShouldBe(["p2", "p1", "p3"]);
        ledger.Entries().ShouldBe([
            ("p2", "bob", new BigInteger(7)), ("p2", "alice", new BigInteger(7)),
            ("p1", "alice", new BigInteger(13)), ("p1", "carol", new BigInteger(2)),
            ("p3", "dave", BigInteger.Zero),
        ]);
        ledger.TotalReceived.ShouldBe(new BigInteger(29));
    }

    [Fact]
    public void Bulk_and_one_by_one_give_the_same_ledger_and_can_be_mixed()
    {
        var one = new ContributionLedger();
        foreach (var c in Round[..5])
        {
            one.Add(c);
        }
        var bulk = ContributionLedger.From(Round[..5]);
        foreach (var c in Round[5..])
        {
            one.Add(c);
            bulk.Add(c);
        }

        bulk.Entries().ShouldBe(one.Entries());
        bulk.Recipients.ShouldBe(one.Recipients);
        bulk.TotalReceived.ShouldBe(one.TotalReceived);
    }

    [Fact]
    public void Skips_contributions_below_the_minimum_and_sums_amounts_beyond_64_bits()
    {
        var huge = BigInteger.Pow(2, 70);
        var ledger = ContributionLedger.From([new Contribution("a", "p", huge), new Contribution("b", "p", 1), new Contribution("a", "p", long.MaxValue)], minimumAmount: 2);

        ledger.Entries().ShouldBe([("p", "a", huge + long.MaxValue)]);
        ledger.TotalReceived.ShouldBe(huge + long.MaxValue);
    }
}
