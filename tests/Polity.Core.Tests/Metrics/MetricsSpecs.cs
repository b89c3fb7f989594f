using Polity.Core.Events;
using Polity.Core.Metrics;
using Polity.Core.Primitives;

namespace Polity.Core.Tests.Metrics;

/// <summary>
/// Metrics on the small test network, worked by hand: funders f1..f3 by stake (60, 30, 10), grantees g1..g4 and
/// community c1..c5 one member one vote. The clock starts 2027-01-15 08:00 UTC.
/// </summary>
public sealed class MetricsSpecs : NetworkSpec
{
    public MetricsSpecs() => GivenNetwork();

    private MetricsReport Report() => MetricsHistory.Build(Accepted);

    private static HouseMetrics House(MetricsSnapshot s, string house) => s.Houses.Single(h => h.House == house);

    /// <summary>g1's grant paying g2: community c1, c2, c3 and grantees g3, g4 vote for; g2 is recused; then it is queued and executed.</summary>
    private long ExecutedGrant()
    {
        var id = GrantInVoting(10_000, "g2");
        Vote(id, ("c1", ["for"]), ("c2", ["for"]), ("c3", ["for"]), ("g3", ["for"]), ("g4", ["for"]));
        Advance(5 * Day);
        Given(A("c1"), QueueOf(id));
        Advance(2 * Day);
        Given(A("c1"), new ProposalExecuted(id));
        return id;
    }

    [Fact]
    public void Members_and_voting_power_concentration_per_house()
    {
        var latest = Report().Latest;
        latest.Houses.Select(h => (h.House, h.Members, h.TotalWeight)).ShouldBe(
            [("funders", 3, 100L), ("grantees", 4, 4L), ("community", 5, 5L), ("open-circle", 0, 0L)]);
        var funders = House(latest, "funders");
        (funders.Gini, funders.Nakamoto, funders.Top10Share).ShouldBe((new Fraction(1, 3), 1, new Fraction(1, 1)));
        var community = House(latest, "community");
        (community.Gini, community.Nakamoto, community.Top10Share).ShouldBe((Fraction.Zero, 3, new Fraction(1, 1)));
        House(latest, "open-circle").Nakamoto.ShouldBe(0);
    }

    [Fact]
    public void Turnout_recusals_origin_and_time_to_execution_of_a_grant()
    {
        var id = ExecutedGrant();
        var report = Report();
        var p = report.Proposals.Single();
        (p.Id, p.Status).ShouldBe((id, "Executed"));
        p.OriginHouses.ShouldBe(["grantees"]);
        p.SecondsToExecution.ShouldBe(14 * Day); // 7 days' deliberation, 5 of voting, 2 of timelock
        p.Houses.Select(h => (h.House, h.Ballots, h.Electorate, h.Turnout, h.Recused)).ShouldBe(
        [
            ("community", 3, 5, new Fraction(3, 5), 0),
            ("grantees", 2, 3, new Fraction(2, 3), 1), // g2 benefits and is recused: g1, g3, g4 remain
        ]);
        var grantees = House(report.Latest, "grantees");
        (grantees.Proposed, grantees.Decided, grantees.Passed, grantees.PassRate).ShouldBe((1, 1, 1, new Fraction(1, 1)));
        (grantees.MeanTurnout, grantees.Recusals, grantees.MeanSecondsToExecution).ShouldBe((new Fraction(2, 3), 1, new Fraction(14 * Day, 1)));
        var community = House(report.Latest, "community");
        (community.Proposed, community.PassRate, community.MeanTurnout, community.MeanSecondsToExecution).ShouldBe((0, null, new Fraction(3, 5), null));
    }

    [Fact]
    public void A_defeated_proposal_lowers_its_origin_houses_pass_rate_and_turnout_averages_over_closed_votes()
    {
        ExecutedGrant();
        var id = GrantInVoting(5_000, "g3");
        Vote(id, ("c1", ["against"]), ("c2", ["against"]), ("g4", ["against"]));
        Advance(5 * Day);
        var grantees = House(Report().Latest, "grantees");
        (grantees.Proposed, grantees.Decided, grantees.Passed, grantees.PassRate).ShouldBe((2, 2, 1, new Fraction(1, 2)));
        grantees.MeanTurnout.ShouldBe((new Fraction(2, 3) + new Fraction(1, 3)) / 2); // g3 recused the second time: g1, g2, g4 remain
        House(Report().Latest, "community").MeanTurnout.ShouldBe((new Fraction(3, 5) + new Fraction(2, 5)) / 2);
    }

    [Fact]
    public void Money_moved_by_a_proposal_counts_for_every_house_that_voted_and_allowance_spends_for_none()
    {
        ExecutedGrant();
        var funds = Report().Latest.Funds.Single();
        (funds.Asset, funds.Decimals, funds.Total, funds.ByAllowance).ShouldBe(("EUR", 2, 10_000L, 0L));
        funds.Houses.Select(h => (h.House, h.Amount, h.Share)).ShouldBe(
            [("funders", 0L, Fraction.Zero), ("grantees", 10_000L, new Fraction(1, 1)), ("community", 10_000L, new Fraction(1, 1)), ("open-circle", 0L, Fraction.Zero)]);
    }

    [Fact]
    public void Delegation_concentration_follows_chains_to_the_delegate_who_would_vote()
    {
        Given(A("c4"), new DelegationSet("community", [new DelegateShare(A("c5"), 1, 1)]));
        Given(A("c5"), new DelegationSet("community", [new DelegateShare(A("c1"), 1, 1)]));
        var community = House(Report().Latest, "community");
        community.LargestDelegateShare.ShouldBe(new Fraction(3, 5)); // c1's own 1 plus c5's and, through c5, c4's
        community.LongestChain.ShouldBe(2);
        House(Report().Latest, "grantees").LargestDelegateShare.ShouldBe(Fraction.Zero);
    }

    [Fact]
    public void The_series_has_a_snapshot_at_the_end_of_each_month_and_one_for_the_month_in_progress()
    {
        ExecutedGrant(); // created 2027-01-15, executed 2027-01-29
        Advance(40 * Day); // into March
        Given(A("g1"), new ProposalCreated("grant", "Another", "", ProposalOption.YesNo([]), []));
        var report = Report();
        report.Series.Select(s => s.Period).ShouldBe(["2027-01", "2027-02", "2027-03"]);
        report.Series[0].At.ShouldBe(new DateTimeOffset(2027, 1, 31, 23, 59, 59, TimeSpan.Zero).ToUnixTimeSeconds());
        report.Series.Select(s => House(s, "grantees").Proposed).ShouldBe([1, 1, 2]);
        report.Series[^1].ShouldBe(report.Latest);
    }

    [Fact]
    public void Milestone_completion_is_zero_without_awarded_grants()
    {
        Report().Latest.Grants.ShouldBe(new GrantMetrics(0, 0, 0, 0, 0, null));
    }
}
