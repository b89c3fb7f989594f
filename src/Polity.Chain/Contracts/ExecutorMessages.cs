using System.Numerics;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace Polity.Chain.Contracts;

// Thin typed bindings of PolityExecutor's ABI (compiled/PolityExecutor.json); names follow the Solidity source.

internal sealed class ExecutorDeployment() : ContractDeploymentMessage(ContractArtifact.PolityExecutor.Bytecode)
{
    [Parameter("address", "anchor_", 1)]
    public string Anchor { get; set; } = "";

    [Parameter("address", "avatar_", 2)]
    public string Avatar { get; set; } = "";

    [Parameter("uint64", "delay_", 3)]
    public ulong Delay { get; set; }

    [Parameter("uint64", "grace_", 4)]
    public ulong Grace { get; set; }

    [Parameter("uint8[]", "thresholds", 5)]
    public List<byte> Thresholds { get; set; } = [];

    [Parameter("address[]", "holders", 6)]
    public List<string> Holders { get; set; } = [];

    [Parameter("uint8[]", "holderHouses", 7)]
    public List<byte> HolderHouses { get; set; } = [];
}

[Function("queue", "bytes32")]
internal sealed class QueueFunction : FunctionMessage
{
    [Parameter("tuple[]", "calls", 1)]
    public List<CallTuple> Calls { get; set; } = [];

    [Parameter("bytes", "entry", 2)]
    public byte[] Entry { get; set; } = [];

    [Parameter("uint256", "leafIndex", 3)]
    public BigInteger LeafIndex { get; set; }

    [Parameter("uint256", "treeSize", 4)]
    public BigInteger TreeSize { get; set; }

    [Parameter("bytes32[]", "proof", 5)]
    public List<byte[]> Proof { get; set; } = [];
}

[Function("veto")]
internal sealed class VetoFunction : FunctionMessage
{
    [Parameter("bytes32", "id", 1)]
    public byte[] Id { get; set; } = [];
}

[Function("execute")]
internal sealed class ExecuteFunction : FunctionMessage
{
    [Parameter("bytes32", "id", 1)]
    public byte[] Id { get; set; } = [];

    [Parameter("tuple[]", "calls", 2)]
    public List<CallTuple> Calls { get; set; } = [];
}

[Function("cancel")]
internal sealed class CancelFunction : FunctionMessage
{
    [Parameter("bytes32", "id", 1)]
    public byte[] Id { get; set; } = [];
}

[Function("batchHash", "bytes32")]
internal sealed class BatchHashFunction : FunctionMessage
{
    [Parameter("tuple[]", "calls", 1)]
    public List<CallTuple> Calls { get; set; } = [];
}

/// <summary>Not a function of the contract: its call data minus the selector is <c>abi.encode(chainid, executor, calls)</c>.</summary>
[Function("batchPreimage")]
internal sealed class BatchPreimage : FunctionMessage
{
    [Parameter("uint256", "chainId", 1)]
    public BigInteger ChainId { get; set; }

    [Parameter("address", "executor", 2)]
    public string Executor { get; set; } = "";

    [Parameter("tuple[]", "calls", 3)]
    public List<CallTuple> Calls { get; set; } = [];
}

[Function("operations", typeof(OperationOutput))]
internal sealed class OperationsFunction : FunctionMessage
{
    [Parameter("bytes32", "id", 1)]
    public byte[] Id { get; set; } = [];
}

[FunctionOutput]
internal sealed class OperationOutput : IFunctionOutputDTO
{
    [Parameter("bytes32", "batch", 1)]
    public byte[] Batch { get; set; } = [];

    [Parameter("uint64", "eta", 2)]
    public ulong Eta { get; set; }

    [Parameter("uint8", "state", 3)]
    public byte State { get; set; }
}

[Event("Queued")]
internal sealed class QueuedEvent : IEventDTO
{
    [Parameter("bytes32", "id", 1, true)]
    public byte[] Id { get; set; } = [];

    [Parameter("bytes32", "batch", 2, true)]
    public byte[] Batch { get; set; } = [];

    [Parameter("uint256", "leafIndex", 3, false)]
    public BigInteger LeafIndex { get; set; }

    [Parameter("uint256", "treeSize", 4, false)]
    public BigInteger TreeSize { get; set; }

    [Parameter("uint64", "eta", 5, false)]
    public ulong Eta { get; set; }
}

[Event("Executed")]
internal sealed class ExecutedEvent : IEventDTO
{
    [Parameter("bytes32", "id", 1, true)]
    public byte[] Id { get; set; } = [];

    [Parameter("bytes32", "batch", 2, true)]
    public byte[] Batch { get; set; } = [];
}

[Event("Vetoed")]
internal sealed class VetoedEvent : IEventDTO
{
    [Parameter("bytes32", "id", 1, true)]
    public byte[] Id { get; set; } = [];

    [Parameter("uint256", "house", 2, false)]
    public BigInteger House { get; set; }
}
