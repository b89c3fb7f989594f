using System.Text.Json;
using System.Text.Json.Nodes;

namespace Polity.Ledger;

/// <summary>
/// RFC 8785 JSON Canonicalization Scheme (JCS): object keys sorted by UTF-16 code units, no insignificant
/// whitespace, strings escaped minimally, numbers written as ECMAScript <c>Number.prototype.toString</c>.
/// </summary>
/// <remarks>
/// All members are pure and thread-safe. Numbers are IEEE-754 doubles as RFC 8785 requires: an integer
/// beyond ±2^53 is rounded to the nearest double (so keep large quantities in strings).
/// Duplicate object keys and lone surrogates are rejected.
/// </remarks>
public static partial class CanonicalJson
{
    private static readonly JsonDocumentOptions StrictDocument = new()
    {
        AllowDuplicateProperties = false,
        MaxDepth = 256,
    };

    /// <summary>Serialises a JSON tree to its canonical UTF-8 bytes (<c>null</c> gives <c>null</c>).</summary>
    /// <param name="node">The tree; numbers must be finite.</param>
    /// <returns>The canonical bytes, without a trailing newline.</returns>
    /// <exception cref="ArgumentException">A number is NaN or infinite, or a string holds a lone surrogate.</exception>
    public static byte[] Serialize(JsonNode? node)
    {
        var writer = new CanonicalWriter();
        try
        {
            writer.WriteNode(node);
            return writer.ToArray();
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>Parses UTF-8 JSON text and returns its canonical form.</summary>
    /// <param name="utf8Json">Any valid JSON text (one value, no duplicate keys).</param>
    /// <returns>The canonical bytes.</returns>
    /// <exception cref="JsonException">The input is not valid JSON or repeats a key.</exception>
    /// <exception cref="ArgumentException">A number does not fit a double.</exception>
    public static byte[] Canonicalize(ReadOnlySpan<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json.ToArray(), StrictDocument);
        return Serialize(document.RootElement);
    }

    /// <summary>Serialises a parsed JSON element to its canonical UTF-8 bytes.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The canonical bytes.</returns>
    /// <exception cref="ArgumentException">A number does not fit a double, or a string holds a lone surrogate.</exception>
    public static byte[] Serialize(JsonElement element)
    {
        var writer = new CanonicalWriter();
        try
        {
            writer.WriteElement(element);
            return writer.ToArray();
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>True when the canonical form of <paramref name="element"/> equals <paramref name="bytes"/> (no copy).</summary>
    internal static bool IsCanonicalForm(JsonElement element, ReadOnlySpan<byte> bytes)
    {
        var writer = new CanonicalWriter();
        try
        {
            writer.WriteElement(element);
            return writer.Written.SequenceEqual(bytes);
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>Parses JSON text strictly (no duplicate keys) into a <see cref="JsonDocument"/>.</summary>
    /// <param name="utf8Json">The JSON text.</param>
    /// <returns>The document; the caller disposes it.</returns>
    /// <exception cref="JsonException">Invalid JSON or a repeated key.</exception>
    public static JsonDocument ParseStrict(ReadOnlyMemory<byte> utf8Json) => JsonDocument.Parse(utf8Json, StrictDocument);
}
