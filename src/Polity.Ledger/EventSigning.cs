using System.Buffers.Binary;
using System.Text;
using System.Text.Json.Nodes;

namespace Polity.Ledger;

/// <summary>
/// What an author signs: EIP-712 typed data any Ethereum wallet can sign, domain <c>{name: "Polity", version: "1"}</c>
/// (no chainId: the log is off-chain) and primary type
/// <c>PolityEvent(string network,uint64 time,string type,address author,string payload)</c>, where
/// <c>payload</c> is the RFC 8785 canonical JSON text of the payload object.
/// </summary>
/// <remarks>
/// Seq and prev are deliberately not signed: a wallet signs before the log assigns a position, and the
/// position is protected by the hash chain. Pure and thread-safe.
/// </remarks>
public static class EventSigning
{
    /// <summary>The EIP-712 primary type name.</summary>
    public const string PrimaryType = "PolityEvent";

    /// <summary>The encoded EIP-712 type.</summary>
    public const string EncodedType = "PolityEvent(string network,uint64 time,string type,address author,string payload)";

    private static readonly byte[] TypeHash = Hashing.Keccak256(Encoding.UTF8.GetBytes(EncodedType));

    /// <summary>The separator of domain {name: "Polity", version: "1"}, shared with tree heads.</summary>
    internal static readonly byte[] DomainSeparator = ComputeDomainSeparator();

    /// <summary>The digest an author signs for an event, hand-encoded (equals <see cref="Eip712.HashTypedData"/> of <see cref="TypedData"/>).</summary>
    /// <param name="network">The network's short name.</param>
    /// <param name="time">Unix seconds; must not be negative (uint64).</param>
    /// <param name="type">The event type wire name.</param>
    /// <param name="author">"0x…" address of the signer.</param>
    /// <param name="payload">The event body.</param>
    /// <returns>32 bytes.</returns>
    /// <exception cref="ArgumentException">Negative time or a malformed author.</exception>
    public static byte[] Digest(string network, long time, string type, string author, JsonObject payload) =>
        Digest(network, time, type, author, CanonicalJson.Serialize(payload));

