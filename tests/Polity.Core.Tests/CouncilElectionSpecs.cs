using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;
using Polity.Core.Voting;

namespace Polity.Core.Tests;

/// <summary>A non-binary outcome through the lifecycle: an STV election whose winners' add-member actions execute.</summary>
public class CouncilElectionSpecs : NetworkSpec
{
    private static DecisionType Council(string method, params (string, string)[] settings) => new(
        "council",
        [],
        Duration.Parse("1d"),
        new VotingRules(method, Duration.Parse("5d")) { Settings = new MethodSettings(settings.Select(s => KeyValuePair.Create(s.Item1, s.Item2))) },
        [new HouseVoteRule("grantees", Ratio.Parse("50%"), Ratio.Parse("50%"))],
        new CombineRule.AllHouses(),
        null,
        Duration.Parse("1d"),
        DecisionType.DefaultGrace,
        ConflictOfInterestRule.None,
        [ActionKinds.AddMember]);

    private long Election(DecisionType council, params (string Who, string[] Choices)[] ballots)
    {
        GivenNetwork(TestCharter.Create(TestCharter.Grant(), council, TestCharter.Amend()));
        string[] candidates = ["x1", "x2", "x3", "x4"];
        foreach (var x in candidates)
        {
            Given(A(x), new StakeholderRegistered(A(x), x.ToUpperInvariant(), "person", []));
        }
        var options = candidates.Select(x => new ProposalOption(x, [new ProposalAction.AddMember("grantees", A(x), 0)])).ToList();
        Given(A("g1"), new ProposalCreated("council", "Council seats", "", options, []));
        var id = State.Proposals.Count;
        Given(A("g1"), new ProposalSubmitted(id));
        Advance(Day);
        Vote(id, ballots);
        Advance(5 * Day);
        return id;
    }

    [Fact]
    public void An_stv_council_election_adds_exactly_its_two_winners_to_the_house()
    {
        // Quota: more than 4 / 3. x1 is elected with 2; its surplus (1/3 per ballot) and x4's elimination elect x2.
        var id = Election(Council("ranked", ("seats", "2")),
            ("g1", ["x1", "x2"]), ("g2", ["x1", "x3"]), ("g3", ["x2", "x1"]), ("g4", ["x4", "x2"]));
        var tally = Tally(id);
        tally.Passed.ShouldBe(["x1", "x2"]);
        Status(id).ShouldBe(ProposalStatus.Succeeded);
        var queued = QueueOf(id);
        queued.Passed.ShouldBe(["x1", "x2"]);
        Given(A("g1"), queued);
        Advance(Day);
        Given(A("g1"), new ProposalExecuted(id));
        Status(id).ShouldBe(ProposalStatus.Executed);
        State.MembersOf("grantees").Keys.Select(k => k.Value).Order().ShouldBe(
            new[] { "g1", "g2", "g3", "g4", "x1", "x2" }.Select(n => A(n).Value).Order());
    }

    [Fact]
    public void A_condorcet_or_star_election_executes_its_one_winner()
    {
        var schulze = Election(Council("condorcet"),
            ("g1", ["x3", "x1"]), ("g2", ["x3", "x2"]), ("g3", ["x1", "x3"]), ("g4", ["x2"]));
        Tally(schulze).Passed.ShouldBe(["x3"]);
        var star = Election(Council("star"));
        Tally(star).Passed.ShouldBeEmpty();
        Status(star).ShouldBe(ProposalStatus.QuorumFailed);
    }
}
