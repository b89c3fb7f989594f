using System.Numerics;

namespace Polity.Ledger.Merkle;

/// <summary>
/// An append-only RFC 9162 Merkle tree (§2.1) over SHA-256 that answers for its current size and for every
/// earlier one: roots, inclusion proofs (§2.1.3.1) and consistency proofs (§2.1.4.1).
/// </summary>
/// <remarks>
/// It keeps every complete ("perfect") subtree root, level by level: level 0 holds the leaf hashes, level
/// <c>L</c> the roots of the aligned subtrees of <c>2^L</c> leaves. Appending a leaf therefore hashes once
/// per level it completes (one node hash per leaf on average, exactly n − 1 in all), and the hash of any
/// range the RFC's recursion asks for is a fold over at most 64 stored roots: <see cref="RootAt"/> and each
/// proof element cost O(log n). Memory is about 64 bytes per leaf. Not thread-safe for writes; reads may
/// run concurrently with each other.
/// </remarks>
public sealed class MerkleTree
{
    /// <summary>Below this many hashes a level is built on the calling thread.</summary>
    private const int ParallelThreshold = 4_096;

    private const int ParallelChunk = 1_024;

    private readonly List<HashColumn> _levels = [new HashColumn()];

    /// <summary>The number of leaves.</summary>
    public long Size => _levels[0].Count;

    /// <summary>The root of the whole tree (<see cref="MerkleHash.EmptyRoot"/> when empty).</summary>
    public byte[] Root => RootAt(Size);

    /// <summary>Appends an entry: its leaf hash is <c>SHA-256(0x00 ‖ entry)</c>.</summary>
    /// <param name="entry">The entry's bytes.</param>
    public void Append(ReadOnlySpan<byte> entry)
    {
        MerkleHash.Leaf(entry, _levels[0].Add());
        Carry();
    }

    /// <summary>Appends a leaf by its hash (already <c>SHA-256(0x00 ‖ entry)</c>).</summary>
    /// <param name="leafHash">32 bytes.</param>
    /// <exception cref="ArgumentException">Not 32 bytes.</exception>
    public void AppendLeafHash(ReadOnlySpan<byte> leafHash)
    {
        if (leafHash.Length != MerkleHash.Size)
        {
            throw new ArgumentException("A leaf hash is 32 bytes.", nameof(leafHash));
        }

        leafHash.CopyTo(_levels[0].Add());
        Carry();
    }

    /// <summary>
    /// Appends many entries at once, hashing leaves and then each level's new nodes in parallel across cores.
    /// The tree is the same as after appending them one by one.
    /// </summary>
    /// <param name="entries">The entries' bytes, in order.</param>
    /// <param name="maxDegreeOfParallelism">-1 for all cores, 1 for the calling thread only.</param>
    public void AppendRange(IReadOnlyList<ReadOnlyMemory<byte>> entries, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var leaves = _levels[0];
        var first = leaves.AddRange(entries.Count);
        For(entries.Count, maxDegreeOfParallelism, i => MerkleHash.Leaf(entries[(int)i].Span, leaves.Slot(first + i)));

        for (var level = 0; ; level++)
        {
            var children = _levels[level];
            var parents = level + 1 < _levels.Count ? _levels[level + 1] : null;
            var have = parents?.Count ?? 0;
            var want = children.Count / 2;
            if (want == have)
            {
                return;
            }

            if (parents is null)
            {
                parents = new HashColumn();
                _levels.Add(parents);
            }

            var start = parents.AddRange(want - have);
            For(want - have, maxDegreeOfParallelism, j => MerkleHash.Node(children.Pair(2 * (start + j)), parents.Slot(start + j)));
        }
    }

