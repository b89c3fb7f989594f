using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;
using Polity.Core.Voting;
using Polity.Core.Voting.Cardinal;

namespace Polity.Core.Tests.Voting.Cardinal;

/// <summary>
/// Conviction through the lifecycle. With step 1d and half-life 1d, α = 1/2 exactly and the 5-day vote has
/// 5 steps, so the curves can be worked by hand: a standing stake x gives x, 1.5x, 1.75x, 1.875x, 1.9375x.
/// </summary>
public sealed class ConvictionSpecs : NetworkSpec
{
    private static readonly MethodSettings Daily = MethodHarness.Settings(("step", "1d"), ("half-life", "1d"));

    private long ConvictionGrant(long amount, MethodSettings? settings = null)
    {
        var grant = TestCharter.Grant(method: "conviction", coi: ConflictOfInterestRule.None);
        GivenNetwork(TestCharter.Create(grant with { Voting = grant.Voting with { Settings = settings ?? Daily } }, TestCharter.Amend()));
        return GrantInVoting(amount);
    }

    private void Stake(long id, long amount, params string[] voters)
    {
        foreach (var voter in voters)
        {
            Given(A(voter), new BallotCast(id, ["for"], [amount]));
        }
    }

    private ConvictionDetail Detail(long id, string house) =>
        Tally(id).Houses.Single(h => h.House == house).Detail.ShouldBeOfType<ConvictionDetail>();

    [Fact]
    public void Full_stake_from_the_opening_passes_a_one_percent_request_in_both_houses()
    {
        // r/R = 10,000 / 1,000,000 = 1%. Community: S = 5, τ = 2.5% · 5 / ((1 − 1/2) · (20% − 1%)²) = 0.125 / 0.01805 ≈ 6.925;
        // conviction of a stake of 5 after 5 steps: 5 · 1.9375 = 9.6875. Grantees: S = 4, τ ≈ 5.540, conviction 7.75.
        var id = ConvictionGrant(10_000);
        Stake(id, 1, "c1", "c2", "c3", "c4", "c5", "g1", "g2", "g3", "g4");
        Advance(5 * Day);
        Status(id).ShouldBe(ProposalStatus.Succeeded);
        var community = Detail(id, "community");
        community.Alpha.ShouldBe("0.500000000000000000");
        community.Requested.ShouldBe(new Fraction(1, 100));
        community.Threshold.ShouldBe(new Fraction(125, 1000) / new Fraction(1805, 100_000));
        community.Conviction.ShouldBe(new Fraction(155, 16));
        Detail(id, "grantees").Conviction.ShouldBe(new Fraction(31, 4));
        var support = Tally(id).Houses.Single(h => h.House == "community").Options.Single(o => o.Option == "for");
        support.Weight.ShouldBe(new Fraction(155, 16));
        support.Passed.ShouldBeTrue();
    }

    [Fact]
    public void Too_little_stake_does_not_reach_the_threshold()
    {
        var id = ConvictionGrant(10_000);
        Stake(id, 1, "c1", "c2", "c3", "g1", "g2", "g3", "g4");
        Advance(5 * Day);
        Detail(id, "community").Conviction.ShouldBe(new Fraction(93, 16)); // 3 · 1.9375 = 5.8125 < 6.925
        Status(id).ShouldBe(ProposalStatus.Defeated);
    }

    [Fact]
    public void A_stake_changed_during_voting_decays_and_the_tally_follows_the_ballot_history()
    {
        var id = ConvictionGrant(10_000);
        Stake(id, 1, "c1", "c2", "c3", "c4", "c5", "g1", "g2", "g3", "g4");
        Advance(2 * Day);
        Stake(id, 0, "c4", "c5");
        Advance(3 * Day);
        // Steps: 5, 7.5, then stake 3: 6.75, 6.375, 6.1875 < 6.925.
        var community = Detail(id, "community");
        community.Conviction.ShouldBe(new Fraction(99, 16));
        community.Curve.Select(p => (p.Step, p.Stake)).ShouldBe([(0L, (Fraction)5), (2L, (Fraction)3), (5L, (Fraction)3)]);
        Status(id).ShouldBe(ProposalStatus.Defeated);
        State.Proposals[id].BallotHistory.Count.ShouldBe(11);
        State.Proposals[id].Ballots[A("c4")].Amounts.ShouldBe([0L]);
    }

    [Fact]
    public void A_stake_counts_from_the_first_step_that_begins_after_it_is_cast()
    {
        var id = ConvictionGrant(10_000);
        Advance(3_600);
        Stake(id, 1, "c1", "c2", "c3", "c4", "c5");
        Advance(5 * Day - 3_600);
        // Step 0 had no stake; steps 1..4 carry 5: 0, 5, 7.5, 8.75, 9.375.
        Detail(id, "community").Conviction.ShouldBe(new Fraction(75, 8));
    }