    /// <summary>The digest, given the payload's canonical JSON bytes (as sliced out of a stored entry).</summary>
    internal static byte[] Digest(string network, long time, string type, string author, ReadOnlySpan<byte> canonicalPayload)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Digest(NetworkHash(network), time, type, author, canonicalPayload);
    }

    /// <summary>keccak256 of the network name, as it enters the struct hash (computed once per chain check).</summary>
    internal static byte[] NetworkHash(string network) => Hashing.Keccak256(Encoding.UTF8.GetBytes(network));

    internal static byte[] Digest(ReadOnlySpan<byte> networkHash, long time, string type, string author, ReadOnlySpan<byte> canonicalPayload)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentOutOfRangeException.ThrowIfNegative(time);
        var address = EthKeys.NormalizeAddress(author) ?? throw new ArgumentException($"Not an address: \"{author}\".", nameof(author));

        Span<byte> encoded = stackalloc byte[32 * 6];
        TypeHash.CopyTo(encoded);
        networkHash.CopyTo(encoded[32..]);
        encoded.Slice(64, 24).Clear();
        BinaryPrimitives.WriteUInt64BigEndian(encoded[88..], (ulong)time);
        Keccak.Hash256(Encoding.UTF8.GetBytes(type), encoded[96..]);
        encoded.Slice(128, 12).Clear();
        Convert.FromHexString(address.AsSpan(2), encoded[140..160], out _, out _);
        Keccak.Hash256(canonicalPayload, encoded[160..]);

        Span<byte> message = stackalloc byte[66];
        message[0] = 0x19;
        message[1] = 0x01;
        DomainSeparator.CopyTo(message[2..]);
        Keccak.Hash256(encoded, message[34..]);
        return Hashing.Keccak256(message);
    }

    /// <summary>The <c>eth_signTypedData_v4</c> JSON a wallet is given to sign this event.</summary>
    /// <param name="network">The network's short name.</param>
    /// <param name="time">Unix seconds.</param>
    /// <param name="type">The event type wire name.</param>
    /// <param name="author">"0x…" address of the signer.</param>
    /// <param name="payload">The event body (embedded as its canonical JSON text).</param>
    /// <returns><c>{types, primaryType, domain, message}</c>.</returns>
    public static JsonObject TypedData(string network, long time, string type, string author, JsonObject payload)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(time);
        return new JsonObject
        {
            ["types"] = new JsonObject
            {
                ["EIP712Domain"] = new JsonArray(Field("name", "string"), Field("version", "string")),
                [PrimaryType] = new JsonArray(
                    Field("network", "string"),
                    Field("time", "uint64"),
                    Field("type", "string"),
                    Field("author", "address"),
                    Field("payload", "string")),
            },
            ["primaryType"] = PrimaryType,
            ["domain"] = new JsonObject { ["name"] = "Polity", ["version"] = "1" },
            ["message"] = new JsonObject
            {
                ["network"] = network,
                ["time"] = time,
                ["type"] = type,
                ["author"] = author,
                ["payload"] = Encoding.UTF8.GetString(CanonicalJson.Serialize(payload)),
            },
        };
    }

    /// <summary>Signs an event as the key's address.</summary>
    /// <param name="network">The network's short name.</param>
    /// <param name="time">Unix seconds.</param>
    /// <param name="type">The event type wire name.</param>
    /// <param name="payload">The event body.</param>
    /// <param name="privateKey">32-byte secret key; the author is its address.</param>
    /// <returns>"0x" + 130 lowercase hex.</returns>
    public static string Sign(string network, long time, string type, JsonObject payload, ReadOnlySpan<byte> privateKey)
    {
        var digest = Digest(network, time, type, EthKeys.AddressOf(privateKey), payload);
        return "0x" + Hashing.ToHex(EthKeys.Sign(digest, privateKey));
    }

    /// <summary>True when the envelope's signature recovers to its author on this network.</summary>
    /// <param name="envelope">The entry.</param>
    /// <param name="network">The network's short name.</param>
    /// <returns>Whether the author signed exactly this network, time, type and payload.</returns>
    public static bool Verify(EventEnvelope envelope, string network)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(network);
        return Verify(envelope, NetworkHash(network), CanonicalJson.Serialize(envelope.Payload));
    }

    internal static bool Verify(EventEnvelope envelope, ReadOnlySpan<byte> networkHash, ReadOnlySpan<byte> canonicalPayload)
    {
        if (envelope.Time < 0 || envelope.Signature.Length != 132 || !envelope.Signature.StartsWith("0x", StringComparison.Ordinal)
            || EthKeys.NormalizeAddress(envelope.Author) is not { } author)
        {
            return false;
        }

        // One signature has one accepted spelling: lowercase hex with v = 27 or 28, as the log stores it. Accepting
        // uppercase digits or v = 0/1 would let the same signature enter the log under a second spelling (which the
        // log's parser then refuses, and which an exact-text duplicate check would not see).
        Span<byte> signature = stackalloc byte[65];
        if (envelope.Signature.AsSpan(2).ContainsAnyExcept(LowerHexDigits)
            || Convert.FromHexString(envelope.Signature.AsSpan(2), signature, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != 65 || signature[64] is not (27 or 28))
        {
            return false;
        }

        var digest = Digest(networkHash, envelope.Time, envelope.Type, author, canonicalPayload);
        return EthKeys.Recover(digest, signature) == author;
    }

    private static readonly System.Buffers.SearchValues<char> LowerHexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");

    private static JsonObject Field(string name, string type) => new() { ["name"] = name, ["type"] = type };

    private static byte[] ComputeDomainSeparator()
    {
        var encoded = new byte[96];
        Hashing.Keccak256("EIP712Domain(string name,string version)"u8).CopyTo(encoded, 0);
        Hashing.Keccak256("Polity"u8).CopyTo(encoded, 32);
        Hashing.Keccak256("1"u8).CopyTo(encoded, 64);
        return Hashing.Keccak256(encoded);
    }
}
