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
        var grant = AwardedWithFirstTranchePaid();
        Given(A("g2"), new MilestoneReported(grant, 2, "done too"));
        var grants = MetricsHistory.Build(Accepted).Latest.Grants;
        grants.ShouldBe(new GrantMetrics(1, 2, 2, 1, 1, new Fraction(1, 2)));
    }

    [Fact]
    public void Disbursements_are_not_counted_again_as_money_decided()
    {
        AwardedWithFirstTranchePaid();
        var funds = MetricsHistory.Build(Accepted).Latest.Funds.Single();
        funds.Total.ShouldBe(600_000); // the allocation to the budget and the award, 300 000 each
    }
}
