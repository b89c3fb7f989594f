using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Polity.Ledger;

public static partial class Eip712
{
    /// <summary>A parsed <c>types</c> object and the encoder over it.</summary>
    private sealed class TypeSet
    {
        private readonly Dictionary<string, (string Name, string Type)[]> _types;

        private TypeSet(Dictionary<string, (string Name, string Type)[]> types) => _types = types;

        public static TypeSet Single(string name, (string Name, string Type)[] fields) =>
            new(new Dictionary<string, (string, string)[]>(StringComparer.Ordinal) { [name] = fields });

        public static TypeSet Parse(JsonElement types)
        {
            if (types.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException("EIP-712 types must be a JSON object.", nameof(types));
            }

            var result = new Dictionary<string, (string, string)[]>(StringComparer.Ordinal);
            foreach (var type in types.EnumerateObject())
            {
                if (type.Value.ValueKind != JsonValueKind.Array)
                {
                    throw new ArgumentException($"EIP-712 type \"{type.Name}\" must be an array of fields.", nameof(types));
                }

                if (!IsIdentifier(type.Name))
                {
                    throw new ArgumentException($"Invalid EIP-712 type name \"{type.Name}\".", nameof(types));
                }

                var fields = new List<(string, string)>();
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var field in type.Value.EnumerateArray())
                {
                    if (field.ValueKind != JsonValueKind.Object
                        || !field.TryGetProperty("name", out var n) || n.ValueKind != JsonValueKind.String
                        || !field.TryGetProperty("type", out var t) || t.ValueKind != JsonValueKind.String)
                    {
                        throw new ArgumentException($"EIP-712 type \"{type.Name}\" has a field that is not {{name, type}}.", nameof(types));
                    }

                    if (!names.Add(n.GetString()!))
                    {
                        throw new ArgumentException($"EIP-712 type \"{type.Name}\" repeats field \"{n.GetString()}\".", nameof(types));
                    }

                    fields.Add((n.GetString()!, t.GetString()!));
                }

                result[type.Name] = [.. fields];
            }

            var set = new TypeSet(result);
            foreach (var (name, fields) in result)
            {
                foreach (var (fieldName, fieldType) in fields)
                {
                    var baseType = BaseType(fieldType);
                    if (!result.ContainsKey(baseType) && !IsAtomic(baseType))
                    {
                        throw new ArgumentException($"EIP-712 type \"{name}\" field \"{fieldName}\" has unknown type \"{fieldType}\".", nameof(types));
                    }
                }
            }

            return set;
        }

        public bool Contains(string name) => _types.ContainsKey(name);

        public string InferPrimaryType()
        {
            var referenced = new HashSet<string>(_types.Values.SelectMany(f => f).Select(f => BaseType(f.Type)), StringComparer.Ordinal);
            var candidates = _types.Keys.Where(k => k != "EIP712Domain" && !referenced.Contains(k)).ToList();
            return candidates.Count == 1
                ? candidates[0]
                : throw new ArgumentException($"Cannot infer primaryType: candidates are [{string.Join(", ", candidates)}].");
        }

        public string EncodeType(string primaryType)
        {
            var fields = Fields(primaryType);
            var deps = new SortedSet<string>(StringComparer.Ordinal);
            CollectDependencies(primaryType, deps);
            deps.Remove(primaryType);
            var sb = new StringBuilder(EncodeTypeString(primaryType, fields));
            foreach (var dep in deps)
            {
                sb.Append(EncodeTypeString(dep, _types[dep]));
            }

            return sb.ToString();
        }

        public byte[] TypeHash(string primaryType) => Hashing.Keccak256(Encoding.UTF8.GetBytes(EncodeType(primaryType)));

        public byte[] HashStruct(string type, JsonElement data, string path) => Hashing.Keccak256(EncodeData(type, data, path));

        public byte[] EncodeData(string type, JsonElement data, string path)
        {
            var fields = Fields(type);
            if (data.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException($"{path}: expected an object for struct {type}.");
            }

            var output = new byte[32 * (fields.Length + 1)];
            TypeHash(type).CopyTo(output, 0);
            for (var i = 0; i < fields.Length; i++)
            {
                var (name, fieldType) = fields[i];
                if (!data.TryGetProperty(name, out var value))
                {
                    throw new ArgumentException($"{path}: missing field \"{name}\" of type {fieldType}.");
                }

                EncodeValue(fieldType, value, output.AsSpan(32 * (i + 1), 32), $"{path}.{name}");
            }

            return output;
        }

        private (string Name, string Type)[] Fields(string type) =>
            _types.TryGetValue(type, out var fields) ? fields : throw new ArgumentException($"Unknown EIP-712 struct type \"{type}\".");

        private void CollectDependencies(string type, SortedSet<string> found)
        {
            if (!_types.TryGetValue(type, out var fields) || !found.Add(type))
            {
                return;
            }

            foreach (var (_, fieldType) in fields)
            {
                CollectDependencies(BaseType(fieldType), found);
            }
        }

        private void EncodeValue(string type, JsonElement value, Span<byte> dest, string path)
        {
            if (type.EndsWith(']'))
            {
                var open = type.LastIndexOf('[');
                var itemType = type[..open];
                var lengthText = type[(open + 1)..^1];
                if (value.ValueKind != JsonValueKind.Array)
                {
                    throw new ArgumentException($"{path}: expected an array for {type}.");
                }

                var count = value.GetArrayLength();
                if (lengthText.Length > 0 && (!int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var fixedLength) || fixedLength != count))
                {
                    throw new ArgumentException($"{path}: {type} needs exactly {lengthText} items, got {count}.");
                }

                var items = new byte[32 * count];
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    EncodeValue(itemType, item, items.AsSpan(32 * index, 32), $"{path}[{index}]");
                    index++;
                }

