using System.Security.Cryptography;

namespace Polity.Ledger.Merkle;

/// <summary>
/// Checks RFC 9162 proofs with nothing but the proof and the tree head(s): the inclusion algorithm of
/// §2.1.3.2 and the consistency algorithm of §2.1.4.2. Every hash must be 32 bytes and every proof exactly as
/// long as the sizes imply, so padded, truncated or re-ordered proofs fail. Pure and thread-safe.
/// </summary>
public static class MerkleVerifier
{
    /// <summary>True when <paramref name="proof"/> shows leaf <paramref name="index"/> with hash <paramref name="leafHash"/> in the tree of <paramref name="size"/> leaves whose root is <paramref name="root"/>.</summary>
    /// <param name="leafHash">The leaf's hash, <c>SHA-256(0x00 ‖ entry)</c>.</param>
    /// <param name="index">0-based leaf index.</param>
    /// <param name="size">The tree size.</param>
    /// <param name="proof">The audit path, from the leaf's sibling upwards.</param>
    /// <param name="root">The tree head's root.</param>
    /// <returns>Whether the proof holds.</returns>
    public static bool VerifyInclusion(ReadOnlySpan<byte> leafHash, long index, long size, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root) =>
        VerifyInclusion(leafHash, index, size, proof, root, out _);

