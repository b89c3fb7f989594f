using System.Buffers.Binary;
using System.Text;
using System.Text.Json.Nodes;

namespace Polity.Ledger.Merkle;

/// <summary>
/// What an operator signs to commit to a tree head: EIP-712 typed data, domain <c>{name: "Polity", version: "1"}</c>
/// (as for events) and primary type <c>PolityTreeHead(string network,uint64 size,bytes32 root,uint64 time)</c>.
/// Two signed heads of one size with different roots, or two heads no consistency proof joins, are proof the
/// operator forked the log. Pure and thread-safe.
/// </summary>
public static class TreeHeadSigning
{
    /// <summary>The EIP-712 primary type name.</summary>
    public const string PrimaryType = "PolityTreeHead";

    /// <summary>The encoded EIP-712 type.</summary>
    public const string EncodedType = "PolityTreeHead(string network,uint64 size,bytes32 root,uint64 time)";

    private static readonly byte[] TypeHash = Hashing.Keccak256(Encoding.UTF8.GetBytes(EncodedType));

    /// <summary>The digest the operator signs, hand-encoded (equals <see cref="Eip712.HashTypedData"/> of <see cref="TypedData"/>).</summary>
    /// <param name="network">The network's short name.</param>
    /// <param name="head">The head; size and time must not be negative, root must be 32 bytes of hex.</param>
    /// <returns>32 bytes.</returns>
    /// <exception cref="ArgumentException">A negative size or time, or a root that is not 64 hex digits.</exception>
    public static byte[] Digest(string network, TreeHead head)
    {
        ArgumentNullException.ThrowIfNull(network);
        var root = RootBytes(head);
        Span<byte> encoded = stackalloc byte[32 * 5];
        TypeHash.CopyTo(encoded);
        Hashing.Keccak256(Encoding.UTF8.GetBytes(network), encoded[32..]);
        encoded.Slice(64, 24).Clear();
        BinaryPrimitives.WriteUInt64BigEndian(encoded[88..], (ulong)head.Size);
        root.CopyTo(encoded[96..]);
        encoded.Slice(128, 24).Clear();
        BinaryPrimitives.WriteUInt64BigEndian(encoded[152..], (ulong)head.Time);
        return Eip712.Digest(EventSigning.DomainSeparator, Hashing.Keccak256(encoded));
    }

    /// <summary>The <c>eth_signTypedData_v4</c> JSON a wallet is given to sign this head.</summary>
    /// <param name="network">The network's short name.</param>
    /// <param name="head">The head.</param>
    /// <returns><c>{types, primaryType, domain, message}</c>.</returns>
    public static JsonObject TypedData(string network, TreeHead head)
    {
        var root = RootBytes(head);
        return new JsonObject
        {
            ["types"] = new JsonObject
            {
                ["EIP712Domain"] = new JsonArray(Field("name", "string"), Field("version", "string")),
                [PrimaryType] = new JsonArray(Field("network", "string"), Field("size", "uint64"), Field("root", "bytes32"), Field("time", "uint64")),
            },
            ["primaryType"] = PrimaryType,
            ["domain"] = new JsonObject { ["name"] = "Polity", ["version"] = "1" },
            ["message"] = new JsonObject
            {
                ["network"] = network,
                ["size"] = head.Size,
                ["root"] = "0x" + Hashing.ToHex(root),
                ["time"] = head.Time,
            },
        };
    }

    /// <summary>Signs a head with the operator's key.</summary>
    /// <param name="network">The network's short name.</param>
    /// <param name="head">The head.</param>
    /// <param name="privateKey">32-byte secret key.</param>
    /// <returns>The signed head.</returns>
    public static SignedTreeHead Sign(string network, TreeHead head, ReadOnlySpan<byte> privateKey) =>
        new(head, "0x" + Hashing.ToHex(EthKeys.Sign(Digest(network, head), privateKey)));

    /// <summary>The address that signed the head, or null when the signature or head is malformed.</summary>
    /// <param name="network">The network's short name.</param>
    /// <param name="signed">The signed head.</param>
    /// <returns>"0x…" lowercase address, or null.</returns>
    public static string? Signer(string network, SignedTreeHead signed)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(signed);
        var signature = signed.Signature;
        if (signature is not { Length: 132 } || !signature.StartsWith("0x", StringComparison.Ordinal) || !IsWellFormed(signed.Head))
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[65];
        if (Convert.FromHexString(signature.AsSpan(2), bytes, out _, out var written) != System.Buffers.OperationStatus.Done || written != 65)
        {
            return null;
        }

        return EthKeys.Recover(Digest(network, signed.Head), bytes);
    }

    /// <summary>True when the head was signed on <paramref name="network"/> by <paramref name="expectedOperator"/>.</summary>
    /// <param name="network">The network's short name.</param>
    /// <param name="signed">The signed head.</param>
    /// <param name="expectedOperator">"0x…" address of the operator (either case).</param>
    /// <returns>Whether the signature recovers to the operator.</returns>
    public static bool Verify(string network, SignedTreeHead signed, string expectedOperator) =>
        EthKeys.NormalizeAddress(expectedOperator) is { } expected && Signer(network, signed) == expected;

    private static bool IsWellFormed(TreeHead head) => head.Size >= 0 && head.Time >= 0 && IsRootHex(head.Root);

    private static bool IsRootHex(string? root) => root is { Length: 64 } && root.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    private static byte[] RootBytes(TreeHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentOutOfRangeException.ThrowIfNegative(head.Size);
        ArgumentOutOfRangeException.ThrowIfNegative(head.Time);
        return IsRootHex(head.Root)
            ? Convert.FromHexString(head.Root)
            : throw new ArgumentException("A tree head's root is 64 lowercase hex digits.", nameof(head));
    }

    private static JsonObject Field(string name, string type) => new() { ["name"] = name, ["type"] = type };
}
