using Polity.Core.Charters;

namespace Polity.Engine.Tests.Charters;

public partial class CharterLoaderTests
{
    private const string OnChain = Minimal + """

        chain:
          chain-id: 31337
          rpc: http://127.0.0.1:8545
          executor: "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512"
          veto:
            members:
              threshold: 2
              holders: ["0x70997970c51812dc3a010c7d01b50e0d17dc79c8", "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc"]
        """;

    [Fact]
    public void A_chain_section_loads_its_network_contracts_and_veto_holders()
    {
        var chain = Loaded(OnChain).Chain.ShouldNotBeNull();

        chain.ChainId.ShouldBe(31337);
        chain.Rpc.ShouldBe("http://127.0.0.1:8545");
        chain.Executor.ShouldBe("0xe7f1725e7734ce288f8367e1bb143e90bb3f0512");
        chain.Anchor.ShouldBeNull();
        var house = chain.Veto.ShouldHaveSingleItem();
        house.House.ShouldBe("members");
        house.Threshold.ShouldBe(2);
        house.Holders.Count.ShouldBe(2);
        Loaded(Minimal).Chain.ShouldBeNull();
    }

    [Fact]
    public void Chain_mistakes_are_reported_at_their_line_and_column()
    {
        var text = OnChain
            .Replace("chain-id: 31337", "chain-id: 0", StringComparison.Ordinal)
            .Replace("http://127.0.0.1:8545", "ws://node", StringComparison.Ordinal)
            .Replace("0xe7f1725e7734ce288f8367e1bb143e90bb3f0512", "0xe7f1", StringComparison.Ordinal)
            .Replace("    members:\n      threshold: 2", "    workers:\n      threshold: 3", StringComparison.Ordinal);

        Errors(text).ShouldBe(
        [
            "tiny.yaml:11:13: chain.chain-id: expected a positive chain id, found 0",
            "tiny.yaml:12:8: chain.rpc: expected an http or https URL, found 'ws://node'",
            "tiny.yaml:13:13: chain.executor: expected an address: 0x and 40 hex digits, found '0xe7f1'",
            "tiny.yaml:15:5: chain.veto.workers: unknown house 'workers': expected one of members",
            "tiny.yaml:16:18: chain.veto.workers.threshold: expected a number of holders from 1 to 2, found 3",
        ]);
    }
}
