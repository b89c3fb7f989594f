namespace Polity.Ledger.Merkle;

/// <summary>A tree head signed by the network's operator (see <see cref="TreeHeadSigning"/>).</summary>
/// <param name="Head">The head.</param>
/// <param name="Signature">"0x" + 130 lowercase hex: the operator's EIP-712 signature.</param>
public sealed record SignedTreeHead(TreeHead Head, string Signature);
