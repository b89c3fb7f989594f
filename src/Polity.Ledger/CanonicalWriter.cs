using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Polity.Ledger;

/// <summary>
/// Hand-written RFC 8785 writer over a pooled buffer. It is faster than Utf8JsonWriter here because it
/// never validates or re-escapes and copies already-canonical string bytes straight from parsed input.
/// </summary>
internal partial struct CanonicalWriter : IDisposable
{
    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\"\\");

    private static readonly Comparison<KeyValuePair<string, JsonNode?>> NodeKeyOrder =
        static (a, b) => string.CompareOrdinal(a.Key, b.Key);

    private static readonly Comparison<KeyValuePair<string, JsonElement>> ElementKeyOrder =
        static (a, b) => string.CompareOrdinal(a.Key, b.Key);

    private const int MaxDepth = 256;

    private byte[] _buffer;
    private int _length;
    private int _depth;

    public CanonicalWriter()
    {
        _buffer = ArrayPool<byte>.Shared.Rent(512);
    }

    public readonly byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    public readonly ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    public void WriteNode(JsonNode? node)
    {
        switch (node)
        {
            case null:
                WriteAscii("null"u8);
                break;
            case JsonObject obj:
                WriteObject(obj);
                break;
            case JsonArray array:
                Enter();
                WriteByte((byte)'[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        WriteByte((byte)',');
                    }

                    WriteNode(array[i]);
                }

                WriteByte((byte)']');
                _depth--;
                break;
            case JsonValue value:
                WriteValue(value);
                break;
        }
    }

    public void WriteElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(element);
                break;
            case JsonValueKind.Array:
                Enter();
                WriteByte((byte)'[');
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        WriteByte((byte)',');
                    }

                    first = false;
                    WriteElement(item);
                }

                WriteByte((byte)']');
                _depth--;
                break;
            case JsonValueKind.String:
                var raw = JsonMarshal.GetRawUtf8Value(element);
                var inner = raw[1..^1];
                if (inner.IndexOf((byte)'\\') < 0)
                {
                    // Valid JSON strings hold no raw control characters or quotes, and the reader has
                    // validated the UTF-8: with no escapes the bytes are already canonical.
                    WriteByte((byte)'"');
                    WriteAscii(inner);
                    WriteByte((byte)'"');
                }
                else
                {
                    WriteString(element.GetString()!);
                }

                break;
            case JsonValueKind.Number:
                WriteNumber(element);
                break;
            case JsonValueKind.True:
                WriteAscii("true"u8);
                break;
            case JsonValueKind.False:
                WriteAscii("false"u8);
                break;
            default:
                WriteAscii("null"u8);
                break;
        }
    }

    private void WriteObject(JsonObject obj)
    {
        Enter();
        WriteByte((byte)'{');
        var count = obj.Count;
        if (count > 0)
        {
            var pairs = ArrayPool<KeyValuePair<string, JsonNode?>>.Shared.Rent(count);
            try
            {
                var n = 0;
                var sorted = true;
                foreach (var pair in obj)
                {
                    if (n > 0 && sorted && string.CompareOrdinal(pairs[n - 1].Key, pair.Key) >= 0)
                    {
                        sorted = false;
                    }

                    pairs[n++] = pair;
                }

                if (!sorted)
                {
                    pairs.AsSpan(0, n).Sort(NodeKeyOrder);
                }

                for (var i = 0; i < n; i++)
                {
                    if (i > 0)
                    {
                        WriteByte((byte)',');
                    }

                    WriteString(pairs[i].Key);
                    WriteByte((byte)':');
                    WriteNode(pairs[i].Value);
                }
            }
            finally
            {
                Array.Clear(pairs, 0, count);
                ArrayPool<KeyValuePair<string, JsonNode?>>.Shared.Return(pairs);
            }
        }

        WriteByte((byte)'}');
        _depth--;
    }

    private void WriteObject(JsonElement obj)
    {
        Enter();
        WriteByte((byte)'{');
        var count = obj.GetPropertyCount();
        if (count > 0)
        {
            var pairs = ArrayPool<KeyValuePair<string, JsonElement>>.Shared.Rent(count);
            try
            {
                var n = 0;
                foreach (var property in obj.EnumerateObject())
                {
                    pairs[n++] = new(property.Name, property.Value);
                }

                var span = pairs.AsSpan(0, n);
                span.Sort(ElementKeyOrder);
                for (var i = 0; i < n; i++)
                {
                    if (i > 0)
                    {
                        if (string.Equals(span[i - 1].Key, span[i].Key, StringComparison.Ordinal))
                        {
                            throw new JsonException($"Duplicate key \"{span[i].Key}\" in JSON object.");
                        }

                        WriteByte((byte)',');
                    }

                    WriteString(span[i].Key);
                    WriteByte((byte)':');
                    WriteElement(span[i].Value);
                }
            }
            finally
            {
                Array.Clear(pairs, 0, count);
                ArrayPool<KeyValuePair<string, JsonElement>>.Shared.Return(pairs);
            }
        }

        WriteByte((byte)'}');
        _depth--;
    }

    private void WriteValue(JsonValue value)
    {
        if (value.TryGetValue<JsonElement>(out var element))
        {
            WriteElement(element);
        }
        else if (value.TryGetValue<string>(out var s))
        {
            WriteString(s);
        }
        else if (value.TryGetValue<long>(out var l))
        {
            WriteInteger(l);
        }
        else if (value.TryGetValue<int>(out var i))
        {
            WriteInteger(i);
        }
        else if (value.TryGetValue<bool>(out var b))
        {
            WriteAscii(b ? "true"u8 : "false"u8);
        }
        else if (value.TryGetValue<double>(out var d))
        {
            WriteDouble(d);
        }
        else
        {
            // Rare CLR payloads (decimal, Guid, DateTime, char, ...): canonicalise their JSON text.
            using var document = JsonDocument.Parse(value.ToJsonString());
            WriteElement(document.RootElement);
        }
    }

    private void WriteNumber(JsonElement element)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        var digits = raw.Length > 0 && raw[0] == (byte)'-' ? raw[1..] : raw;

        // Integers of up to 15 digits are exact doubles and print as themselves.
        if (digits.Length is > 0 and <= 15 && digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0)
        {
            if (digits.Length == 1 && digits[0] == (byte)'0')
            {
                WriteByte((byte)'0');
            }
            else
            {
                WriteAscii(raw);
            }

            return;
        }

        if (!element.TryGetDouble(out var d) || !double.IsFinite(d))
        {
            throw new ArgumentException($"JSON number {System.Text.Encoding.UTF8.GetString(raw)} does not fit an IEEE-754 double.");
        }

        WriteDouble(d);
    }


    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new ArgumentException($"JSON nests deeper than {MaxDepth} levels.");
        }
    }

    private void WriteByte(byte b)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = b;
    }

    public void WriteRaw(ReadOnlySpan<byte> bytes) => WriteAscii(bytes);

    private void WriteAscii(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Ensure(int extra)
    {
        if (_buffer.Length - _length < extra)
        {
            Grow(extra);
        }
    }

    private void Grow(int extra)
    {
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + extra));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
