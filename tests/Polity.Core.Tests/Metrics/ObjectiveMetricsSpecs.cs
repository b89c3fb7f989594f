using Polity.Core.Events;
using Polity.Core.Metrics;
using Polity.Core.Primitives;
using Polity.Core.Tests.Map;

namespace Polity.Core.Tests.Metrics;

/// <summary>Objective progress in the metrics, now and at the end of each month.</summary>
public sealed class ObjectiveMetricsSpecs : MapSpec
{
    public ObjectiveMetricsSpecs() => GivenMapNetwork();

    [Fact]
    public void Each_month_shows_the_latest_value_its_exact_share_and_whether_it_is_met_or_overdue()
    {
        // Set 2027-01-15 with baseline 2 and target 12, due 20 days later (2027-02-04).
        Given(Operator, Objective(baseline: 2, target: 12, deadline: State.Now + 20 * Day));
        Given(Operator, new ObjectiveProgressReported("river-sites", 4, "January log"));
        Advance(40 * Day); // 2027-02-24
        Given(Operator, new ObjectiveProgressReported("river-sites", 7, "February log"));
        Advance(10 * Day); // 2027-03-06
        Given(Operator, new ObjectiveProgressReported("river-sites", 12, "March log"));
        var report = MetricsHistory.Build(Accepted);
        report.Series.Select(s => s.Period).ShouldBe(["2027-01", "2027-02", "2027-03"]);
        report.Series.Select(s => s.Objectives.Single()).Select(o => (o.Current, o.Share, o.Met, o.Overdue)).ShouldBe(
        [
            (4L, new Fraction(1, 5), false, false),
            (7L, new Fraction(1, 2), false, true),
            (12L, new Fraction(1, 1), true, false),
        ]);
        report.Latest.Objectives.Single().ShouldBe(new ObjectiveMetrics(
            "river-sites", "Monitor the river", "sites", 2, 12, 12, 1_800_000_000 + 20 * Day, 3, new Fraction(1, 1), true, false));
    }

    [Fact]
    public void A_month_before_an_objective_was_set_lists_none()
    {
        Advance(40 * Day);
        Given(Operator, Objective());
        var report = MetricsHistory.Build(Accepted);
        report.Series.Select(s => s.Objectives.Count).ShouldBe([0, 1]);
        report.Latest.Objectives.Single().ShouldSatisfyAllConditions(o => o.Current.ShouldBe(2), o => o.Share.ShouldBe(Fraction.Zero), o => o.Reports.ShouldBe(0));
    }
}
