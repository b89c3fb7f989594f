using Polity.Core.Tests.Voting;
using FsCheck;
using FsCheck.Fluent;
using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;
using Polity.Core.Voting;

namespace Polity.Core.Tests;

public class TallySpecs : NetworkSpec
{
    private static readonly string[] Voters = ["c1", "c2", "c3", "c4", "c5", "g1", "g2", "g3", "g4"];

    private long ApprovalGrant(params string[] options)
    {
        Given(A("g1"), new ProposalCreated("grant", "Round", "", options.Select(o => new ProposalOption(o, [])).Append(new ProposalOption("abstain", [])).ToList(), []));
        var id = State.Proposals.Count;
        Given(A("g1"), new ProposalSubmitted(id));
        Advance(7 * Day);
        return id;
    }

    [Fact]
    public void Approval_passes_every_option_above_the_threshold_in_every_house()
    {
        GivenNetwork(TestCharter.Create(TestCharter.Grant(coi: ConflictOfInterestRule.None), TestCharter.Amend()));
        var id = ApprovalGrant("a", "b", "c");
        Vote(id, ("c1", ["a", "b"]), ("c2", ["a"]), ("c3", ["a", "c"]), ("c4", ["abstain"]),
            ("g1", ["a", "b"]), ("g2", ["b"]), ("g3", ["a", "b"]));
        Advance(5 * Day);
        var tally = Tally(id);
        // community: decisive 3 (abstain excluded): a 3/3, b 1/3, c 1/3; grantees: a 2/3, b 3/3.
        tally.Passed.ShouldBe(["a"]);
        tally.Houses.Single(h => h.House == "grantees").Options.Where(o => o.Passed).Select(o => o.Option).ShouldBe(["a", "b"]);
        tally.Houses.Single(h => h.House == "community").TurnoutWeight.ShouldBe(4);
    }

    [Fact]
    public void Majority_of_houses_passes_an_option_that_wins_in_more_than_half()
    {
        GivenNetwork(TestCharter.Create(TestCharter.Grant(), TestCharter.Policy(combine: new CombineRule.MajorityOfHouses()), TestCharter.Amend()));
        Given(A("c1"), new ProposalCreated("policy", "P", "", ProposalOption.YesNo([]), []));
        Given(A("c1"), new ProposalSubmitted(1));
        Advance(3 * Day);
        Vote(1, ("f1", ["against"]), ("f2", ["against"]), ("g1", ["for"]), ("g2", ["for"]), ("c1", ["for"]), ("c2", ["for"]));
        Advance(5 * Day);
        Tally(1).Passed.ShouldBe(["for"]);
        Tally(1).Options.Single(o => o.Option == "for").HousesPassed.ShouldBe(["grantees", "community"]);
    }

    [Fact]
    public void A_weighted_combination_weighs_each_houses_share()
    {
        var weights = new Dictionary<string, long> { ["funders"] = 3, ["grantees"] = 1, ["community"] = 1 };
        GivenNetwork(TestCharter.Create(TestCharter.Grant(), TestCharter.Policy(combine: new CombineRule.Weighted(weights, Ratio.Parse("50%"))), TestCharter.Amend()));
        Given(A("c1"), new ProposalCreated("policy", "P", "", ProposalOption.YesNo([]), []));
        Given(A("c1"), new ProposalSubmitted(1));
        Advance(3 * Day);
        // funders: 60 for, 30 against → 2/3 for; grantees 1/2; community 0/2.
        Vote(1, ("f1", ["for"]), ("f2", ["against"]), ("g1", ["for"]), ("g2", ["against"]), ("c1", ["against"]), ("c2", ["against"]));
        Advance(5 * Day);
        var option = Tally(1).Options.Single(o => o.Option == "for");
        option.WeightedShare.ShouldBe(new Fraction(5, 10)); // (3·2/3 + 1·1/2 + 1·0) / 5 = 2.5/5
        option.Passed.ShouldBeFalse(); // exactly 50% does not exceed 50%
    }

