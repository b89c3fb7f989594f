namespace Polity.Ledger.Merkle;

/// <summary>
/// One level of a <see cref="MerkleTree"/>: an append-only run of 32-byte hashes kept in 1 MiB chunks, so
/// growing a million-leaf level never copies it and no single array nears the CLR's size limit. The first
/// chunk starts small and doubles, so a small tree stays small.
/// </summary>
internal sealed class HashColumn
{
    private const int ChunkBits = 15;
    private const int ChunkHashes = 1 << ChunkBits;
    private const long ChunkMask = ChunkHashes - 1;
    private const int FirstCapacity = 16;

    private readonly List<byte[]> _chunks = [];

    /// <summary>Hashes held.</summary>
    public long Count { get; private set; }

    /// <summary>The 32 bytes of hash <paramref name="index"/>.</summary>
    public Span<byte> Slot(long index) =>
        _chunks[(int)(index >> ChunkBits)].AsSpan((int)(index & ChunkMask) * MerkleHash.Size, MerkleHash.Size);

    /// <summary>Hashes <paramref name="index"/> (even) and the one after it: both lie in one chunk, as chunks hold an even count.</summary>
    public ReadOnlySpan<byte> Pair(long index) =>
        _chunks[(int)(index >> ChunkBits)].AsSpan((int)(index & ChunkMask) * MerkleHash.Size, 2 * MerkleHash.Size);

    /// <summary>Makes room for one more hash and returns its slot to fill.</summary>
    public Span<byte> Add()
    {
        Grow(Count + 1);
        return Slot(Count++);
    }

    /// <summary>Makes room for <paramref name="extra"/> more hashes (filled afterwards, possibly in parallel) and counts them.</summary>
    /// <returns>The index of the first new slot.</returns>
    public long AddRange(long extra)
    {
        var first = Count;
        Grow(Count + extra);
        Count += extra;
        return first;
    }

    private void Grow(long count)
    {
        var neededChunks = (int)((count + ChunkHashes - 1) >> ChunkBits);
        if (_chunks.Count == 0)
        {
            _chunks.Add(new byte[Math.Min(Math.Max(FirstCapacity, count), ChunkHashes) * MerkleHash.Size]);
        }

        // Only the first chunk is ever short: double it (up to a whole chunk) before starting the next.
        var first = _chunks[0];
        var firstNeeded = Math.Min(count, ChunkHashes) * MerkleHash.Size;
        if (first.Length < firstNeeded)
        {
            var capacity = first.Length;
            while (capacity < firstNeeded)
            {
                capacity *= 2;
            }

            Array.Resize(ref first, (int)Math.Min(capacity, ChunkHashes * MerkleHash.Size));
            _chunks[0] = first;
        }

        while (_chunks.Count < neededChunks)
        {
            _chunks.Add(new byte[ChunkHashes * MerkleHash.Size]);
        }
    }
}
