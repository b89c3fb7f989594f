using Polity.Core.Events;
using Polity.Core.Metrics;
using Polity.Core.Primitives;
using Polity.Core.Tests.Treasury;

namespace Polity.Core.Tests.Metrics;

/// <summary>Grant milestone completion and the funds a house decided, on the grants network.</summary>
public sealed class GrantMetricsSpecs : TreasurySpec
{
    public GrantMetricsSpecs() => GivenGrantsNetwork();

    [Fact]
    public void Completion_counts_paid_milestones_over_all_milestones_of_awarded_grants()
    {
        var grant = Awarded(); // two milestones: 100 000 and 200 000
        Given(A("g2"), new MilestoneReported(grant, 1, "done"));
        Given(A("r1"), new MilestoneAttested(grant, 1, true, "checked"));
        Given(A("t"), new GrantDisbursed(grant, 1, 100_000, "transfer 1"));
        Given(A("g2"), new MilestoneReported(grant, 2, "done too"));
        var grants = MetricsHistory.Build(Accepted).Latest.Grants;
        grants.ShouldBe(new GrantMetrics(1, 2, 2, 1, 1, new Fraction(1, 2)));
    }

    [Fact]
    public void Disbursements_are_not_counted_again_as_money_decided()
    {
        var grant = Awarded();
        Given(A("g2"), new MilestoneReported(grant, 1, "done"));
        Given(A("r1"), new MilestoneAttested(grant, 1, true, "checked"));
        Given(A("t"), new GrantDisbursed(grant, 1, 100_000, "transfer 1"));
        var funds = MetricsHistory.Build(Accepted).Latest.Funds.Single();
        funds.Total.ShouldBe(600_000); // the allocation to the budget and the award, 300 000 each
    }
}