    /// <summary>As <see cref="VerifyInclusion(ReadOnlySpan{byte}, long, long, IReadOnlyList{byte[]}, ReadOnlySpan{byte})"/>, saying why it fails.</summary>
    /// <param name="leafHash">The leaf's hash.</param>
    /// <param name="index">0-based leaf index.</param>
    /// <param name="size">The tree size.</param>
    /// <param name="proof">The audit path.</param>
    /// <param name="root">The tree head's root.</param>
    /// <param name="failure">Null on success, else what is wrong.</param>
    /// <returns>Whether the proof holds.</returns>
    public static bool VerifyInclusion(
        ReadOnlySpan<byte> leafHash, long index, long size, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root, out string? failure)
    {
        ArgumentNullException.ThrowIfNull(proof);
        failure = CheckShape(proof, leafHash, "leaf hash") ?? CheckShape([], root, "root");
        if (failure is null && (index < 0 || index >= size))
        {
            failure = $"leaf index {index} is not inside a tree of size {size}";
        }

        if (failure is not null)
        {
            return false;
        }

        // §2.1.3.2: fn walks up from the leaf, sn from the last leaf; where they meet the path follows the right border.
        var fn = (ulong)index;
        var sn = (ulong)(size - 1);
        Span<byte> r = stackalloc byte[MerkleHash.Size];
        leafHash.CopyTo(r);
        foreach (var p in proof)
        {
            if (sn == 0)
            {
                failure = $"the proof is too long for a leaf at {index} of a tree of size {size}";
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                MerkleHash.Node(p, r, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                MerkleHash.Node(r, p, r);
            }

            fn >>= 1;
            sn >>= 1;
        }

        if (sn != 0)
        {
            failure = $"the proof is too short for a leaf at {index} of a tree of size {size}";
            return false;
        }

        return Matches(r, root, "the proof leads to a different root than the tree head's", out failure);
    }

    /// <summary>As <see cref="VerifyInclusion(ReadOnlySpan{byte}, long, long, IReadOnlyList{byte[]}, ReadOnlySpan{byte})"/>, given the entry's bytes instead of its leaf hash.</summary>
    /// <param name="entry">The entry's bytes.</param>
    /// <param name="index">0-based leaf index.</param>
    /// <param name="size">The tree size.</param>
    /// <param name="proof">The audit path.</param>
    /// <param name="root">The tree head's root.</param>
    /// <returns>Whether the proof holds.</returns>
    public static bool VerifyEntryInclusion(ReadOnlySpan<byte> entry, long index, long size, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root) =>
        VerifyInclusion(MerkleHash.Leaf(entry), index, size, proof, root, out _);

    /// <summary>True when <paramref name="proof"/> shows the tree of <paramref name="oldSize"/> leaves with root <paramref name="oldRoot"/> is a prefix of the tree of <paramref name="newSize"/> leaves with root <paramref name="newRoot"/>.</summary>
    /// <param name="oldSize">The earlier size, at least 1.</param>
    /// <param name="newSize">The later size.</param>
    /// <param name="oldRoot">The earlier root.</param>
    /// <param name="newRoot">The later root.</param>
    /// <param name="proof">The consistency proof (empty when the sizes are equal).</param>
    /// <returns>Whether the proof holds.</returns>
    public static bool VerifyConsistency(long oldSize, long newSize, ReadOnlySpan<byte> oldRoot, ReadOnlySpan<byte> newRoot, IReadOnlyList<byte[]> proof) =>
        VerifyConsistency(oldSize, newSize, oldRoot, newRoot, proof, out _);

    /// <summary>As <see cref="VerifyConsistency(long, long, ReadOnlySpan{byte}, ReadOnlySpan{byte}, IReadOnlyList{byte[]})"/>, saying why it fails.</summary>
    /// <param name="oldSize">The earlier size, at least 1.</param>
    /// <param name="newSize">The later size.</param>
    /// <param name="oldRoot">The earlier root.</param>
    /// <param name="newRoot">The later root.</param>
    /// <param name="proof">The consistency proof.</param>
    /// <param name="failure">Null on success, else what is wrong.</param>
    /// <returns>Whether the proof holds.</returns>
    public static bool VerifyConsistency(
        long oldSize, long newSize, ReadOnlySpan<byte> oldRoot, ReadOnlySpan<byte> newRoot, IReadOnlyList<byte[]> proof, out string? failure)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (oldSize < 1)
        {
            // Every tree extends the empty one, so such a "proof" would prove nothing; RFC 9162 requires 0 < m.
            failure = "a consistency proof needs an old size of at least 1";
            return false;
        }

        if (newSize < oldSize)
        {
            failure = $"the new size {newSize} is below the old size {oldSize}";
            return false;
        }

        if (oldSize == newSize)
        {
            if (proof.Count != 0)
            {
                failure = "equal sizes need an empty proof";
                return false;
            }

            return Matches(oldRoot, newRoot, "equal sizes but different roots", out failure);
        }

        failure = CheckShape(proof, oldRoot, "old root") ?? CheckShape([], newRoot, "new root");
        if (failure is null && proof.Count == 0)
        {
            failure = "the proof is empty";
        }

        if (failure is not null)
        {
            return false;
        }

        // §2.1.4.2. When the old tree is a perfect subtree its root is the proof's implied first element.
        var path = proof;
        if ((oldSize & (oldSize - 1)) == 0)
        {
            var withOld = new List<byte[]>(proof.Count + 1) { oldRoot.ToArray() };
            withOld.AddRange(proof);
            path = withOld;
        }

        var fn = (ulong)(oldSize - 1);
        var sn = (ulong)(newSize - 1);
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        Span<byte> fr = stackalloc byte[MerkleHash.Size];
        Span<byte> sr = stackalloc byte[MerkleHash.Size];
        path[0].CopyTo(fr);
        path[0].CopyTo(sr);
        for (var i = 1; i < path.Count; i++)
        {
            var c = path[i];
            if (sn == 0)
            {
                failure = $"the proof is too long for sizes {oldSize} and {newSize}";
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                MerkleHash.Node(c, fr, fr);
                MerkleHash.Node(c, sr, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                MerkleHash.Node(sr, c, sr);
            }

            fn >>= 1;
            sn >>= 1;
        }

        if (sn != 0)
        {
            failure = $"the proof is too short for sizes {oldSize} and {newSize}";
            return false;
        }

        return Matches(fr, oldRoot, "the proof does not lead to the old root", out failure)
            && Matches(sr, newRoot, "the proof does not lead to the new root", out failure);
    }

    private static string? CheckShape(IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> hash, string what)
    {
        if (hash.Length != MerkleHash.Size)
        {
            return $"the {what} is {hash.Length} bytes, not 32";
        }

        for (var i = 0; i < proof.Count; i++)
        {
            if (proof[i] is not { Length: MerkleHash.Size })
            {
                return $"proof element {i} is not 32 bytes";
            }
        }

        return null;
    }

    private static bool Matches(ReadOnlySpan<byte> computed, ReadOnlySpan<byte> expected, string message, out string? failure)
    {
        var ok = computed.Length == expected.Length && CryptographicOperations.FixedTimeEquals(computed, expected);
        failure = ok ? null : message;
        return ok;
    }
}
