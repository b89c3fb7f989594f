using Polity.Core.Events;

namespace Polity.Core.Tests.Simulation;

public class SimulationAttachmentSpecs : NetworkSpec
{
    private static readonly string ReportHash = new('a', 64);

    private static readonly CharterVersion Next = TestCharter.Version(TestCharter.Create(TestCharter.Grant(quorum: "30%"), TestCharter.Policy(), TestCharter.Amend()), "v2");

    public SimulationAttachmentSpecs() => GivenNetwork();

    private static ProposalCreated Amendment(SimulationAttachment? sim, CharterVersion? charter = null) =>
        new("amend-charter", "Raise the grant quorum", "", ProposalOption.YesNo([new ProposalAction.AmendCharter(charter ?? Next)]), [], sim);

    [Fact]
    public void An_amendment_keeps_the_report_of_the_charter_it_adopts()
    {
        var sim = new SimulationAttachment(ReportHash, SimulationAttachment.HashOf(Next), "1 of 4 decided outcomes would change");

        Given(A("g1"), Amendment(sim));

        State.Proposals[1].Simulation.ShouldBe(sim);
    }

    [Fact]
    public void A_report_of_another_charter_is_refused()
    {
        var other = TestCharter.Version(TestCharter.Create(), "other");

        When(A("g1"), Amendment(new SimulationAttachment(ReportHash, SimulationAttachment.HashOf(other), "s")))!.Code.ShouldBe("simulation-mismatch");
    }

    [Fact]
    public void Only_a_proposal_that_adopts_a_charter_may_attach_a_report()
    {
        var e = new ProposalCreated("policy", "P", "", ProposalOption.YesNo([]), [], new SimulationAttachment(ReportHash, SimulationAttachment.HashOf(Next), "s"));

        When(A("g1"), e)!.Code.ShouldBe("not-an-amendment");
    }

    [Theory]
    [InlineData("ABC", "summary")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaA", "summary")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", " ")]
    public void A_malformed_attachment_is_refused(string reportHash, string summary) =>
        When(A("g1"), Amendment(new SimulationAttachment(reportHash, SimulationAttachment.HashOf(Next), summary)))!.Code.ShouldBe("bad-simulation");
}
