namespace Polity.Ledger.Merkle;

/// <summary>An RFC 9162 inclusion proof as the log hands it out: every hash as 64 lowercase hex digits.</summary>
/// <param name="LeafIndex">0-based leaf index (the log's seq − 1).</param>
/// <param name="TreeSize">The size of the tree the proof is against.</param>
/// <param name="Root">The root at <paramref name="TreeSize"/>.</param>
/// <param name="LeafHash">The leaf's hash, <c>SHA-256(0x00 ‖ entry)</c>.</param>
/// <param name="Path">The audit path, from the leaf's sibling upwards.</param>
public sealed record InclusionProof(long LeafIndex, long TreeSize, string Root, string LeafHash, IReadOnlyList<string> Path)
{
    /// <summary>True when the path leads from the leaf hash to the root (see <see cref="MerkleVerifier.VerifyInclusion(ReadOnlySpan{byte}, long, long, IReadOnlyList{byte[]}, ReadOnlySpan{byte})"/>).</summary>
    /// <returns>Whether the proof holds; false for malformed hex too.</returns>
    public bool Verify() =>
        MerkleHex.TryParse(LeafHash, out var leaf) && MerkleHex.TryParse(Root, out var root) && MerkleHex.TryParse(Path, out var path)
        && MerkleVerifier.VerifyInclusion(leaf, LeafIndex, TreeSize, path, root);

    /// <summary>True when the proof holds and its leaf is the hash of <paramref name="entry"/>.</summary>
    /// <param name="entry">The entry's bytes.</param>
    /// <returns>Whether the entry is in the tree at the proof's index.</returns>
    public bool VerifyEntry(ReadOnlySpan<byte> entry) =>
        string.Equals(Hashing.ToHex(MerkleHash.Leaf(entry)), LeafHash, StringComparison.Ordinal) && Verify();
}
