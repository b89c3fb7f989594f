namespace Polity.Ledger.Merkle;

/// <summary>An RFC 9162 consistency proof as the log hands it out: every hash as 64 lowercase hex digits.</summary>
/// <param name="OldSize">The earlier tree size (at least 1).</param>
/// <param name="NewSize">The later tree size.</param>
/// <param name="OldRoot">The root at <paramref name="OldSize"/>.</param>
/// <param name="NewRoot">The root at <paramref name="NewSize"/>.</param>
/// <param name="Path">The proof's hashes.</param>
public sealed record ConsistencyProof(long OldSize, long NewSize, string OldRoot, string NewRoot, IReadOnlyList<string> Path)
{
    /// <summary>True when the proof shows the old tree is a prefix of the new one (see <see cref="MerkleVerifier.VerifyConsistency(long, long, ReadOnlySpan{byte}, ReadOnlySpan{byte}, IReadOnlyList{byte[]})"/>).</summary>
    /// <returns>Whether the proof holds; false for malformed hex too.</returns>
    public bool Verify() =>
        MerkleHex.TryParse(OldRoot, out var oldRoot) && MerkleHex.TryParse(NewRoot, out var newRoot) && MerkleHex.TryParse(Path, out var path)
        && MerkleVerifier.VerifyConsistency(OldSize, NewSize, oldRoot, newRoot, path);
}
