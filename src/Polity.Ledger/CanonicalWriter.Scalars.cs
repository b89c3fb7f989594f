using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Polity.Ledger;

/// <summary>Scalars: integers, RFC 8785 numbers and escaped strings.</summary>
internal partial struct CanonicalWriter
{
    public void WriteInteger(long value)
    {
        if (value is > (long)9007199254740991 or < -(long)9007199254740991)
        {
            WriteDouble(value);
            return;
        }

        Ensure(20);
        value.TryFormat(_buffer.AsSpan(_length), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        _length += written;
    }

    private void WriteDouble(double value)
    {
        var text = CanonicalJson.FormatNumber(value);
        Ensure(text.Length);
        _length += System.Text.Encoding.ASCII.GetBytes(text, _buffer.AsSpan(_length));
    }

    public void WriteString(string value)
    {
        WriteByte((byte)'"');
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            var stop = rest.IndexOfAny(NeedsEscape);
            var plain = stop < 0 ? rest : rest[..stop];
            if (!plain.IsEmpty)
            {
                Ensure(plain.Length * 3);
                var status = Utf8.FromUtf16(plain, _buffer.AsSpan(_length), out _, out var written, replaceInvalidSequences: false);
                if (status != OperationStatus.Done)
                {
                    throw new ArgumentException("JSON string holds a lone UTF-16 surrogate, which RFC 8785 cannot represent.");
                }

                _length += written;
            }

            if (stop < 0)
            {
                break;
            }

            WriteEscape(rest[stop]);
            rest = rest[(stop + 1)..];
        }

        WriteByte((byte)'"');
    }

    private void WriteEscape(char c)
    {
        switch (c)
        {
            case '"': WriteAscii("\\\""u8); break;
            case '\\': WriteAscii("\\\\"u8); break;
            case '\b': WriteAscii("\\b"u8); break;
            case '\f': WriteAscii("\\f"u8); break;
            case '\n': WriteAscii("\\n"u8); break;
            case '\r': WriteAscii("\\r"u8); break;
            case '\t': WriteAscii("\\t"u8); break;
            default:
                Ensure(6);
                var span = _buffer.AsSpan(_length, 6);
                "\\u00"u8.CopyTo(span);
                span[4] = HexDigit(c >> 4);
                span[5] = HexDigit(c & 0xF);
                _length += 6;
                break;
        }
    }

    private static byte HexDigit(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
}
