using System.Numerics;

namespace Polity.Chain;

/// <summary>One call of a batch the executor runs: <c>target.call{value}(data)</c>.</summary>
/// <param name="Target">The called address, <c>0x</c> and 40 hex digits.</param>
/// <param name="Value">Wei sent with the call.</param>
/// <param name="Data">The call data, <c>0x</c> and hex (<c>0x</c> for a plain transfer).</param>
public sealed record ChainCall(string Target, BigInteger Value, string Data);
