using Polity.Core.Events;
using Polity.Engine.Serialization;

namespace Polity.Engine.Tests.Log;

public sealed class MapPayloadTests
{
    [Fact]
    public void A_proposal_names_objectives_and_a_profile_its_stakeholder_only_when_given()
    {
        var a = TestNetwork.KeyOf("x").Address;
        EventCodec.Encode(new ProposalCreated("grant", "T", "", [], [], Objectives: ["river-sites"])).Payload.ToJsonString()
            .ShouldBe("""{"decisionType":"grant","title":"T","body":"","options":[],"beneficiaries":[],"objectives":["river-sites"]}""");
        EventCodec.Encode(new StakeholderProfileUpdated(["n"], [], [])).Payload.ToJsonString()
            .ShouldBe("""{"needs":["n"],"constraints":[],"objectives":[]}""");
        EventCodec.Encode(new StakeholderProfileUpdated([], [], [], a)).Payload.ToJsonString()
            .ShouldBe($$"""{"needs":[],"constraints":[],"objectives":[],"stakeholder":"{{a}}"}""");
    }
}
