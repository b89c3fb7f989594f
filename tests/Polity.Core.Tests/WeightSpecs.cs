using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Core.Tests;

public class WeightSpecs : NetworkSpec
{
    private static Charter WithHouse(House replacement, params DecisionType[] types)
    {
        var charter = TestCharter.Create(types);
        return charter with { Houses = charter.Houses.Select(h => h.Id == replacement.Id ? replacement : h).ToList() };
    }

    private static House Community(WeightRule rule, ReputationRule? reputation = null) =>
        new House("community", rule, AdmissionRule.OpenWithAttestation, ["grantees"]) { Reputation = reputation };

    private static readonly ReputationRule Earning = new(
        new Dictionary<string, long> { ["ballot-cast"] = 1, ["comment-posted"] = 2, ["proposal-executed"] = 5 },
        Duration.FromDays(10));

    /// <summary>A policy decided by grantees alone, so community members' reputation starts at zero without blocking it.</summary>
    private static DecisionType GranteePolicy() =>
        TestCharter.Policy() with { Houses = [new HouseVoteRule("grantees", Ratio.Zero, Ratio.Parse("50%"))] };

    [Fact]
    public void Quadratic_of_stake_weighs_the_integer_square_root_of_the_stake()
    {
        var funders = new House("funders", WeightRule.QuadraticOfStake, AdmissionRule.ByProposal, []);
        GivenNetwork(WithHouse(funders, TestCharter.Grant(), TestCharter.Policy(), TestCharter.Amend()));
        Given(A("c1"), new ProposalCreated("policy", "P", "", ProposalOption.YesNo([]), []));
        Given(A("c1"), new ProposalSubmitted(1));
        // stakes 60, 30, 10 → ⌊√60⌋ = 7, ⌊√30⌋ = 5, ⌊√10⌋ = 3
        State.Proposals[1].Electorate["funders"].Values.Order().ShouldBe([3L, 5L, 7L]);
    }

    [Fact]
    public void Quadratic_of_stake_houses_need_a_stake_to_join()
    {
        var funders = new House("funders", WeightRule.QuadraticOfStake, AdmissionRule.ByProposal, []);
        GivenNetwork(WithHouse(funders, TestCharter.Grant(), TestCharter.Policy(), TestCharter.Amend()), ClockMode.Simulated);
        Given(A("f9"), new StakeholderRegistered(A("f9"), "F9", "person", []));
        // After launch only a proposal admits a funder; the stake check comes first either way.
        When(Operator, new MemberAdmitted("funders", A("f9"), 0))!.Code.ShouldBe("needs-stake");
    }

    [Fact]
    public void Earnings_halve_every_half_life_and_fall_linearly_in_between()
    {
        var h = Duration.FromDays(10);
        Weights.Decayed(8, 0, h).ShouldBe(8);
        Weights.Decayed(8, 5 * Day, h).ShouldBe(6);
        Weights.Decayed(8, 10 * Day, h).ShouldBe(4);
        Weights.Decayed(8, 15 * Day, h).ShouldBe(3);
        Weights.Decayed(8, 20 * Day, h).ShouldBe(2);
        Weights.Decayed(1, 1 * Day, h).ShouldBe(new Fraction(19, 20));
        Weights.Decayed(1 << 30, 63 * h.Seconds, h).ShouldBe(new Fraction(1, 1L << 33));
        Weights.Decayed(long.MaxValue, 64 * h.Seconds, h).ShouldBe(Fraction.Zero);
        Weights.Decayed(8, 1000 * Day, null).ShouldBe(8);
    }

    [Fact]
    public void The_documented_reputation_example_gives_6_on_day_9_and_3_on_day_19()
    {
        Earning[] earnings = [new(0, 2), new(9 * Day, 5)];
        Weights.Reputation(earnings, Duration.FromDays(10), 9 * Day).ShouldBe(6);
        Weights.Reputation(earnings, Duration.FromDays(10), 19 * Day).ShouldBe(3);
        Weights.Reputation(earnings, Duration.FromDays(10), 8 * Day).ShouldBe(1); // the later earning does not count yet
    }

