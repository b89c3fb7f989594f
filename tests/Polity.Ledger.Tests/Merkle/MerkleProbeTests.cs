using System.Text.Json;
using Polity.Ledger.Merkle;

namespace Polity.Ledger.Tests.Merkle;

/// <summary>
/// Every probe under <c>merkle_rfc6962/testdata/inclusion</c> and <c>/consistency</c> (upstream's golden data
/// for other languages): happy paths must verify, every mutated probe must be refused. The
/// <c>subtree*</c> folders test subtree proofs from draft-ietf-plants-merkle-tree-certs, which Polity does
/// not implement (the README says they are needed only then), so they are not run.
/// </summary>
public sealed class MerkleProbeTests
{
    public static TheoryData<string> InclusionProbes() => Probes("inclusion");

    public static TheoryData<string> ConsistencyProbes() => Probes("consistency");

    [Fact]
    public void All_probe_files_are_present()
    {
        InclusionProbes().Count.ShouldBe(98);
        ConsistencyProbes().Count.ShouldBe(98);
    }

    [Theory]
    [MemberData(nameof(InclusionProbes))]
    public void Inclusion_probe(string file)
    {
        var p = ReferenceData.Json(file).RootElement;
        var ok = MerkleVerifier.VerifyInclusion(
            Bytes(p, "leafHash"), Number(p, "leafIdx"), Number(p, "treeSize"), Proof(p), Bytes(p, "root"), out var failure);
        ok.ShouldBe(!p.GetProperty("wantErr").GetBoolean(), $"{p.GetProperty("desc").GetString()}: {failure}");
    }

    [Theory]
    [MemberData(nameof(ConsistencyProbes))]
    public void Consistency_probe(string file)
    {
        var p = ReferenceData.Json(file).RootElement;
        var ok = MerkleVerifier.VerifyConsistency(
            Number(p, "size1"), Number(p, "size2"), Bytes(p, "root1"), Bytes(p, "root2"), Proof(p), out var failure);
        ok.ShouldBe(!p.GetProperty("wantErr").GetBoolean(), $"{p.GetProperty("desc").GetString()}: {failure}");
    }

    private static TheoryData<string> Probes(string kind)
    {
        // A missing folder throws here, which fails every test that uses the data.
        var folder = ReferenceData.PathOf(Path.Combine("merkle_rfc6962", "testdata", kind));
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(ReferenceData.PathOf(""), file));
        }

        return data;
    }

    // Sizes are Go uint64s ("leafIdx - 1" of 0 wraps to 2^64 - 1); above long.MaxValue they read as negative, which is refused all the same.
    private static long Number(JsonElement p, string name) => unchecked((long)p.GetProperty(name).GetUInt64());

    // Go encodes []byte as base64 and a nil slice as null.
    private static byte[] Bytes(JsonElement p, string name) =>
        p.GetProperty(name) is { ValueKind: JsonValueKind.String } s ? Convert.FromBase64String(s.GetString()!) : [];

    private static byte[][] Proof(JsonElement p) =>
        p.GetProperty("proof") is { ValueKind: JsonValueKind.Array } a ? [.. a.EnumerateArray().Select(x => Convert.FromBase64String(x.GetString()!))] : [];
}
