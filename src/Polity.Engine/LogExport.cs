using System.Text.Json;
using System.Text.Json.Nodes;
using Polity.Ledger;
using Polity.Ledger.Merkle;

namespace Polity.Engine;

/// <summary>
/// The JSON Lines export of a log (docs/transparency.md): line i is the stored canonical bytes of seq i,
/// and the last line is the canonical <c>{"treeHead":{"network","root",["signature","signer",]"size","time"}}</c>.
/// Verifying one needs no database: the entries are replayed like a store, and the tree head must match the
/// Merkle root over them (and, when signed, recover to the operator the log itself names).
/// </summary>
public static class LogExport
{
    /// <summary>The kind of a failure in the tree-head line.</summary>
    public const string TreeHeadFailure = "tree-head";

    /// <summary>The canonical final line (without its newline).</summary>
    /// <param name="network">The network's short name.</param>
    /// <param name="head">The head.</param>
    /// <param name="signed">The same head signed by the operator, or null.</param>
    /// <returns>UTF-8 canonical JSON.</returns>
    public static byte[] TreeHeadLine(string network, TreeHead head, SignedTreeHead? signed)
    {
        ArgumentNullException.ThrowIfNull(head);
        var body = new JsonObject { ["network"] = network, ["root"] = head.Root, ["size"] = head.Size, ["time"] = head.Time };
        if (signed is not null)
        {
            body["signature"] = signed.Signature;
            body["signer"] = TreeHeadSigning.Signer(network, signed);
        }

        return CanonicalJson.Serialize(new JsonObject { ["treeHead"] = body });
    }

    /// <summary>Verifies an export's bytes.</summary>
    /// <param name="export">The whole file.</param>
    /// <returns>The replay report, the head as read (null if unreadable) and whether it was signed.</returns>
    public static ExportReport Verify(ReadOnlyMemory<byte> export)
    {
        var lines = new List<ReadOnlyMemory<byte>>();
        var rest = export;
        while (rest.Length > 0)
        {
            var cut = rest.Span.IndexOf((byte)'\n');
            if (cut < 0)
            {
                lines.Add(rest);
                break;
            }

            lines.Add(rest[..cut]);
            rest = rest[(cut + 1)..];
        }

        if (lines.Count == 0)
        {
            return new ExportReport(new VerifyReport(0, null, new VerifyFailure(1, TreeHeadFailure, "the export is empty")), null, false);
        }

        var entries = lines.GetRange(0, lines.Count - 1);
        var report = LogVerifier.Verify(entries);
        if (!report.Ok)
        {
            return new ExportReport(report, null, false);
        }

        var (head, signature, failure) = CheckHead(lines[^1].Span, entries, report);
        return new ExportReport(
            failure is null ? report : report with { Failure = new VerifyFailure(entries.Count + 1, TreeHeadFailure, failure) }, head, signature is not null);
    }

    private static (TreeHead? Head, string? Signature, string? Failure) CheckHead(
        ReadOnlySpan<byte> line, List<ReadOnlyMemory<byte>> entries, VerifyReport report)
    {
        JsonObject body;
        try
        {
            if (!CanonicalJson.Canonicalize(line).AsSpan().SequenceEqual(line))
            {
                return (null, null, "the tree-head line is not canonical JSON");
            }

            var node = JsonNode.Parse(line) as JsonObject;
            if (node is not { Count: 1 } || node["treeHead"] is not JsonObject inner)
            {
                return (null, null, "the last line must be {\"treeHead\":{…}}");
            }

            body = inner;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException)
        {
            return (null, null, $"the tree-head line is not JSON: {ex.Message}");
        }

        string? network, root, signature, signer;
        long size, time;
        try
        {
            network = body["network"]?.GetValue<string>();
            root = body["root"]?.GetValue<string>();
            size = body["size"]?.GetValue<long>() ?? -1;
            time = body["time"]?.GetValue<long>() ?? -1;
            signature = body["signature"]?.GetValue<string>();
            signer = body["signer"]?.GetValue<string>();
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            return (null, null, $"a tree-head field has the wrong type: {ex.Message}");
        }

        var known = new HashSet<string>(["network", "root", "size", "time", "signature", "signer"]);
        if (body.Any(kv => !known.Contains(kv.Key)) || network is null || root is null || size < 0 || time < 0 || (signature is null) != (signer is null))
        {
            return (null, null, "the tree head needs network, root, size and time (and signature with signer, or neither), and nothing else");
        }

        var head = new TreeHead(size, root, time);
        var state = report.State;
        if (state is null || network != state.Network)
        {
            return (head, signature, $"the tree head names network '{network}', but the log is '{state?.Network}'");
        }

        if (size != entries.Count)
        {
            return (head, signature, $"the tree head says size {size}, but the export holds {entries.Count} entries");
        }

        if (entries.Count > 0 && time < EventEnvelope.Parse(entries[^1].Span).Time)
        {
            return (head, signature, $"the tree head's time {time} is before the last entry's");
        }

        var tree = new MerkleTree();
        tree.AppendRange(entries);
        var actual = Hashing.ToHex(tree.Root);
        if (root != actual)
        {
            return (head, signature, $"the tree head's root {root} is not the Merkle root {actual} of the entries");
        }

        if (signature is not null)
        {
            var recovered = TreeHeadSigning.Signer(network, new SignedTreeHead(head, signature));
            if (recovered != state.Operator.Value || signer != recovered)
            {
                return (head, signature, $"the tree head's signature does not recover to the operator {state.Operator} (signer field {signer})");
            }
        }

        return (head, signature, null);
    }
}

/// <summary>The result of verifying an export.</summary>
/// <param name="Replay">The replay of its entries; a tree-head failure carries kind <see cref="LogExport.TreeHeadFailure"/> and seq size + 1.</param>
/// <param name="Head">The tree head as read, or null when unreadable.</param>
/// <param name="Signed">Whether the head carried a signature.</param>
public sealed record ExportReport(VerifyReport Replay, TreeHead? Head, bool Signed)
{
    /// <summary>True when every entry and the tree head check out.</summary>
    public bool Ok => Replay.Ok;
}
