using System.Text.Json;
using Polity.Ledger.Merkle;

namespace Polity.Ledger.Tests.Merkle;

/// <summary>The RFC 6962 tables (hashes, roots, proofs) transcribed in <c>merkle_rfc6962/rfc6962_reference_vectors.json</c>.</summary>
public sealed class MerkleVectorTests
{
    private static readonly JsonElement Vectors = ReferenceData.Json("merkle_rfc6962/rfc6962_reference_vectors.json").RootElement;

    private static byte[][] Leaves() => [.. Vectors.GetProperty("leaf_inputs_hex").EnumerateArray().Select(x => Hashing.FromHex(x.GetString()!))];

    private static MerkleTree TreeOf(int size)
    {
        var tree = new MerkleTree();
        foreach (var leaf in Leaves().Take(size))
        {
            tree.Append(leaf);
        }

        return tree;
    }

    private static string[] Hexes(IEnumerable<byte[]> hashes) => [.. hashes.Select(h => Hashing.ToHex(h))];

    private static string[] Hexes(JsonElement array) => [.. array.EnumerateArray().Select(x => x.GetString()!)];

    [Fact]
    public void Hasher_vectors_match()
    {
        var v = Vectors.GetProperty("hasher_vectors").EnumerateArray().ToArray();
        v.Length.ShouldBe(4);
        Hashing.ToHex(MerkleHash.EmptyRoot()).ShouldBe(v[0].GetProperty("want").GetString());
        Hashing.ToHex(new MerkleTree().Root).ShouldBe(v[0].GetProperty("want").GetString());
        Hashing.ToHex(MerkleHash.Leaf([])).ShouldBe(v[1].GetProperty("want").GetString());
        Hashing.ToHex(MerkleHash.Leaf(Hashing.FromHex(v[2].GetProperty("leaf_input_hex").GetString()!))).ShouldBe(v[2].GetProperty("want").GetString());

        // The RFC hasher's node vector hashes raw 4-byte "children"; MerkleHash.Node wants real 32-byte hashes,
        // so recompute the same bytes by hand: SHA-256(0x01 ‖ "N123" ‖ "N456").
        var left = Hashing.FromHex(v[3].GetProperty("left_hex").GetString()!);
        var right = Hashing.FromHex(v[3].GetProperty("right_hex").GetString()!);
        Hashing.ToHex(Hashing.Sha256([0x01, .. left, .. right])).ShouldBe(v[3].GetProperty("want").GetString());
        Should.Throw<ArgumentException>(() => MerkleHash.Node(left, right));
    }

    [Fact]
    public void Roots_for_every_size_from_0_to_8_match_appending_and_looking_back()
    {
        var roots = Vectors.GetProperty("root_hash_by_tree_size");
        var full = TreeOf(8);
        for (var size = 0; size <= 8; size++)
        {
            var want = roots.GetProperty(size.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetString();
            Hashing.ToHex(TreeOf(size).Root).ShouldBe(want, $"size {size}");
            Hashing.ToHex(full.RootAt(size)).ShouldBe(want, $"RootAt({size})");
        }
    }

    [Fact]
    public void Every_complete_subtree_hash_matches()
    {
        var levels = Vectors.GetProperty("node_hashes_by_level").GetProperty("levels").EnumerateArray().ToArray();
        var tree = TreeOf(8);
        Hexes(Enumerable.Range(0, 8).Select(i => tree.LeafHash(i))).ShouldBe(Hexes(levels[0]));
        for (var level = 1; level < levels.Length; level++)
        {
            var width = 1 << level;
            var nodes = Hexes(levels[level]);
            for (var i = 0; i < nodes.Length; i++)
            {
                // A complete subtree [i·w, (i+1)·w) is the sole leaf-group of a tree over exactly those leaves.
                var sub = new MerkleTree();
                foreach (var leaf in Leaves().Skip(i * width).Take(width))
                {
                    sub.Append(leaf);
                }

                Hashing.ToHex(sub.Root).ShouldBe(nodes[i], $"level {level} node {i}");
            }
        }
    }

    [Fact]
    public void Inclusion_proofs_are_generated_exactly_and_verify()
    {
        var cases = Vectors.GetProperty("inclusion_proofs").EnumerateArray().ToArray();
        cases.Length.ShouldBe(5);
        var tree = TreeOf(8);
        foreach (var c in cases)
        {
            var index = c.GetProperty("leafIndex").GetInt64();
            var size = c.GetProperty("treeSize").GetInt64();
            var proof = tree.InclusionProof(index, size);
            Hexes(proof).ShouldBe(Hexes(c.GetProperty("proof")), $"leaf {index} of {size}");
            Hashing.ToHex(tree.LeafHash(index)).ShouldBe(c.GetProperty("leafHash").GetString());
            var root = Hashing.FromHex(c.GetProperty("root").GetString()!);
            MerkleVerifier.VerifyInclusion(tree.LeafHash(index), index, size, proof, root).ShouldBeTrue();
            MerkleVerifier.VerifyEntryInclusion(Leaves()[index], index, size, proof, root).ShouldBeTrue();
        }
    }

    [Fact]
    public void Consistency_proofs_are_generated_exactly_and_verify()
    {
        var cases = Vectors.GetProperty("consistency_proofs").EnumerateArray().ToArray();
        cases.Length.ShouldBe(5);
        var tree = TreeOf(8);
        foreach (var c in cases)
        {
            var size1 = c.GetProperty("size1").GetInt64();
            var size2 = c.GetProperty("size2").GetInt64();
            var proof = tree.ConsistencyProof(size1, size2);
            Hexes(proof).ShouldBe(Hexes(c.GetProperty("proof")), $"{size1} -> {size2}");
            MerkleVerifier.VerifyConsistency(
                size1, size2, Hashing.FromHex(c.GetProperty("root1").GetString()!), Hashing.FromHex(c.GetProperty("root2").GetString()!), proof)
                .ShouldBeTrue($"{size1} -> {size2}");
        }
    }
}
