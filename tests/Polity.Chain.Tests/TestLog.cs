using System.Globalization;
using System.Text;
using Polity.Ledger;
using Polity.Ledger.Merkle;

namespace Polity.Chain.Tests;

/// <summary>
/// A log's entries as bytes, in the canonical JSON shape Polity stores, with its Merkle tree and operator-signed
/// heads. Entries are synthetic (the contracts read only their bytes), so each test can build the log it needs.
/// </summary>
internal sealed class TestLog
{
    public const string Network = "chain-test";

    /// <summary>A fixed operator key, so heads reproduce.</summary>
    public static readonly byte[] OperatorKey = Convert.FromHexString("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");

    private readonly List<byte[]> _entries = [];
    private readonly MerkleTree _tree = new();

    public static string OperatorAddress => EthKeys.AddressOf(OperatorKey);

    public long Size => _entries.Count;

    public byte[] Entry(long seq) => _entries[(int)(seq - 1)];

    /// <summary>Appends an entry of any type with a small payload; returns its seq.</summary>
    public long Append(string type, string payloadJson)
    {
        var seq = _entries.Count + 1;
        var prev = seq == 1 ? new string('0', 64) : Hashing.ToHex(System.Security.Cryptography.SHA256.HashData(_entries[^1]));
        var json = $"{{\"author\":\"0x{new string('a', 40)}\",\"payload\":{payloadJson},\"prev\":\"{prev}\",\"seq\":{seq.ToString(CultureInfo.InvariantCulture)}," +
                   $"\"sig\":\"0x{new string('b', 130)}\",\"time\":{(1_800_000_000 + seq).ToString(CultureInfo.InvariantCulture)},\"type\":\"{type}\"}}";
        var bytes = Encoding.UTF8.GetBytes(json);
        _entries.Add(bytes);
        _tree.Append(bytes);
        return seq;
    }

    /// <summary>Appends a v1.chain-batch-approved entry for a batch hash; returns its seq.</summary>
    public long Approve(string batch, long proposal = 7) =>
        Append("v1.chain-batch-approved", $"{{\"batch\":\"{batch}\",\"option\":\"yes\",\"proposal\":{proposal.ToString(CultureInfo.InvariantCulture)}}}");

    /// <summary>Appends <paramref name="count"/> filler entries.</summary>
    public void Fill(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Append("v1.comment-posted", $"{{\"proposal\":1,\"text\":\"note {_entries.Count}\"}}");
        }
    }

    /// <summary>The operator-signed head of the first <paramref name="size"/> entries.</summary>
    public SignedTreeHead Head(long size, byte[]? key = null) =>
        TreeHeadSigning.Sign(Network, new TreeHead(size, Hashing.ToHex(_tree.RootAt(size)), 1_800_000_000 + size), key ?? OperatorKey);

    public ConsistencyProof Consistency(long from, long to) =>
        new(from, to, Hashing.ToHex(_tree.RootAt(from)), Hashing.ToHex(_tree.RootAt(to)), _tree.ConsistencyProof(from, to).Select(h => Hashing.ToHex(h)).ToList());

    public InclusionProof Inclusion(long seq, long size) =>
        new(seq - 1, size, Hashing.ToHex(_tree.RootAt(size)), Hashing.ToHex(_tree.LeafHash(seq - 1)), _tree.InclusionProof(seq - 1, size).Select(h => Hashing.ToHex(h)).ToList());
}
