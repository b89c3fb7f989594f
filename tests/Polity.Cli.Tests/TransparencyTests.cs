using System.Text;
using System.Text.Json;
using Polity.Ledger.Merkle;

namespace Polity.Cli.Tests;

/// <summary>The demo's log, played once, for the transparency commands to read.</summary>
public sealed class DemoLog : IAsyncLifetime, IDisposable
{
    public PolityProcess P { get; } = new();

    public async ValueTask InitializeAsync()
    {
        P.Env["POLITY_PASSWORD"] = "demo-password";
        await P.ExpectAsync(0, "demo");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void Dispose() => P.Dispose();
}

public sealed class TransparencyTests(DemoLog demo) : IClassFixture<DemoLog>
{
    private readonly PolityProcess _p = demo.P;

    private async Task<JsonElement> JsonAsync(params string[] args) => JsonDocument.Parse((await _p.ExpectAsync(0, [.. args, "--json"])).Out).RootElement;

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(x => x.GetString()!)];

    [Fact]
    public async Task Head_prove_and_consistency_print_proofs_that_verify_against_the_head()
    {
        var head = await JsonAsync("log", "head");
        var size = head.GetProperty("size").GetInt64();
        size.ShouldBeGreaterThan(50);
        (await JsonAsync("verify")).GetProperty("root").GetString().ShouldBe(head.GetProperty("root").GetString());

        var entry = Encoding.UTF8.GetBytes((await _p.ExpectAsync(0, "log", "show", "--from", "7", "--limit", "1", "--json")).Out.TrimEnd('\n'));
        var prove = await JsonAsync("log", "prove", "7");
        var proof = new InclusionProof(
            prove.GetProperty("leafIndex").GetInt64(), prove.GetProperty("treeSize").GetInt64(), prove.GetProperty("root").GetString()!,
            prove.GetProperty("leafHash").GetString()!, Strings(prove.GetProperty("path")));
        proof.LeafIndex.ShouldBe(6);
        proof.TreeSize.ShouldBe(size);
        proof.Root.ShouldBe(head.GetProperty("root").GetString());
        proof.VerifyEntry(entry).ShouldBeTrue();
        (await _p.ExpectAsync(0, "log", "prove", "7", "--size", "20")).Out.ShouldContain("tree of size 20");

        var c = await JsonAsync("log", "consistency", "20", size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var consistency = new ConsistencyProof(20, size, c.GetProperty("oldRoot").GetString()!, c.GetProperty("newRoot").GetString()!, Strings(c.GetProperty("path")));
        consistency.NewRoot.ShouldBe(head.GetProperty("root").GetString());
        consistency.Verify().ShouldBeTrue();
        consistency.OldRoot.ShouldBe((await JsonAsync("log", "prove", "20", "--size", "20")).GetProperty("root").GetString());

        (await _p.ExpectAsync(2, "log", "prove", "0")).Err.ShouldContain("need 1 <= seq");
        (await _p.ExpectAsync(2, "log", "prove", "5", "--size", (size + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).Err.ShouldContain("need 1 <= seq");
        (await _p.ExpectAsync(2, "log", "consistency", "9", "3")).Err.ShouldContain("need 1 <= old-size");
    }

    [Fact]
    public async Task Only_the_operator_signs_tree_heads()
    {
        var signed = await JsonAsync("log", "head", "--sign", "--as", "convener");
        signed.GetProperty("signature").GetString()!.Length.ShouldBe(132);
        var network = await JsonAsync("network", "show");
        signed.GetProperty("signer").GetString().ShouldBe(network.GetProperty("operator").GetString());
        (await _p.ExpectAsync(1, "log", "head", "--sign", "--as", "river-foundation")).Err.ShouldContain("only the operator");
        (await _p.ExpectAsync(2, "log", "head", "--sign")).Err.ShouldContain("--as");
    }

    [Fact]
    public async Task An_export_verifies_without_a_database_and_any_changed_byte_fails_naming_its_seq_or_the_tree_head()
    {
        var export = _p.Path("signed.jsonl");
        await _p.ExpectAsync(0, "log", "export", "--out", export, "--as", "convener");
        var bytes = await File.ReadAllBytesAsync(export);
        var lines = Encoding.UTF8.GetString(bytes).TrimEnd('\n').Split('\n');
        lines[^1].ShouldStartWith("{\"treeHead\":{");
        lines[^1].ShouldContain("\"signature\":\"0x");
        var ok = await _p.ExpectAsync(0, "verify", "--from", export, "--db", _p.Path("no-such.db"));
        ok.Out.ShouldStartWith($"verify OK: {lines.Length - 1} events and the operator-signed tree head");
        File.Exists(_p.Path("no-such.db")).ShouldBeFalse();

        // Flip one byte at a time (in-process, the same code path as the binary) and expect the line's seq.
        var random = new Random(4824);
        var positions = Enumerable.Range(0, 60).Select(_ => random.Next(bytes.Length))
            .Concat([0, bytes.Length - 1, bytes.Length - 2, Array.IndexOf(bytes, (byte)'\n'), bytes.Length - lines[^1].Length - 2])
            .Distinct().Order().ToList();
        var tampered = _p.Path("tampered.jsonl");
        foreach (var position in positions)
        {
            var copy = (byte[])bytes.Clone();
            copy[position] ^= 0x01;
            await File.WriteAllBytesAsync(tampered, copy);
            var line = bytes.AsSpan(0, position).Count((byte)'\n') + 1;
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await PolityCli.RunAsync(["verify", "--from", tampered, "--json"], output, error);
            exit.ShouldBe(1, $"byte {position} (line {line}) changed but verify passed: {output}");
            var failure = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("failure");
            failure.GetProperty("seq").GetInt64().ShouldBe(line, $"byte {position}: {failure}");
            if (line == lines.Length)
            {
                failure.GetProperty("kind").GetString().ShouldBe("tree-head", $"byte {position}: {failure}");
            }
        }

        // Through the binary, a tampered entry is named in text too.
        var one = (byte[])bytes.Clone();
        var third = Encoding.UTF8.GetByteCount(lines[0]) + Encoding.UTF8.GetByteCount(lines[1]) + 2 + 40;
        one[third] ^= 0x01;
        await File.WriteAllBytesAsync(tampered, one);
        (await _p.ExpectAsync(1, "verify", "--from", tampered)).Err.ShouldContain("verify FAILED at seq 3");
    }

    [Fact]
    public async Task An_unsigned_export_verifies_and_a_dropped_entry_or_a_wrong_root_is_caught()
    {
        var export = (await _p.ExpectAsync(0, "log", "export")).Out;
        var lines = export.TrimEnd('\n').Split('\n');
        lines[^1].ShouldNotContain("signature");
        var file = _p.Path("unsigned.jsonl");
        await File.WriteAllTextAsync(file, export);
        (await _p.ExpectAsync(0, "verify", "--from", file)).Out.ShouldContain("unsigned tree head");

        // Dropping the last entry: every entry still verifies, but the head no longer matches.
        await File.WriteAllLinesAsync(file, [.. lines[..^2], lines[^1]]);
        (await _p.ExpectAsync(1, "verify", "--from", file)).Err.ShouldContain("tree head");

        // A head re-written with another root (and no signature to break) is still caught by the recomputed root.
        await File.WriteAllLinesAsync(file, [.. lines[..^1], lines[^1].Replace("\"root\":\"", "\"root\":\"0", StringComparison.Ordinal).Remove(lines[^1].IndexOf("\"root\":\"", StringComparison.Ordinal) + 72, 1)]);
        (await _p.ExpectAsync(1, "verify", "--from", file)).Err.ShouldContain("is not the Merkle root");
    }

    [Fact]
    public async Task The_eip4824_export_is_an_activity_log_of_proposal_events()
    {
        var doc = JsonDocument.Parse((await _p.ExpectAsync(0, "log", "export", "--format", "eip4824")).Out).RootElement;
        doc.GetProperty("@context").GetString().ShouldBe("http://www.daostar.org/schemas");
        doc.GetProperty("type").GetString().ShouldBe("DAO");
        doc.GetProperty("name").GetString().ShouldBe("commons-fund");
        var activities = doc.GetProperty("activities").EnumerateArray().ToList();
        activities.ShouldNotBeEmpty();
        activities.ShouldAllBe(a => a.GetProperty("type").GetString() == "activity" && a.GetProperty("proposal").GetProperty("type").GetString() == "proposal");
        activities.Select(a => a.GetProperty("activityType").GetString()).ShouldContain("v1.ballot-cast");
        activities.Select(a => a.GetProperty("activityType").GetString()).ShouldContain("v1.proposal-executed");
        activities.First().GetProperty("member").GetProperty("id").GetString()!.ShouldStartWith("0x");
    }
}
