using System.Numerics;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace Polity.Chain.Contracts;

// Thin typed bindings of PolityAnchor's ABI (compiled/PolityAnchor.json); names follow the Solidity source.

internal sealed class AnchorDeployment() : ContractDeploymentMessage(ContractArtifact.PolityAnchor.Bytecode)
{
    [Parameter("address", "operator_", 1)]
    public string Operator { get; set; } = "";

    [Parameter("string", "network_", 2)]
    public string Network { get; set; } = "";
}

[Function("anchor")]
internal sealed class AnchorFunction : FunctionMessage
{
    [Parameter("uint64", "size", 1)]
    public ulong Size { get; set; }

    [Parameter("bytes32", "root", 2)]
    public byte[] Root { get; set; } = [];

    [Parameter("uint64", "time", 3)]
    public ulong Time { get; set; }

    [Parameter("bytes", "signature", 4)]
    public byte[] Signature { get; set; } = [];

    [Parameter("bytes32[]", "consistency", 5)]
    public List<byte[]> Consistency { get; set; } = [];
}

[Function("latestSize", "uint64")]
internal sealed class LatestSizeFunction : FunctionMessage;

[Function("rootAt", "bytes32")]
internal sealed class RootAtFunction : FunctionMessage
{
    [Parameter("uint256", "size", 1)]
    public BigInteger Size { get; set; }
}

[Event("Anchored")]
internal sealed class AnchoredEvent : IEventDTO
{
    [Parameter("uint64", "size", 1, true)]
    public ulong Size { get; set; }

    [Parameter("bytes32", "root", 2, false)]
    public byte[] Root { get; set; } = [];

    [Parameter("uint64", "time", 3, false)]
    public ulong Time { get; set; }

    [Parameter("uint64", "previousSize", 4, false)]
    public ulong PreviousSize { get; set; }
}
