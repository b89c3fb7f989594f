using Polity.Core.Events;
using Polity.Core.Simulation;
using Polity.Engine.Proposals;
using Polity.Engine.Serialization;
using Polity.Engine.Simulation;
using Polity.Engine.Tests.Charters;

namespace Polity.Engine.Tests.Simulation;

public class PopulationTests
{
    private static CharterVersion V2 => ProposalFile.LoadCharter(Path.Combine(CharterFiles.RepositoryRoot, "examples/charters/commons-fund-v2.yaml"));

    private static PopulationSpec Spec(string yaml) => PopulationSpecReader.Parse(yaml, "spec.yaml");

    private const string Unanimous = """
        seed: 1
        houses:
          funders: { members: 3, turnout: 100%, yes: 100% }
          grantees: { members: 4, turnout: 100%, yes: 100% }
          community: { members: 5, turnout: 100%, yes: 100% }
        proposals:
          grant: 2
          policy: 3
        """;

    [Fact]
    public void The_example_spec_reads_and_runs_under_the_example_charter()
    {
        var spec = Spec(CharterFiles.Read("examples/simulation/population.yaml"));

        var report = PopulationReport.Run(V2, spec);

        report.Overall.Decided.ShouldBe(80);
        report.ByDecisionType.Select(t => t.DecisionType).ShouldBe(["grant", "policy"]);
    }

    [Fact]
    public void The_same_seed_gives_the_same_history_and_another_seed_a_different_one()
    {
        var spec = Spec(CharterFiles.Read("examples/simulation/population.yaml"));

        var a = PopulationGenerator.Generate(V2, spec);
        var b = PopulationGenerator.Generate(V2, spec);
        var c = PopulationGenerator.Generate(V2, spec with { Seed = spec.Seed + 1 });

        Wire(a).ShouldBe(Wire(b));
        Wire(c).ShouldNotBe(Wire(a));
    }

    private static List<string> Wire(IReadOnlyList<(PolityEvent Event, Core.Rules.EventContext Context)> history) =>
        history.Select(r => $"{r.Context} {EventCodec.Encode(r.Event).Payload.ToJsonString()}").ToList();

    [Fact]
    public void Everyone_voting_for_passes_every_proposal_and_nobody_voting_fails_every_quorum()
    {
        var all = PopulationReport.Run(V2, Spec(Unanimous));
        var none = PopulationReport.Run(V2, Spec(Unanimous.Replace("turnout: 100%", "turnout: 0%", StringComparison.Ordinal)));

        (all.Overall.Decided, all.Overall.Passed).ShouldBe((5, 5));
        (none.Overall.Decided, none.Overall.QuorumFailed).ShouldBe((5, 5));
        none.Overall.Houses.Single(h => h.House == "community").QuorumFailures.ShouldBe(5);
    }

    [Fact]
    public void A_house_that_always_says_no_deadlocks_an_all_houses_decision()
    {
        var report = PopulationReport.Run(V2, Spec(Unanimous.Replace("community: { members: 5, turnout: 100%, yes: 100% }", "community: { members: 5, turnout: 100%, yes: 0% }", StringComparison.Ordinal)));

        report.Overall.Passed.ShouldBe(0);
        report.Overall.Deadlocked.ShouldBe(5);
        report.Overall.Houses.Single(h => h.House == "grantees").Outvoted.ShouldBe(5);
    }

    [Fact]
    public void A_synthetic_history_replays_under_its_own_charter_without_a_change()
    {
        var history = PopulationGenerator.Generate(V2, Spec(CharterFiles.Read("examples/simulation/population.yaml")));

        CharterReplay.Run(history, null).ChangedProposals().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("seed: 1\nhouses:\n  guests: { members: 1, turnout: 1, yes: 1 }\nproposals: { grant: 1 }", "house 'guests' is not in the charter")]
    [InlineData("seed: 1\nhouses:\n  funders: { members: 1, turnout: 1, yes: 1 }\nproposals: { lottery: 1 }", "decision type 'lottery' is not in the charter")]
    [InlineData("seed: 1\nhouses:\n  community: { members: 1, turnout: 1, yes: 1 }\nproposals: { priorities: 1 }", "decision type 'priorities' votes by 'score'")]
    public void A_spec_that_does_not_fit_the_charter_is_refused_with_the_reason(string yaml, string message) =>
        Should.Throw<FormatException>(() => PopulationReport.Run(V2, Spec(yaml))).Message.ShouldContain(message);

    [Theory]
    [InlineData("seed: 1\nhouses:\n  funders: { members: 1, turnout: 120%, yes: 1 }\nproposals: { grant: 1 }", "spec.yaml:3:35: 'turnout' must be a share")]
    [InlineData("seed: 1\nhouses:\n  funders: { members: 1, yes: 1 }\nproposals: { grant: 1 }", "spec.yaml:3:12: missing 'turnout'")]
    [InlineData("seed: x\nhouses: {}\nproposals: {}", "spec.yaml:1:7: seed must be a whole number")]
    [InlineData("seed: 1\nhouses: [\nproposals: {}", "spec.yaml:1:1: YAML syntax error")]
    [InlineData("seed: 1\nhouse: {}\n", "spec.yaml:2:1: unknown key 'house'")]
    public void Spec_errors_name_file_line_and_column(string yaml, string message) =>
        Should.Throw<FormatException>(() => Spec(yaml)).Message.ShouldStartWith(message);
}
