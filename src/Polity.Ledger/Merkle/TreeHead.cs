namespace Polity.Ledger.Merkle;

/// <summary>A tree head: the log's Merkle root at a size, stated at a time.</summary>
/// <param name="Size">Leaves (log entries) in the tree; the log's last seq.</param>
/// <param name="Root">Lowercase hex (64 digits, no prefix) of the RFC 9162 root over entries 1…Size.</param>
/// <param name="Time">Unix seconds at which the head was stated.</param>
public sealed record TreeHead(long Size, string Root, long Time);
