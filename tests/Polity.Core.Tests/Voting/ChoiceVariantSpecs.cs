using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Core.Voting;

namespace Polity.Core.Tests.Voting;

/// <summary>The choice variants through the lifecycle: an absolute majority, and supermajority thresholds.</summary>
public sealed class ChoiceVariantSpecs : NetworkSpec
{
    /// <summary>A policy voted on by the community alone (c1..c5, one vote each), with no quorum to speak of.</summary>
    private static DecisionType CommunityPolicy(string method, Ratio threshold, MethodSettings? settings = null)
    {
        var policy = TestCharter.Policy(method);
        return policy with
        {
            Voting = policy.Voting with { Settings = settings ?? MethodSettings.Empty },
            Houses = [new HouseVoteRule("community", new Ratio(1, 5), threshold)],
        };
    }

    private long PolicyInVoting(DecisionType policy, IReadOnlyList<ProposalOption> options)
    {
        GivenNetwork(TestCharter.Create(TestCharter.Grant(), policy, TestCharter.Amend()));
        Given(A("c1"), new ProposalCreated("policy", "Meeting day", "", options, []));
        Given(A("c1"), new ProposalSubmitted(1));
        Advance(3 * Day);
        return 1;
    }

    private static ProposalOption[] Days => [new("monday", []), new("friday", []), new(ProposalOption.Abstain, [])];

    [Fact]
    public void An_absolute_majority_needs_more_than_half_of_all_ballots_abstentions_included()
    {
        var id = PolicyInVoting(CommunityPolicy("choice", new Ratio(1, 2), MethodHarness.Settings(("majority", "absolute"))), Days);
        Vote(id, ("c1", ["monday"]), ("c2", ["monday"]), ("c3", ["friday"]), ("c4", ["abstain"]), ("c5", ["abstain"]));
        Advance(5 * Day);
        // monday holds 2/3 of decisive ballots, but only 2 of 5 ballots.
        Status(id).ShouldBe(ProposalStatus.Defeated);
        var community = Tally(id).Houses.Single();
        community.Options[0].Share.ShouldBe(new Fraction(2, 3));
        community.Detail.ShouldBeOfType<ChoiceMethod.AbsoluteMajority>().Turnout.ShouldBe(5);
    }

    [Fact]
    public void An_absolute_majority_passes_with_more_than_half_of_all_ballots()
    {
        var id = PolicyInVoting(CommunityPolicy("choice", new Ratio(1, 2), MethodHarness.Settings(("majority", "absolute"))), Days);
        Vote(id, ("c1", ["monday"]), ("c2", ["monday"]), ("c3", ["monday"]), ("c4", ["friday"]), ("c5", ["abstain"]));
        Advance(5 * Day);
        Status(id).ShouldBe(ProposalStatus.Succeeded);
        Tally(id).Passed.ShouldBe(["monday"]);
    }

    [Fact]
    public void A_relative_majority_with_the_same_ballots_ignores_abstentions()
    {
        var id = PolicyInVoting(CommunityPolicy("choice", new Ratio(1, 2)), Days);
        Vote(id, ("c1", ["monday"]), ("c2", ["monday"]), ("c3", ["friday"]), ("c4", ["abstain"]), ("c5", ["abstain"]));
        Advance(5 * Day);
        Tally(id).Passed.ShouldBe(["monday"]);
    }

    [Fact]
    public void A_two_thirds_supermajority_refuses_three_fifths_and_passes_four_fifths()
    {
        var id = PolicyInVoting(CommunityPolicy(VotingMethods.SupermajorityName, new Ratio(2, 3)), ProposalOption.YesNo([]));
        Vote(id, ("c1", ["for"]), ("c2", ["for"]), ("c3", ["for"]), ("c4", ["against"]), ("c5", ["against"]));
        Advance(5 * Day);
        Status(id).ShouldBe(ProposalStatus.Defeated);

        id = PolicyInVoting(CommunityPolicy(VotingMethods.SupermajorityName, new Ratio(2, 3)), ProposalOption.YesNo([]));
        Vote(id, ("c1", ["for"]), ("c2", ["for"]), ("c3", ["for"]), ("c4", ["for"]), ("c5", ["against"]));
        Advance(5 * Day);
        Status(id).ShouldBe(ProposalStatus.Succeeded);
        Tally(id).Method.ShouldBe("supermajority");
    }

    [Fact]
    public void A_supermajority_threshold_below_half_is_refused_with_the_path_of_the_threshold()
    {
        var charter = TestCharter.Create(TestCharter.Grant(), CommunityPolicy(VotingMethods.SupermajorityName, new Ratio(2, 5)), TestCharter.Amend());
        var problem = charter.Validate().ShouldHaveSingleItem();
        problem.Path.ShouldBe("decision-types.policy.houses.community.threshold");
        problem.Message.ShouldContain("at least 50%");
        var rejection = NetworkRules.Check(null, new NetworkCreated("test-fund", ClockMode.Simulated, TestCharter.Version(charter)), new EventContext(1, Operator, 0));
        rejection!.Code.ShouldBe("invalid-charter");
        rejection.Message.ShouldStartWith("decision-types.policy.houses.community.threshold:");
        CommunityPolicy(VotingMethods.SupermajorityName, new Ratio(1, 2)).ShouldSatisfyAllConditions(
            p => TestCharter.Create(TestCharter.Grant(), p, TestCharter.Amend()).Validate().ShouldBeEmpty());
    }
}