    /// <summary>The leaf hash at <paramref name="index"/>.</summary>
    /// <param name="index">0-based leaf index.</param>
    /// <returns>32 bytes.</returns>
    public byte[] LeafHash(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Size);
        return _levels[0].Slot(index).ToArray();
    }

    /// <summary>The root the tree had when it held <paramref name="size"/> leaves: the RFC's <c>MTH(D[0:size])</c>.</summary>
    /// <param name="size">0 to <see cref="Size"/>.</param>
    /// <returns>32 bytes.</returns>
    public byte[] RootAt(long size)
    {
        CheckSize(size, nameof(size));
        return size == 0 ? MerkleHash.EmptyRoot() : RangeHash(0, size);
    }

    /// <summary>
    /// The audit path for leaf <paramref name="index"/> in the tree of <paramref name="size"/> leaves
    /// (RFC 9162 §2.1.3.1 <c>PATH(m, D[0:n])</c>), ordered from the leaf's sibling up to the root's child.
    /// </summary>
    /// <param name="index">0-based leaf index, below <paramref name="size"/>.</param>
    /// <param name="size">The tree size the proof is against, at most <see cref="Size"/>.</param>
    /// <returns>The 32-byte hashes of the path (empty for a one-leaf tree).</returns>
    public IReadOnlyList<byte[]> InclusionProof(long index, long size)
    {
        CheckSize(size, nameof(size));
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, size);

        // PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n]) when m < k, else PATH(m - k, D[k:n]) : MTH(D[0:k]).
        // Walked from the top, each step yields the last element still to come, so collect then reverse.
        var path = new List<byte[]>();
        long start = 0, n = size, m = index;
        while (n > 1)
        {
            var k = SplitPoint(n);
            if (m < k)
            {
                path.Add(RangeHash(start + k, n - k));
                n = k;
            }
            else
            {
                path.Add(RangeHash(start, k));
                start += k;
                m -= k;
                n -= k;
            }
        }

        path.Reverse();
        return path;
    }

    /// <summary>
    /// The proof that the tree of <paramref name="oldSize"/> leaves is a prefix of the tree of
    /// <paramref name="newSize"/> leaves (RFC 9162 §2.1.4.1 <c>PROOF(m, D[n])</c>).
    /// </summary>
    /// <param name="oldSize">At least 1 (a proof from the empty tree proves nothing).</param>
    /// <param name="newSize">From <paramref name="oldSize"/> to <see cref="Size"/>.</param>
    /// <returns>The 32-byte hashes (empty when the sizes are equal).</returns>
    public IReadOnlyList<byte[]> ConsistencyProof(long oldSize, long newSize)
    {
        CheckSize(newSize, nameof(newSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(oldSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldSize, newSize);

        // SUBPROOF(m, D[n], b): D[0:m] itself ends it ({} if b, else {MTH(D[0:m])}); otherwise, with k the
        // split point, SUBPROOF(m, D[0:k], b) : MTH(D[k:n]) when m <= k, else SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k]).
        var proof = new List<byte[]>();
        long start = 0, n = newSize, m = oldSize;
        var whole = true;
        while (m != n)
        {
            var k = SplitPoint(n);
            if (m <= k)
            {
                proof.Add(RangeHash(start + k, n - k));
                n = k;
            }
            else
            {
                proof.Add(RangeHash(start, k));
                start += k;
                m -= k;
                n -= k;
                whole = false;
            }
        }

        if (!whole)
        {
            proof.Add(RangeHash(start, m));
        }

        proof.Reverse();
        return proof;
    }

    /// <summary>The largest power of two below <paramref name="n"/> (n ≥ 2): the RFC's split point k.</summary>
    internal static long SplitPoint(long n) => 1L << (63 - BitOperations.LeadingZeroCount((ulong)(n - 1)));

    /// <summary>
    /// <c>MTH(D[start:start+count])</c> for a range the RFC's recursion produces: <paramref name="start"/> is a
    /// multiple of the largest power of two not above <paramref name="count"/>, so the range splits into one
    /// stored perfect subtree per set bit of count, largest first, folded from the right.
    /// </summary>
    private byte[] RangeHash(long start, long count)
    {
        var result = new byte[MerkleHash.Size];
        var have = false;
        var offset = start + count;
        for (var bits = (ulong)count; bits != 0; bits &= bits - 1)
        {
            var level = BitOperations.TrailingZeroCount(bits);
            offset -= 1L << level;
            var subtree = _levels[level].Slot(offset >> level);
            if (have)
            {
                MerkleHash.Node(subtree, result, result);
            }
            else
            {
                subtree.CopyTo(result);
                have = true;
            }
        }

        return result;
    }

    private void Carry()
    {
        for (var level = 0; _levels[level].Count % 2 == 0; level++)
        {
            if (level + 1 == _levels.Count)
            {
                _levels.Add(new HashColumn());
            }

            var children = _levels[level];
            MerkleHash.Node(children.Pair(children.Count - 2), _levels[level + 1].Add());
        }
    }

    private void CheckSize(long size, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, Size, name);
    }

    private static void For(long count, int maxDegreeOfParallelism, Action<long> body)
    {
        if (count < ParallelThreshold || maxDegreeOfParallelism == 1)
        {
            for (long i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        var chunks = (count + ParallelChunk - 1) / ParallelChunk;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, chunk =>
        {
            var end = Math.Min(count, (chunk + 1) * ParallelChunk);
            for (var i = chunk * ParallelChunk; i < end; i++)
            {
                body(i);
            }
        });
    }
}
