using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Polity.Ledger;

/// <summary>
/// One log entry. Stored as the RFC 8785 canonical JSON of
/// <c>{"author","payload","prev","seq","sig","time","type"}</c> (key <c>sig</c> holds <see cref="Signature"/>).
/// </summary>
/// <param name="Seq">Position in the log, starting at 1.</param>
/// <param name="Prev">Lowercase hex SHA-256 of the previous entry's canonical bytes; <see cref="GenesisPrev"/> for seq 1.</param>
/// <param name="Time">Unix seconds, as signed by the author.</param>
/// <param name="Type">Event type wire name, e.g. <c>v1.vote-cast</c>.</param>
/// <param name="Author">"0x…" lowercase address of the signer.</param>
/// <param name="Payload">The event body.</param>
/// <param name="Signature">"0x" + 130 lowercase hex: the author's EIP-712 signature (see <see cref="EventSigning"/>).</param>
public sealed record EventEnvelope(long Seq, string Prev, long Time, string Type, string Author, JsonObject Payload, string Signature)
{
    private const long MaxSafeInteger = 9007199254740991;

    /// <summary>The <see cref="Prev"/> of the first entry: 64 zeros.</summary>
    public static string GenesisPrev { get; } = new('0', 64);

    /// <summary>The canonical bytes that are stored and hashed.</summary>
    /// <returns>RFC 8785 JSON.</returns>
    /// <exception cref="ArgumentException">Seq or Time is outside ±2^53, which JSON numbers cannot carry exactly.</exception>
    public byte[] ToCanonicalBytes()
    {
        if (Seq is < -MaxSafeInteger or > MaxSafeInteger || Time is < -MaxSafeInteger or > MaxSafeInteger)
        {
            throw new ArgumentException("Seq and Time must fit in ±2^53 to be exact JSON numbers.");
        }

        var writer = new CanonicalWriter();
        try
        {
            writer.WriteRaw("{\"author\":"u8);
            writer.WriteString(Author);
            writer.WriteRaw(",\"payload\":"u8);
            writer.WriteNode(Payload);
            writer.WriteRaw(",\"prev\":"u8);
            writer.WriteString(Prev);
            writer.WriteRaw(",\"seq\":"u8);
            writer.WriteInteger(Seq);
            writer.WriteRaw(",\"sig\":"u8);
            writer.WriteString(Signature);
            writer.WriteRaw(",\"time\":"u8);
            writer.WriteInteger(Time);
            writer.WriteRaw(",\"type\":"u8);
            writer.WriteString(Type);
            writer.WriteRaw("}"u8);
            return writer.ToArray();
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>SHA-256 of <see cref="ToCanonicalBytes"/>: what the next entry's <see cref="Prev"/> names.</summary>
    /// <returns>32 bytes.</returns>
    public byte[] Hash() => Hashing.Sha256(ToCanonicalBytes());

    /// <summary>
    /// Parses stored bytes strictly: exactly the seven keys, each with its JSON type and format (seq ≥ 1 and
    /// time integers, author "0x" + 40 lowercase hex, prev 64 lowercase hex, sig "0x" + 130 lowercase hex,
    /// non-empty type, payload an object). Does not require canonical form: see <see cref="IsCanonical"/>.
    /// </summary>
    /// <param name="canonicalBytes">The stored entry.</param>
    /// <returns>The envelope.</returns>
    /// <exception cref="LedgerFormatException">Anything is off; the message says what.</exception>
    public static EventEnvelope Parse(ReadOnlySpan<byte> canonicalBytes) => ParseCore(canonicalBytes.ToArray(), false, out _);

    /// <summary>True when the bytes are valid JSON whose RFC 8785 re-serialisation equals them exactly.</summary>
    /// <param name="bytes">Candidate bytes.</param>
    /// <returns>Whether they are canonical.</returns>
    public static bool IsCanonical(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return CanonicalJson.Canonicalize(bytes).AsSpan().SequenceEqual(bytes);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Parses, validates, optionally checks canonical form, and hands back the raw canonical payload bytes.</summary>
    internal static EventEnvelope ParseCore(ReadOnlyMemory<byte> bytes, bool requireCanonical, out ReadOnlyMemory<byte> payloadBytes)
    {
        JsonDocument document;
        try
        {
            document = CanonicalJson.ParseStrict(bytes);
        }
        catch (JsonException e)
        {
            throw new LedgerFormatException($"Entry is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new LedgerFormatException($"Entry must be a JSON object, not {root.ValueKind}.");
            }

            if (requireCanonical)
            {
                bool canonical;
                try
                {
                    canonical = CanonicalJson.IsCanonicalForm(root, bytes.Span);
                }
                catch (Exception e) when (e is ArgumentException or JsonException)
                {
                    throw new LedgerFormatException($"Entry cannot be canonicalised: {e.Message}", e);
                }

                if (!canonical)
                {
                    throw new LedgerFormatException("Entry is not in RFC 8785 canonical form.");
                }
            }

            var count = 0;
            foreach (var property in root.EnumerateObject())
            {
                count++;
                if (property.Name is not ("author" or "payload" or "prev" or "seq" or "sig" or "time" or "type"))
                {
                    throw new LedgerFormatException($"Entry has unexpected key \"{property.Name}\".");
                }
            }

            if (count != 7)
            {
                throw new LedgerFormatException("Entry must have exactly the keys author, payload, prev, seq, sig, time, type.");
            }

            var seq = Integer(root, "seq");
            if (seq < 1)
            {
                throw new LedgerFormatException($"seq must be at least 1, got {seq}.");
            }

            var time = Integer(root, "time");
            var author = LowerHex(root, "author", "0x", 40);
            var prev = LowerHex(root, "prev", "", 64);
            var sig = LowerHex(root, "sig", "0x", 130);
            var type = Text(root, "type");
            if (type.Length == 0)
            {
                throw new LedgerFormatException("type must not be empty.");
            }

            var payload = Member(root, "payload", JsonValueKind.Object);
            var raw = JsonMarshal.GetRawUtf8Value(payload);
            payloadBytes = SliceOf(bytes, raw);
            return new EventEnvelope(seq, prev, time, type, author, JsonObject.Create(payload.Clone())!, sig);
        }
    }

    // JsonDocument.Parse(ReadOnlyMemory) reads the caller's memory in place, so the payload's raw span lies
    // inside it: slice instead of copying (falls back to a copy should that ever change).
    private static unsafe ReadOnlyMemory<byte> SliceOf(ReadOnlyMemory<byte> whole, ReadOnlySpan<byte> part)
    {
        long offset;
        fixed (byte* partStart = part, wholeStart = whole.Span)
        {
            offset = partStart - wholeStart;
        }

        return offset >= 0 && offset + part.Length <= whole.Length
            ? whole.Slice((int)offset, part.Length)
            : part.ToArray();
    }

    private static JsonElement Member(JsonElement root, string name, JsonValueKind kind)
    {
        var value = root.GetProperty(name);
        return value.ValueKind == kind
            ? value
            : throw new LedgerFormatException($"{name} must be a JSON {kind.ToString().ToLowerInvariant()}, not {value.ValueKind.ToString().ToLowerInvariant()}.");
    }

    private static string Text(JsonElement root, string name) => Member(root, name, JsonValueKind.String).GetString()!;

    private static long Integer(JsonElement root, string name)
    {
        var value = Member(root, name, JsonValueKind.Number);
        return value.TryGetInt64(out var n) && n is >= -MaxSafeInteger and <= MaxSafeInteger
            ? n
            : throw new LedgerFormatException($"{name} must be an integer within ±2^53, got {value.GetRawText()}.");
    }

    private static string LowerHex(JsonElement root, string name, string prefix, int digits)
    {
        var text = Text(root, name);
        var ok = text.Length == prefix.Length + digits && text.StartsWith(prefix, StringComparison.Ordinal);
        for (var i = prefix.Length; ok && i < text.Length; i++)
        {
            ok = char.IsAsciiDigit(text[i]) || text[i] is >= 'a' and <= 'f';
        }

        return ok ? text : throw new LedgerFormatException($"{name} must be \"{prefix}\" + {digits} lowercase hex digits.");
    }
}
