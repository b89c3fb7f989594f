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

    /// <summary>Opens voting on a council election between x1..x4, each option adding its candidate to the grantees.</summary>
    private long Open(DecisionType council)
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
        return id;
    }

    private long Election(DecisionType council, params (string Who, string[] Choices)[] ballots)
    {
        var id = Open(council);
        Vote(id, ballots);
        Advance(5 * Day);
        return id;
    }

    /// <summary>Queues and executes a succeeded election, then gives the grantees' member addresses in order.</summary>
    private List<string> Execute(long id)
    {
        Given(A("g1"), QueueOf(id));
        Advance(Day);
        Given(A("g1"), new ProposalExecuted(id));
        Status(id).ShouldBe(ProposalStatus.Executed);
        return State.MembersOf("grantees").Keys.Select(k => k.Value).Order().ToList();
    }

    private List<string> Members(params string[] names) => names.Select(n => A(n).Value).Order().ToList();

    [Fact]
    public void An_stv_council_election_adds_exactly_its_two_winners_to_the_house()
    {
        // Quota: more than 4 / 3. x1 is elected with 2; its surplus (1/3 per ballot) and x4's elimination elect x2.
        var id = Election(Council("ranked", ("seats", "2")),
            ("g1", ["x1", "x2"]), ("g2", ["x1", "x3"]), ("g3", ["x2", "x1"]), ("g4", ["x4", "x2"]));
        var tally = Tally(id);
        tally.Passed.ShouldBe(["x1", "x2"]);
        Status(id).ShouldBe(ProposalStatus.Succeeded);
        QueueOf(id).Passed.ShouldBe(["x1", "x2"]);
        Execute(id).ShouldBe(Members("g1", "g2", "g3", "g4", "x1", "x2"));
    }

    [Fact]
    public void A_condorcet_or_star_election_executes_its_one_winner()
    {
        var schulze = Election(Council("condorcet"),
            ("g1", ["x3", "x1"]), ("g2", ["x3", "x2"]), ("g3", ["x1", "x3"]), ("g4", ["x2"]));
        Tally(schulze).Passed.ShouldBe(["x3"]);
        Execute(schulze).ShouldBe(Members("g1", "g2", "g3", "g4", "x3"));

        // x1 leads on score (13 to 12) but three of four voters score x2 higher: the runoff elects x2.
        var star = Open(Council("star"));
        Given(A("g1"), new BallotCast(star, ["x1", "x2"], [5, 0]));
        Given(A("g2"), new BallotCast(star, ["x1", "x2"], [2, 4]));
        Given(A("g3"), new BallotCast(star, ["x1", "x2"], [3, 4]));
        Given(A("g4"), new BallotCast(star, ["x1", "x2", "x3"], [3, 4, 1]));
        Advance(5 * Day);
        Tally(star).Passed.ShouldBe(["x2"]);
        Execute(star).ShouldBe(Members("g1", "g2", "g3", "g4", "x2"));

        var unvoted = Election(Council("star"));
        Tally(unvoted).Passed.ShouldBeEmpty();
        Status(unvoted).ShouldBe(ProposalStatus.QuorumFailed);
    }
}
