using System.Text;
using System.Text.Json;

namespace Polity.Ledger;

/// <summary>
/// EIP-712 typed-data hashing with eth_signTypedData_v4 / ethers v6 semantics and strict inputs, over
/// JSON typed data <c>{types, primaryType, domain, message}</c>.
/// </summary>
/// <remarks>
/// Values: <c>string</c> must be a JSON string; <c>bool</c> a JSON boolean (numbers and strings are taken by
/// JavaScript truthiness, as ethers and MetaMask do, so the string "false" encodes as true); <c>address</c> "0x" + 40 hex
/// (mixed case must be a valid EIP-55 checksum); <c>bytes</c> and <c>bytesN</c> "0x" hex (bytesN exactly N
/// bytes); <c>(u)intN</c> a JSON integer or a decimal / "0x" hex string, range-checked. Struct fields must all
/// be present; keys not in the type are ignored. Invalid input throws <see cref="ArgumentException"/>.
/// Pure and thread-safe.
/// </remarks>
public static partial class Eip712
{
    /// <summary>Canonical field order of the derived <c>EIP712Domain</c> type.</summary>
    private static readonly (string Name, string Type)[] DomainFields =
    [
        ("name", "string"), ("version", "string"), ("chainId", "uint256"), ("verifyingContract", "address"), ("salt", "bytes32"),
    ];

    /// <summary>The encoded type string, e.g. <c>Mail(Person from,Person to,string contents)Person(string name,address wallet)</c>.</summary>
    /// <param name="primaryType">The struct to encode.</param>
    /// <param name="types">The <c>types</c> object: type name → array of <c>{name, type}</c>.</param>
    /// <returns>The primary type followed by its dependencies sorted by name.</returns>
    public static string EncodeType(string primaryType, JsonElement types) => TypeSet.Parse(types).EncodeType(primaryType);

    /// <summary>keccak256 of <see cref="EncodeType"/>.</summary>
    /// <param name="primaryType">The struct.</param>
    /// <param name="types">The <c>types</c> object.</param>
    /// <returns>32 bytes.</returns>
    public static byte[] HashType(string primaryType, JsonElement types) => TypeSet.Parse(types).TypeHash(primaryType);

    /// <summary><c>typeHash ‖ enc(field1) ‖ … ‖ enc(fieldN)</c>, 32 bytes per field.</summary>
    /// <param name="primaryType">The struct.</param>
    /// <param name="data">The struct's value (a JSON object).</param>
    /// <param name="types">The <c>types</c> object.</param>
    /// <returns>32 × (1 + field count) bytes.</returns>
    public static byte[] EncodeData(string primaryType, JsonElement data, JsonElement types) =>
        TypeSet.Parse(types).EncodeData(primaryType, data, primaryType);

    /// <summary>keccak256 of <see cref="EncodeData"/>.</summary>
    /// <param name="primaryType">The struct.</param>
    /// <param name="data">The struct's value.</param>
    /// <param name="types">The <c>types</c> object.</param>
    /// <returns>32 bytes.</returns>
    public static byte[] HashStruct(string primaryType, JsonElement data, JsonElement types) =>
        Hashing.Keccak256(EncodeData(primaryType, data, types));

    /// <summary>
    /// The domain separator, with <c>EIP712Domain</c> derived from the keys present in the canonical order
    /// name, version, chainId, verifyingContract, salt (as ethers does).
    /// </summary>
    /// <param name="domain">The domain object; unknown keys are rejected.</param>
    /// <returns>32 bytes.</returns>
    public static byte[] HashDomain(JsonElement domain) => DomainTypes(domain).HashStruct("EIP712Domain", domain, "domain");

    /// <summary>The domain separator using <c>types.EIP712Domain</c> when present, otherwise derived from the keys.</summary>
    /// <param name="domain">The domain object.</param>
    /// <param name="types">The <c>types</c> object.</param>
    /// <returns>32 bytes.</returns>
    public static byte[] HashDomain(JsonElement domain, JsonElement types)
    {
        var set = TypeSet.Parse(types);
        return set.Contains("EIP712Domain")
            ? set.HashStruct("EIP712Domain", domain, "domain")
            : HashDomain(domain);
    }

    /// <summary>
    /// The digest a wallet signs: <c>keccak256(0x1901 ‖ domainSeparator ‖ hashStruct(message))</c>.
    /// When <c>primaryType</c> is absent it is inferred as the one type no other type references.
    /// </summary>
    /// <param name="typedData">The object <c>{types, primaryType?, domain, message}</c>.</param>
    /// <returns>32 bytes.</returns>
    public static byte[] HashTypedData(JsonElement typedData)
    {
        if (typedData.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("Typed data must be a JSON object.", nameof(typedData));
        }

        var types = Required(typedData, "types");
        var domain = Required(typedData, "domain");
        var message = Required(typedData, "message");
        var set = TypeSet.Parse(types);
        var primaryType = typedData.TryGetProperty("primaryType", out var p)
            ? (p.ValueKind == JsonValueKind.String ? p.GetString()! : throw new ArgumentException("primaryType must be a string."))
            : set.InferPrimaryType();
        if (primaryType == "EIP712Domain")
        {
            throw new ArgumentException("primaryType EIP712Domain is not a message type.");
        }

        var domainSeparator = set.Contains("EIP712Domain")
            ? set.HashStruct("EIP712Domain", domain, "domain")
            : HashDomain(domain);
        return Digest(domainSeparator, set.HashStruct(primaryType, message, "message"));
    }

    /// <summary><c>keccak256(0x1901 ‖ domainSeparator ‖ structHash)</c>.</summary>
    /// <param name="domainSeparator">32 bytes.</param>
    /// <param name="structHash">32 bytes.</param>
    /// <returns>32 bytes.</returns>
    public static byte[] Digest(ReadOnlySpan<byte> domainSeparator, ReadOnlySpan<byte> structHash)
    {
        if (domainSeparator.Length != 32 || structHash.Length != 32)
        {
            throw new ArgumentException("Domain separator and struct hash must be 32 bytes each.");
        }

        Span<byte> buffer = stackalloc byte[66];
        buffer[0] = 0x19;
        buffer[1] = 0x01;
        domainSeparator.CopyTo(buffer[2..]);
        structHash.CopyTo(buffer[34..]);
        return Hashing.Keccak256(buffer);
    }

    private static TypeSet DomainTypes(JsonElement domain)
    {
        if (domain.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("The EIP-712 domain must be a JSON object.", nameof(domain));
        }

        foreach (var property in domain.EnumerateObject())
        {
            if (Array.FindIndex(DomainFields, f => f.Name == property.Name) < 0)
            {
                throw new ArgumentException($"Unknown EIP-712 domain key \"{property.Name}\".", nameof(domain));
            }
        }

        var fields = DomainFields.Where(f => domain.TryGetProperty(f.Name, out _)).ToArray();
        return TypeSet.Single("EIP712Domain", fields);
    }

    private static JsonElement Required(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) ? value : throw new ArgumentException($"Typed data lacks \"{name}\".");

    internal static string EncodeTypeString(string name, IEnumerable<(string Name, string Type)> fields)
    {
        var sb = new StringBuilder(name).Append('(');
        var first = true;
        foreach (var (fieldName, fieldType) in fields)
        {
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            sb.Append(fieldType).Append(' ').Append(fieldName);
        }

        return sb.Append(')').ToString();
    }
}
