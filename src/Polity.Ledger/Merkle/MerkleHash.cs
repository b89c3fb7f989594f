using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Polity.Ledger.Merkle;

/// <summary>
/// The RFC 9162 (§2.1.1) hashes of a transparency-log Merkle tree over SHA-256: a leaf is
/// <c>SHA-256(0x00 ‖ entry)</c>, an interior node <c>SHA-256(0x01 ‖ left ‖ right)</c>, and the empty tree
/// <c>SHA-256("")</c>. The distinct prefixes keep a leaf from ever passing for a node (second pre-images).
/// </summary>
/// <remarks>
/// Hashing reuses one SHA-256 context per thread: a node is only two compression blocks, so the cost of
/// setting up a fresh context for each one-shot call would otherwise dominate building a tree. Locals are
/// not zeroed: every stack buffer is written in full before it is hashed.
/// </remarks>
[SkipLocalsInit]
public static class MerkleHash
{
    /// <summary>Bytes in every hash.</summary>
    public const int Size = 32;

    private static readonly byte[] LeafPrefix = [0x00];

    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    private static IncrementalHash Sha256 => t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>The root of the empty tree: SHA-256 of no bytes.</summary>
    /// <returns>A fresh copy of the 32 bytes.</returns>
    public static byte[] EmptyRoot() => SHA256.HashData(ReadOnlySpan<byte>.Empty);

    /// <summary>The leaf hash of an entry: <c>SHA-256(0x00 ‖ entry)</c>.</summary>
    /// <param name="entry">The entry's bytes (for the Polity log: the stored canonical JSON).</param>
    /// <returns>32 bytes.</returns>
    public static byte[] Leaf(ReadOnlySpan<byte> entry)
    {
        var hash = new byte[Size];
        Leaf(entry, hash);
        return hash;
    }

    /// <summary>The leaf hash of an entry, written into <paramref name="destination"/>.</summary>
    /// <param name="entry">The entry's bytes.</param>
    /// <param name="destination">At least 32 bytes.</param>
    /// <exception cref="ArgumentException">The destination is shorter than 32 bytes.</exception>
    public static void Leaf(ReadOnlySpan<byte> entry, Span<byte> destination)
    {
        CheckDestination(destination);
        var sha = Sha256;
        sha.AppendData(LeafPrefix);
        sha.AppendData(entry);
        sha.GetHashAndReset(destination);
    }

    /// <summary>The hash of an interior node: <c>SHA-256(0x01 ‖ left ‖ right)</c>.</summary>
    /// <param name="left">The left child's hash (32 bytes).</param>
    /// <param name="right">The right child's hash (32 bytes).</param>
    /// <returns>32 bytes.</returns>
    public static byte[] Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        var hash = new byte[Size];
        Node(left, right, hash);
        return hash;
    }

    /// <summary>The hash of an interior node, written into <paramref name="destination"/> (which may overlap either child).</summary>
    /// <param name="left">The left child's hash (32 bytes).</param>
    /// <param name="right">The right child's hash (32 bytes).</param>
    /// <param name="destination">At least 32 bytes.</param>
    /// <exception cref="ArgumentException">A child is not 32 bytes, or the destination is shorter.</exception>
    public static void Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        if (left.Length != Size || right.Length != Size)
        {
            throw new ArgumentException("Merkle child hashes must be 32 bytes each.");
        }

        CheckDestination(destination);
        Span<byte> buffer = stackalloc byte[1 + (2 * Size)];
        buffer[0] = 0x01;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + Size)..]);
        var sha = Sha256;
        sha.AppendData(buffer);
        sha.GetHashAndReset(destination);
    }

    /// <summary>The hash of an interior node whose two children lie next to each other (64 bytes: left then right).</summary>
    internal static void Node(ReadOnlySpan<byte> pair, Span<byte> destination)
    {
        Span<byte> buffer = stackalloc byte[1 + (2 * Size)];
        buffer[0] = 0x01;
        pair.CopyTo(buffer[1..]);
        var sha = Sha256;
        sha.AppendData(buffer);
        sha.GetHashAndReset(destination);
    }

    // Checked before any data goes in, so a failure never leaves the shared context half-fed.
    private static void CheckDestination(Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            throw new ArgumentException("A Merkle hash needs 32 bytes of room.", nameof(destination));
        }
    }
}
