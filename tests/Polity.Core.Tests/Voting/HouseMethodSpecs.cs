using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Core.Tests.Voting;

/// <summary>A house may count with its own method: here the community chooses one day while the grantees approve any.</summary>
public sealed class HouseMethodSpecs : NetworkSpec
{
    private long MeetingDayInVoting()
    {
        var policy = TestCharter.Policy("choice") with
        {
            Houses =
            [
                new HouseVoteRule("community", new Ratio(1, 5), new Ratio(1, 2)),
                new HouseVoteRule("grantees", new Ratio(1, 4), new Ratio(1, 2)) { Method = new HouseMethod("approval", Core.Voting.MethodSettings.Empty) },
            ],
        };
        GivenNetwork(TestCharter.Create(TestCharter.Grant(), policy, TestCharter.Amend()));
        Given(A("c1"), new ProposalCreated("policy", "Meeting day", "", [new("monday", []), new("friday", []), new(ProposalOption.Abstain, [])], []));
        Given(A("c1"), new ProposalSubmitted(1));
        Advance(3 * Day);
        return 1;
    }

    [Fact]
    public void Each_house_checks_ballots_against_its_own_method()
    {
        var id = MeetingDayInVoting();
        When(A("g1"), new BallotCast(id, ["monday", "friday"])).ShouldBeNull();
        var refused = When(A("c1"), new BallotCast(id, ["monday", "friday"]));
        refused.ShouldNotBeNull().Code.ShouldBe("bad-ballot");
        refused.Message.ShouldContain("exactly one option");
    }

    [Fact]
    public void Each_house_counts_with_its_own_method_and_the_combination_reads_their_results()
    {
        var id = MeetingDayInVoting();
        Vote(id, ("g1", ["monday", "friday"]), ("g2", ["friday"]), ("g3", ["monday", "friday"]),
            ("c1", ["friday"]), ("c2", ["friday"]), ("c3", ["monday"]));
        Advance(5 * Day);
        var tally = Tally(id);
        var grantees = tally.Houses.Single(h => h.House == "grantees");
        grantees.Method.ShouldBe("approval");
        grantees.Options.Where(o => o.Passed).Select(o => o.Option).ShouldBe(["monday", "friday"]); // 2/3 and 3/3 approve
        var community = tally.Houses.Single(h => h.House == "community");
        community.Method.ShouldBeNull();
        community.Options.Where(o => o.Passed).Select(o => o.Option).ShouldBe(["friday"]); // plurality, 2 of 3
        tally.Passed.ShouldBe(["friday"]); // all houses: only friday passes in both
        Status(id).ShouldBe(ProposalStatus.Succeeded);
    }

    [Fact]
    public void A_house_method_and_its_settings_are_checked_with_the_charter()
    {
        var policy = TestCharter.Policy("choice") with
        {
            Houses = [new HouseVoteRule("community", Ratio.Zero, new Ratio(1, 3)) { Method = new HouseMethod("supermajority", Core.Voting.MethodSettings.Empty) }],
        };
        TestCharter.Create(TestCharter.Grant(), policy, TestCharter.Amend()).Validate()
            .ShouldContain(p => p.Path == "decision-types.policy.houses.community.threshold");
        var unknown = policy with { Houses = [new HouseVoteRule("community", Ratio.Zero, Ratio.Zero) { Method = new HouseMethod("borda", Core.Voting.MethodSettings.Empty) }] };
        TestCharter.Create(TestCharter.Grant(), unknown, TestCharter.Amend()).Validate()
            .ShouldContain(p => p.Path == "decision-types.policy.houses.community.method");
    }
}
