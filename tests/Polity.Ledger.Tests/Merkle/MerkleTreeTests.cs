using System.Text;
using Polity.Ledger.Merkle;

namespace Polity.Ledger.Tests.Merkle;

/// <summary>The tree against the RFC 9162 definitions written out recursively, for every size up to 40.</summary>
public sealed class MerkleTreeTests
{
    private const int MaxSize = 40;

    private static readonly byte[][] Entries = [.. Enumerable.Range(0, MaxSize).Select(i => Encoding.UTF8.GetBytes($"entry {i} " + new string('x', i % 7)))];

    private static readonly MerkleTree Tree = Build(MaxSize);

    private static MerkleTree Build(int size)
    {
        var tree = new MerkleTree();
        foreach (var entry in Entries.Take(size))
        {
            tree.Append(entry);
        }

        return tree;
    }

    // RFC 9162 §2.1.1 MTH, §2.1.3.1 PATH and §2.1.4.1 SUBPROOF, literally.
    private static byte[] Mth(int start, int n) => n switch
    {
        0 => MerkleHash.EmptyRoot(),
        1 => MerkleHash.Leaf(Entries[start]),
        _ => MerkleHash.Node(Mth(start, K(n)), Mth(start + K(n), n - K(n))),
    };

    private static List<byte[]> Path(int m, int start, int n)
    {
        if (n == 1)
        {
            return [];
        }

        var k = K(n);
        return m < k ? [.. Path(m, start, k), Mth(start + k, n - k)] : [.. Path(m - k, start + k, n - k), Mth(start, k)];
    }

    private static List<byte[]> Subproof(int m, int start, int n, bool b)
    {
        if (m == n)
        {
            return b ? [] : [Mth(start, m)];
        }

        var k = K(n);
        return m <= k ? [.. Subproof(m, start, k, b), Mth(start + k, n - k)] : [.. Subproof(m - k, start + k, n - k, false), Mth(start, k)];
    }

    private static int K(int n)
    {
        var k = 1;
        while (k * 2 < n)
        {
            k *= 2;
        }

        return k;
    }

    private static string Hex(IEnumerable<byte[]> hashes) => string.Join(",", hashes.Select(h => Hashing.ToHex(h)));

    [Fact]
    public void Roots_at_every_size_equal_the_recursive_definition()
    {
        for (var n = 0; n <= MaxSize; n++)
        {
            Tree.RootAt(n).ShouldBe(Mth(0, n), $"size {n}");
            Build(n).Root.ShouldBe(Mth(0, n), $"size {n}");
        }
    }

    [Fact]
    public void Every_inclusion_proof_equals_the_definition_and_verifies_and_fails_for_other_leaves()
    {
        for (var n = 1; n <= MaxSize; n++)
        {
            var root = Tree.RootAt(n);
            for (var m = 0; m < n; m++)
            {
                var proof = Tree.InclusionProof(m, n);
                Hex(proof).ShouldBe(Hex(Path(m, 0, n)), $"leaf {m} of {n}");
                MerkleVerifier.VerifyEntryInclusion(Entries[m], m, n, proof, root).ShouldBeTrue($"leaf {m} of {n}");
                MerkleVerifier.VerifyEntryInclusion(Entries[(m + 1) % MaxSize], m, n, proof, root).ShouldBeFalse();
                if (n > 1)
                {
                    MerkleVerifier.VerifyEntryInclusion(Entries[m], (m + 1) % n, n, proof, root).ShouldBeFalse($"leaf {m} of {n} at another index");
                }
            }
        }
    }

    [Fact]
    public void Every_consistency_proof_equals_the_definition_and_verifies_and_fails_against_another_root()
    {
        for (var n = 1; n <= MaxSize; n++)
        {
            for (var m = 1; m <= n; m++)
            {
                var proof = Tree.ConsistencyProof(m, n);
                Hex(proof).ShouldBe(Hex(Subproof(m, 0, n, true)), $"{m} -> {n}");
                MerkleVerifier.VerifyConsistency(m, n, Tree.RootAt(m), Tree.RootAt(n), proof, out var failure).ShouldBeTrue($"{m} -> {n}: {failure}");
                if (m > 1)
                {
                    MerkleVerifier.VerifyConsistency(m, n, Tree.RootAt(m - 1), Tree.RootAt(n), proof).ShouldBeFalse($"{m} -> {n} with the root of {m - 1}");
                }
            }
        }
    }

    [Fact]
    public void A_forked_log_has_no_consistency_proof_from_the_honest_head()
    {
        var forked = new MerkleTree();
        for (var i = 0; i < 20; i++)
        {
            forked.Append(i == 7 ? "changed"u8.ToArray() : Entries[i]);
        }

        for (var m = 8; m <= 20; m++)
        {
            MerkleVerifier.VerifyConsistency(m, 20, Tree.RootAt(m), forked.Root, forked.ConsistencyProof(m, 20)).ShouldBeFalse();
        }

        // Before the changed entry the fork is consistent: it is the same log.
        MerkleVerifier.VerifyConsistency(7, 20, Tree.RootAt(7), forked.Root, forked.ConsistencyProof(7, 20)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(-1)]
    public void Appending_in_bulk_builds_the_same_tree(int parallelism)
    {
        foreach (var (first, size) in new[] { (0, 10_000), (3, 9_000), (4_097, 12_345) })
        {
            var entries = Enumerable.Range(0, size).Select(i => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes($"bulk {i}")).ToArray();
            var one = new MerkleTree();
            foreach (var e in entries)
            {
                one.Append(e.Span);
            }

            var bulk = new MerkleTree();
            foreach (var e in entries.Take(first))
            {
                bulk.Append(e.Span);
            }

            bulk.AppendRange(entries[first..], parallelism);
            bulk.Size.ShouldBe(size);
            bulk.Root.ShouldBe(one.Root);
            bulk.RootAt(size / 3).ShouldBe(one.RootAt(size / 3));
            Hex(bulk.InclusionProof(size / 2, size)).ShouldBe(Hex(one.InclusionProof(size / 2, size)));
            bulk.Append("one more"u8);
            one.Append("one more"u8);
            bulk.Root.ShouldBe(one.Root);
        }
    }

    [Fact]
    public void Leaf_hashes_can_be_appended_directly()
    {
        var tree = new MerkleTree();
        foreach (var e in Entries)
        {
            tree.AppendLeafHash(MerkleHash.Leaf(e));
        }

        tree.Root.ShouldBe(Tree.Root);
        Should.Throw<ArgumentException>(() => tree.AppendLeafHash(new byte[31]));
    }

    [Fact]
    public void Large_entries_hash_like_small_ones()
    {
        var big = new byte[100_000];
        big.AsSpan().Fill(7);
        MerkleHash.Leaf(big).ShouldBe(Hashing.Sha256([0x00, .. big]));
    }

    [Fact]
    public void Refuses_sizes_and_indexes_outside_the_tree()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Tree.RootAt(MaxSize + 1));
        Should.Throw<ArgumentOutOfRangeException>(() => Tree.RootAt(-1));
        Should.Throw<ArgumentOutOfRangeException>(() => Tree.InclusionProof(5, 5));
        Should.Throw<ArgumentOutOfRangeException>(() => Tree.InclusionProof(0, MaxSize + 1));
        Should.Throw<ArgumentOutOfRangeException>(() => Tree.ConsistencyProof(0, 5));
        Should.Throw<ArgumentOutOfRangeException>(() => Tree.ConsistencyProof(6, 5));
        Should.Throw<ArgumentOutOfRangeException>(() => Tree.LeafHash(MaxSize));
    }
}