    [Fact]
    public void Reputation_is_earned_by_the_events_the_charter_names_and_frozen_when_a_proposal_opens()
    {
        GivenNetwork(WithHouse(Community(WeightRule.Reputation, Earning), TestCharter.Grant(), GranteePolicy(), TestCharter.Amend()));
        Given(A("c1"), new ProposalCreated("policy", "P", "", ProposalOption.YesNo([new ProposalAction.Signal()]), []));
        Given(A("c1"), new ProposalSubmitted(1));
        Given(A("c2"), new CommentPosted(1, "comment", "Good idea", 0)); // c2 +2 now
        Given(A("g1"), new CommentPosted(1, "comment", "Agreed", 0)); // grantees earn nothing
        Advance(3 * Day);
        Vote(1, ("g1", ["for"]), ("g2", ["for"]));
        Advance(5 * Day);
        Given(A("g1"), QueueOf(1));
        Advance(Day);
        Given(A("g3"), new ProposalExecuted(1)); // the author, c1, earns 5
        var community = State.Charter.Charter.FindHouse("community")!;
        State.WeightOf(community, State.MembersOf("community")[A("c1")]).ShouldBe(5);
        State.WeightOf(community, State.MembersOf("community")[A("c2")]).ShouldBe(1); // 2 · (20 − 9) / 20 = 1.1
        State.WeightOf(community, State.MembersOf("community")[A("c3")]).ShouldBe(0);
        State.Reputation.ContainsKey("grantees").ShouldBeFalse();

        var grant = GrantInVoting(to: "g4");
        var frozen = State.Proposals[grant].Electorate["community"];
        frozen[A("c1")].ShouldBe(5);
        Advance(10 * Day);
        // 17 days after earning: one half-life and 7 days, 5 · 1/2 · (1 − 7/20) = 1.625
        State.WeightOf(community, State.MembersOf("community")[A("c1")]).ShouldBe(1);
        State.Proposals[grant].Electorate["community"][A("c1")].ShouldBe(5);
    }

    [Fact]
    public void Only_the_first_ballot_on_a_proposal_earns_and_non_members_earn_nothing()
    {
        var reputation = new ReputationRule(new Dictionary<string, long> { ["ballot-cast"] = 3, ["proposal-created"] = 1 }, null);
        // Conviction ballots may change, so a member can cast a second ballot on the same proposal.
        var grant = TestCharter.Grant(method: "conviction", coi: ConflictOfInterestRule.None);
        GivenNetwork(WithHouse(Community(WeightRule.Reputation, reputation), grant, TestCharter.Amend()));
        var id = GrantInVoting();
        Given(A("c1"), new BallotCast(id, ["for"], [0]));
        Given(A("g2"), new BallotCast(id, ["for"], [1]));
        Advance(Day);
        Given(A("c1"), new BallotCast(id, ["for"], [0])); // the changed ballot earns nothing
        State.Reputation["community"].Keys.ShouldBe([A("c1")]);
        State.Reputation["community"][A("c1")].ShouldHaveSingleItem().Points.ShouldBe(3);
    }

    [Fact]
    public void A_reputation_house_without_earning_events_or_with_bad_settings_is_refused()
    {
        Problems(Community(WeightRule.Reputation)).ShouldBe(["houses.community.weight"]);
        Problems(Community(WeightRule.Reputation, new ReputationRule(new Dictionary<string, long> { ["vote"] = 1, ["comment-posted"] = 0 }, Duration.Zero)))
            .ShouldBe(["houses.community.weight.earn.vote", "houses.community.weight.earn.comment-posted", "houses.community.weight.half-life"]);
        Problems(Community(WeightRule.Stake, Earning)).ShouldBe(["houses.community.weight"]);
        Problems(Community(WeightRule.Reputation, Earning)).ShouldBeEmpty();
    }

    private static IEnumerable<string> Problems(House house) => WithHouse(house).Validate().Select(p => p.Path);
}
