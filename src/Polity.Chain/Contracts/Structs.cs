using System.Numerics;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Hex.HexConvertors.Extensions;

namespace Polity.Chain.Contracts;

/// <summary>The ABI tuple <c>(address target, uint256 value, bytes data)</c>.</summary>
internal sealed class CallTuple
{
    [Parameter("address", "target", 1)]
    public string Target { get; set; } = "";

    [Parameter("uint256", "value", 2)]
    public BigInteger Value { get; set; }

    [Parameter("bytes", "data", 3)]
    public byte[] Data { get; set; } = [];

    public static List<CallTuple> From(IEnumerable<ChainCall> calls) =>
        calls.Select(c => new CallTuple { Target = c.Target, Value = c.Value, Data = c.Data.HexToByteArray() }).ToList();
}