                Keccak.Hash256(items, dest);
                return;
            }

            if (_types.ContainsKey(type))
            {
                Keccak.Hash256(EncodeData(type, value, path), dest);
                return;
            }

            EncodeAtomic(type, value, dest, path);
        }

        private static void EncodeAtomic(string type, JsonElement value, Span<byte> dest, string path)
        {
            dest.Clear();
            switch (type)
            {
                case "string":
                    Keccak.Hash256(Encoding.UTF8.GetBytes(StringValue(value, type, path)), dest);
                    return;
                case "bytes":
                    Keccak.Hash256(HexValue(value, type, path), dest);
                    return;
                case "bool":
                    // ethers and MetaMask both encode JavaScript truthiness ("false" is true!); match them.
                    dest[31] = value.ValueKind switch
                    {
                        JsonValueKind.True => 1,
                        JsonValueKind.False => 0,
                        JsonValueKind.Number => value.GetDouble() == 0 ? (byte)0 : (byte)1,
                        JsonValueKind.String => value.GetString()!.Length == 0 ? (byte)0 : (byte)1,
                        _ => throw new ArgumentException($"{path}: expected a boolean for bool."),
                    };
                    return;
                case "address":
                    var address = StringValue(value, type, path);
                    var lower = EthKeys.NormalizeAddress(address) ?? throw new ArgumentException($"{path}: \"{address}\" is not an address.");
                    if (address != lower && address.ToUpperInvariant()[2..] != address[2..] && EthKeys.ToChecksumAddress(lower) != address)
                    {
                        throw new ArgumentException($"{path}: \"{address}\" has a bad EIP-55 checksum.");
                    }

                    Convert.FromHexString(lower.AsSpan(2)).CopyTo(dest[12..]);
                    return;
            }

            if (type.StartsWith("bytes", StringComparison.Ordinal))
            {
                var width = int.Parse(type.AsSpan(5), CultureInfo.InvariantCulture);
                var bytes = HexValue(value, type, path);
                if (bytes.Length != width)
                {
                    throw new ArgumentException($"{path}: {type} needs exactly {width} bytes, got {bytes.Length}.");
                }

                bytes.CopyTo(dest);
                return;
            }

            var signed = type[0] == 'i';
            var bits = int.Parse(type.AsSpan(signed ? 3 : 4), CultureInfo.InvariantCulture);
            var number = IntegerValue(value, type, path);
            var min = signed ? -(BigInteger.One << (bits - 1)) : BigInteger.Zero;
            var max = (BigInteger.One << (signed ? bits - 1 : bits)) - 1;
            if (number < min || number > max)
            {
                throw new ArgumentException($"{path}: {number} is out of range for {type}.");
            }

            if (number.Sign < 0)
            {
                number += BigInteger.One << 256;
            }

            number.TryWriteBytes(dest[(32 - number.GetByteCount(isUnsigned: true))..], out _, isUnsigned: true, isBigEndian: true);
        }

        private static string StringValue(JsonElement value, string type, string path) =>
            value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new ArgumentException($"{path}: expected a string for {type}.");

        private static byte[] HexValue(JsonElement value, string type, string path)
        {
            var text = StringValue(value, type, path);
            if (!text.StartsWith("0x", StringComparison.Ordinal))
            {
                throw new ArgumentException($"{path}: expected 0x-prefixed hex for {type}.");
            }

            try
            {
                return Hashing.FromHex(text);
            }
            catch (FormatException e)
            {
                throw new ArgumentException($"{path}: {e.Message}", e);
            }
        }

        private static BigInteger IntegerValue(JsonElement value, string type, string path)
        {
            if (value.ValueKind == JsonValueKind.Number)
            {
                var raw = value.GetRawText();
                if (raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0)
                {
                    return BigInteger.Parse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                }

                var d = value.GetDouble();
                return Math.Floor(d) == d && Math.Abs(d) <= 9007199254740991d
                    ? new BigInteger(d)
                    : throw new ArgumentException($"{path}: {raw} is not a safe integer for {type}.");
            }

            var text = StringValue(value, type, path);
            var negative = text.StartsWith('-');
            var body = negative ? text[1..] : text;
            BigInteger magnitude;
            if (body.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && body.Length > 2 && IsHexDigits(body.AsSpan(2)))
            {
                magnitude = BigInteger.Parse("0" + body[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            }
            else if (body.Length > 0 && body.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
            {
                magnitude = BigInteger.Parse(body, NumberStyles.None, CultureInfo.InvariantCulture);
            }
            else
            {
                throw new ArgumentException($"{path}: \"{text}\" is not an integer for {type}.");
            }

            return negative ? -magnitude : magnitude;
        }

        private static bool IsHexDigits(ReadOnlySpan<char> s)
        {
            foreach (var c in s)
            {
                if (!char.IsAsciiHexDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static string BaseType(string type)
        {
            var open = type.IndexOf('[', StringComparison.Ordinal);
            return open < 0 ? type : type[..open];
        }

        private static bool IsIdentifier(string name) =>
            name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$');

        private static bool IsAtomic(string type)
        {
            switch (type)
            {
                case "string" or "bytes" or "bool" or "address":
                    return true;
            }

            if (type.StartsWith("bytes", StringComparison.Ordinal))
            {
                return int.TryParse(type.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 32 && type[5] != '0';
            }

            var digits = type.StartsWith("uint", StringComparison.Ordinal) ? type.AsSpan(4)
                : type.StartsWith("int", StringComparison.Ordinal) ? type.AsSpan(3)
                : default;
            return !digits.IsEmpty && digits[0] != '0'
                && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
                && bits is >= 8 and <= 256 && bits % 8 == 0;
        }
    }
}
