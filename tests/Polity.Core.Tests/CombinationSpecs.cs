using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;
using Polity.Core.Tests.Delegation;

namespace Polity.Core.Tests;

/// <summary>How house results combine, beyond the basic cases in <see cref="TallySpecs"/>; with delegation where it decides a house.</summary>
public class CombinationSpecs : DelegationSpec
{
    private long Policy(CombineRule combine, params string[] options)
    {
        GivenNetwork(TestCharter.Create(TestCharter.Grant(), TestCharter.Policy(combine: combine), TestCharter.Amend()));
        var list = options.Length == 0 ? ProposalOption.YesNo([]) : options.Select(o => new ProposalOption(o, [])).ToList();
        Given(A("c1"), new ProposalCreated("policy", "P", "", list, []));
        Given(A("c1"), new ProposalSubmitted(1));
        Advance(3 * Day);
        return 1;
    }

    [Fact]
    public void All_houses_fails_on_quorum_when_one_house_misses_it_even_if_the_others_pass()
    {
        var id = Policy(new CombineRule.AllHouses());
        Vote(id, ("f1", ["for"]), ("g1", ["for"]), ("g2", ["for"]), ("c1", ["for"]));
        Advance(5 * Day);
        var tally = Tally(id);
        tally.Options.Single(o => o.Option == "for").HousesPassed.ShouldBe(["funders", "grantees"]);
        tally.Passed.ShouldBeEmpty();
        tally.Outcome.ShouldBe(ProposalStatus.QuorumFailed);
    }

    [Fact]
    public void Delegated_weight_can_carry_a_house_over_its_quorum_and_the_proposal_with_it()
    {
        var id = Policy(new CombineRule.AllHouses());
        Vote(id, ("f1", ["for"]), ("g1", ["for"]), ("g2", ["for"]));
        Given(A("c2"), Delegate("community", "c1")); // too late: this proposal froze its delegations
        Vote(id, ("c1", ["for"]));
        Advance(5 * Day);
        Tally(id).Outcome.ShouldBe(ProposalStatus.QuorumFailed);

        GivenNetwork(TestCharter.Create(TestCharter.Grant(), TestCharter.Policy(), TestCharter.Amend()));
        Given(A("c2"), Delegate("community", "c1"));
        var next = PolicyInVoting();
        Vote(next, ("f1", ["for"]), ("g1", ["for"]), ("g2", ["for"]), ("c1", ["for"]));
        Advance(5 * Day);
        House(next, "community").TurnoutWeight.ShouldBe(2); // 2 of 5 meets 40%
        Tally(next).Passed.ShouldBe(["for"]);
        Tally(next).Outcome.ShouldBe(ProposalStatus.Succeeded);
    }

    [Fact]
    public void Majority_of_houses_needs_more_than_half_so_two_of_four_is_not_enough()
    {
        var four = TestCharter.Policy(combine: new CombineRule.MajorityOfHouses()) with
        {
            Houses = [.. TestCharter.Policy().Houses, new HouseVoteRule("open-circle", Ratio.Zero, Ratio.Parse("50%"))],
        };
        GivenNetwork(TestCharter.Create(TestCharter.Grant(), four, TestCharter.Amend()));
        Given(A("o1"), new StakeholderRegistered(A("o1"), "O1", "person", []));
        Given(A("o1"), new MemberAdmitted("open-circle", A("o1"), 0));
        var id = PolicyInVoting();
        Vote(id, ("f1", ["for"]), ("g1", ["for"]), ("g2", ["for"]), ("c1", ["against"]), ("c2", ["against"]), ("o1", ["against"]));
        Advance(5 * Day);
        Tally(id).Options.Single(o => o.Option == "for").HousesPassed.Count.ShouldBe(2);
        Tally(id).Passed.ShouldBeEmpty();
        Tally(id).Outcome.ShouldBe(ProposalStatus.Defeated);
    }

    [Fact]
    public void A_weighted_house_that_misses_quorum_adds_nothing_but_keeps_its_weight_in_the_denominator()
    {
        var weights = new Dictionary<string, long> { ["funders"] = 2, ["grantees"] = 1, ["community"] = 1 };
        var id = Policy(new CombineRule.Weighted(weights, Ratio.Parse("50%")));
        Vote(id, ("f1", ["for"]), ("g1", ["for"]), ("g2", ["for"]), ("c1", ["for"]));
        Advance(5 * Day);
        var option = Tally(id).Options.Single(o => o.Option == "for");
        option.WeightedShare.ShouldBe(new Fraction(3, 4)); // (2·1 + 1·1 + 1·0) / 4: community (1 of 5) missed its 40% quorum
        option.Passed.ShouldBeTrue();
    }

    [Fact]
    public void A_weighted_combination_under_50_percent_passes_only_the_larger_of_two_single_choice_options_and_none_on_a_tie()
    {
        var weights = new Dictionary<string, long> { ["funders"] = 1, ["grantees"] = 1, ["community"] = 1 };
        var id = Policy(new CombineRule.Weighted(weights, Ratio.Parse("20%")), "a", "b", "abstain");
        Vote(id, ("f1", ["a"]), ("f2", ["b"]), ("g1", ["a"]), ("g2", ["b"]), ("c1", ["a"]), ("c2", ["b"]), ("c3", ["b"]));
        Advance(5 * Day);
        // funders a 60 / b 30 — 2/3 vs 1/3; grantees 1/2 each; community 1/3 vs 2/3.
        var tally = Tally(id);
        tally.Options.Single(o => o.Option == "a").WeightedShare.ShouldBe(new Fraction(1, 2)); // (2/3 + 1/2 + 1/3) / 3
        tally.Options.Single(o => o.Option == "b").WeightedShare.ShouldBe(new Fraction(1, 2));
        tally.Passed.ShouldBeEmpty(); // both exceed 20%, tied: neither passes

        var next = Policy(new CombineRule.Weighted(weights, Ratio.Parse("20%")), "a", "b", "abstain");
        Vote(next, ("f1", ["a"]), ("f2", ["b"]), ("g1", ["a"]), ("g2", ["b"]), ("c1", ["a"]), ("c2", ["b"]));
        Advance(5 * Day);
        Tally(next).Passed.ShouldBe(["a"]); // community now 1/2 each: a (2/3 + 1/2 + 1/2) / 3 beats b
    }
}