    [Fact]
    public void Stake_weighted_houses_count_stake()
    {
        GivenNetwork();
        Given(A("c1"), new ProposalCreated("policy", "P", "", ProposalOption.YesNo([]), []));
        Given(A("c1"), new ProposalSubmitted(1));
        Advance(3 * Day);
        Vote(1, ("f2", ["for"]), ("f3", ["for"]), ("f1", ["against"]));
        Advance(5 * Day);
        var funders = Tally(1).Houses.Single(h => h.House == "funders");
        funders.ElectorateWeight.ShouldBe(100);
        funders.Options.Single(o => o.Option == "for").Weight.ShouldBe(40);
        funders.Options.Single(o => o.Option == "for").Passed.ShouldBeFalse();
    }

    [Fact]
    public void A_choice_between_several_options_picks_the_plurality_winner_above_the_threshold_and_no_one_on_a_tie()
    {
        var method = new ChoiceMethod();
        var options = MethodHarness.Options("a", "b", "abstain");
        MethodHarness.Check(method, options, ["a", "b"]).ShouldNotBeNull();
        MethodHarness.Check(method, options, ["z"]).ShouldNotBeNull();
        MethodHarness.Check(method, options, ["b"]).ShouldBeNull();
        MethodHarness.Check(method, options, ["b"], [1]).ShouldNotBeNull();
        var count = MethodHarness.Count(method, options, MethodHarness.B(2, ["a"]), MethodHarness.B(2, ["b"]), MethodHarness.B(5, ["abstain"]));
        count.Support.ShouldBe([2, 2, 5]);
        count.Decisive.ShouldBe(4);
    }

    [Fact]
    public void A_threshold_of_100_percent_means_every_decisive_vote()
    {
        var amend = TestCharter.Amend() with { Houses = [new HouseVoteRule("grantees", Ratio.Zero, Ratio.One)] };
        GivenNetwork(TestCharter.Create(TestCharter.Grant(), amend));
        Given(A("g1"), new ProposalCreated("amend-charter", "x", "", ProposalOption.YesNo([new ProposalAction.Signal()]), []));
        Given(A("g1"), new ProposalSubmitted(1));
        Advance(Day);
        Vote(1, ("g1", ["for"]), ("g2", ["for"]), ("g3", ["abstain"]));
        Advance(2 * Day);
        Tally(1).Passed.ShouldBe(["for"]);
    }

    /// <summary>The same ballots folded in any order give the same tally.</summary>
    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Tally_does_not_depend_on_ballot_order() =>
        Prop.ForAll(
            Gen.Elements(0, 1, 2, 3).ArrayOf(Voters.Length).ToArbitrary(),
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            (picks, seed) =>
            {
                string[][] forms = [["for"], ["against"], ["abstain"], []];
                var ballots = Voters.Select((v, i) => (Who: v, Choices: forms[picks[i]])).Where(b => b.Choices.Length > 0).ToArray();
                string Run(IEnumerable<(string, string[])> order)
                {
                    GivenNetwork(TestCharter.Create(TestCharter.Grant(coi: ConflictOfInterestRule.None), TestCharter.Amend()));
                    var id = GrantInVoting();
                    Vote(id, order.ToArray());
                    Advance(5 * Day);
                    return Describe(Tally(id));
                }
                var shuffled = ballots.OrderBy(b => HashCode.Combine(b.Who, seed)).ToArray();
                return Run(ballots) == Run(shuffled);
            });

    private static string Describe(ProposalTally t) =>
        $"{t.Outcome}|{string.Join(",", t.Passed)}|" + string.Join(";", t.Houses.Select(h =>
            $"{h.House}:{h.TurnoutWeight}/{h.ElectorateWeight}:{h.QuorumMet}:" + string.Join(",", h.Options.Select(o => $"{o.Option}={o.Weight}:{o.Passed}"))));
}
