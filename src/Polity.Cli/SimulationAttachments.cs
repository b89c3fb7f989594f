using System.Security.Cryptography;
using System.Text.Json;
using Polity.Core.Events;

namespace Polity.Cli;

/// <summary>Turns a saved simulation report into the attachment a charter amendment carries.</summary>
public static class SimulationAttachments
{
    /// <summary>The longest summary the log keeps; a longer one is cut with an ellipsis.</summary>
    public const int MaxSummary = 300;

    /// <summary>Reads the report at <paramref name="path"/>: its bytes' SHA-256, its charter's SHA-256 and its summary line.</summary>
    /// <exception cref="CliException">No such file, or not a report of a proposed charter (exit 2).</exception>
    public static SimulationAttachment Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"no simulation report at {path}");
        }
        var bytes = File.ReadAllBytes(path);
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("charterSha256", out var charter) || charter.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("summary", out var summary) || summary.ValueKind != JsonValueKind.String)
            {
                throw new CliException($"{path} is not a report of a proposed charter: write one with 'polity simulate --charter FILE --out {path}'");
            }
            var line = summary.GetString()!;
            return new SimulationAttachment(
                Convert.ToHexStringLower(SHA256.HashData(bytes)),
                charter.GetString()!,
                line.Length <= MaxSummary ? line : line[..(MaxSummary - 1)] + "…");
        }
        catch (JsonException ex)
        {
            throw new CliException($"{path} is not JSON: {ex.Message}");
        }
    }
}
