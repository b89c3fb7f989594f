using System.Numerics;
using Nethereum.ABI;
using Nethereum.Util;

namespace Polity.Chain.Tests;

/// <summary>
/// A fresh anchor, executor and Recorder target on the fixture's anvil, with a log whose head is anchored.
/// Veto houses: house 0 needs 2 of {second, third}; house 1 needs 1 of {third's neighbour}. The deployer holds no veto.
/// </summary>
internal sealed class Deployed
{
    public const long Delay = 3600;
    public const long Grace = 7200;

    private Deployed(AnvilFixture anvil, PolityChainClient client, string anchor, string executor, string recorder)
    {
        Anvil = anvil;
        Client = client;
        Anchor = anchor;
        Executor = executor;
        Recorder = recorder;
    }

    public AnvilFixture Anvil { get; }

    public PolityChainClient Client { get; }

    public string Anchor { get; }

    public string Executor { get; }

    public string Recorder { get; }

    public TestLog Log { get; } = new();

    public static async Task<Deployed> StartAsync(AnvilFixture anvil, string? avatar = null)
    {
        var client = anvil.Client(AnvilFixture.DeployerKey);
        var (anchor, _) = await client.DeployAnchorAsync(TestLog.OperatorAddress, TestLog.Network);
        var second = anvil.Client(AnvilFixture.SecondKey).Sender;
        var third = anvil.Client(AnvilFixture.ThirdKey).Sender;
        var (executor, _) = await client.DeployExecutorAsync(new ExecutorSettings(anchor, avatar, Delay, Grace,
            [new VetoHouse("workers", 2, [second, third]), new VetoHouse("funders", 1, ["0x00000000000000000000000000000000000000f1"])]));
        var recorder = await client.DeployAsync(ContractArtifact.Load("Recorder"));
        return new Deployed(anvil, client, anchor, executor, recorder);
    }

    /// <summary>A one-call batch that stores <paramref name="value"/> in the Recorder.</summary>
    public IReadOnlyList<ChainCall> Store(long value) => [new ChainCall(Recorder, BigInteger.Zero, Calldata("store(uint256)", value))];

    public string BatchHash(IReadOnlyList<ChainCall> calls) => PolityChainClient.BatchHash(AnvilFixture.ChainId, Executor, calls);

    /// <summary>Approves the batch in the log after some filler, anchors the head, and returns the approval's seq.</summary>
    public async Task<long> ApproveAndAnchorAsync(IReadOnlyList<ChainCall> calls)
    {
        var previous = await Client.LatestAnchoredSizeAsync(Anchor);
        Log.Fill(3);
        var seq = Log.Approve(BatchHash(calls));
        Log.Fill(2);
        await Client.AnchorAsync(Anchor, Log.Head(Log.Size), previous == 0 ? null : Log.Consistency(previous, Log.Size));
        return seq;
    }

    public async Task<string> QueueAsync(IReadOnlyList<ChainCall> calls, long seq) =>
        (await Client.QueueAsync(Executor, calls, Log.Entry(seq), Log.Inclusion(seq, Log.Size))).Id;

    public async Task<BigInteger> RecordedAsync() =>
        await Client.Web3.Eth.GetContractQueryHandler<RecorderValue>().QueryAsync<BigInteger>(Recorder, new RecorderValue());

    public static string Calldata(string signature, params long[] arguments)
    {
        var selector = Sha3Keccack.Current.CalculateHash(signature)[..8];
        var encoded = new ABIEncode().GetABIEncoded(arguments.Select(a => new ABIValue("uint256", new BigInteger(a))).ToArray());
        return "0x" + selector + Convert.ToHexStringLower(encoded);
    }

    [Nethereum.ABI.FunctionEncoding.Attributes.Function("value", "uint256")]
    internal sealed class RecorderValue : Nethereum.Contracts.FunctionMessage;
}