    [Fact]
    public void A_request_of_max_ratio_or_more_of_the_pool_can_never_pass()
    {
        var id = ConvictionGrant(200_000); // 20% of the pool of 1,000,000
        Stake(id, 1, "c1", "c2", "c3", "c4", "c5", "g1", "g2", "g3", "g4");
        Advance(5 * Day);
        Detail(id, "community").Threshold.ShouldBeNull();
        Detail(id, "community").Lines()[1].ShouldContain("can never pass");
        Status(id).ShouldBe(ProposalStatus.Defeated);
    }

    [Fact]
    public void The_pool_is_read_when_the_proposal_opens()
    {
        var id = ConvictionGrant(10_000);
        State.Proposals[id].TreasuryAtSubmission["EUR"].ShouldBe(1_000_000);
        Given(A("f1"), new FundsDeposited("EUR", 9_000_000, "more"));
        Stake(id, 1, "c1", "c2", "c3", "c4", "c5", "g1", "g2", "g3", "g4");
        Advance(5 * Day);
        Detail(id, "community").Requested.ShouldBe(new Fraction(1, 100));
    }

    [Fact]
    public void Ballots_may_change_but_a_stake_is_at_most_the_voters_weight_and_names_the_first_option()
    {
        var id = ConvictionGrant(10_000);
        When(A("c1"), new BallotCast(id, ["for"], [2]))!.Message.ShouldBe("a stake of 2 is more than your weight of 1");
        When(A("c1"), new BallotCast(id, ["against"], [1]))!.Code.ShouldBe("bad-ballot");
        When(A("c1"), new BallotCast(id, ["for"], [-1]))!.Code.ShouldBe("bad-ballot");
        When(A("c1"), new BallotCast(id, ["for"]))!.Code.ShouldBe("bad-ballot");
        Given(A("c1"), new BallotCast(id, ["for"], [1]));
        Given(A("c1"), new BallotCast(id, ["for"], [0]));
        Given(A("c1"), new BallotCast(id, ["abstain"]));
    }

    [Fact]
    public void Alpha_is_two_to_the_minus_step_over_half_life_truncated_to_18_decimals()
    {
        ConvictionMath.AlphaScaled(3_600, 3 * 86_400).ShouldBe(990_419_147_466_826_256); // 2^(−1/72) = 0.990419147466826256483…
        ConvictionMath.AlphaScaled(86_400, 86_400).ShouldBe(500_000_000_000_000_000);
        ConvictionMath.AlphaScaled(2 * 86_400, 86_400).ShouldBe(250_000_000_000_000_000);
        ConvictionMath.AlphaScaled(43_200, 86_400).ShouldBe(707_106_781_186_547_524); // 1/√2 = 0.707106781186547524400…
        ConvictionMath.Decimal(990_419_147_466_826_256).ShouldBe("0.990419147466826256");
    }

    [Fact]
    public void Each_step_truncates_conviction_to_18_decimals()
    {
        var alpha = ConvictionMath.AlphaScaled(3_600, 3 * 86_400);
        var y = ConvictionMath.Step(alpha, 0, 100);
        y.ShouldBe(100 * ConvictionMath.Scale);
        ConvictionMath.Step(alpha, y, 100).ShouldBe(System.Numerics.BigInteger.Parse("199041914746682625600", System.Globalization.CultureInfo.InvariantCulture)); // ⌊0.990419147466826256 · 100⌋ + 100, at 18 decimals
        ConvictionMath.Step(alpha, 1, 0).ShouldBe(0); // 10^-18 · α truncates to nothing
    }

    [Fact]
    public void The_default_settings_give_the_1hive_curve_worked_in_the_docs()
    {
        // Funders-sized house: S = 100, a request of 1% of the pool; α = 2^(−1/72) per hour.
        var alpha = ConvictionMath.AlphaScaled(3_600, 3 * 86_400);
        var tau = ConvictionMath.Threshold(new Ratio(1, 40), 100, alpha, new Ratio(1, 5), new Fraction(1, 100))!.Value;
        tau.ToDouble().ShouldBe(7228.17, 0.01);
        var y = System.Numerics.BigInteger.Zero;
        for (var k = 0; k < 240; k++)
        {
            y = ConvictionMath.Step(alpha, y, 80);
        }
        var conviction = new Fraction(y, ConvictionMath.Scale);
        conviction.ToDouble().ShouldBe(7521.56, 0.01); // 80 staked for 10 days
        (conviction >= tau).ShouldBeTrue();
    }
}
