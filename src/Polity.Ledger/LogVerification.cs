using System.Security.Cryptography;

namespace Polity.Ledger;

/// <summary>
/// Verifies a sequence of stored entries in parallel: strict parse and canonical form, seq, hash links,
/// non-decreasing time and signatures. The first failure by seq is reported however the work is scheduled.
/// </summary>
public static class LogVerification
{
    private const int ChunkSize = 128;

    /// <summary>Verifies a whole log from its first entry.</summary>
    /// <param name="entries">entries[i] is the stored canonical bytes of seq i + 1.</param>
    /// <param name="network">The network's short name (part of what authors sign).</param>
    /// <param name="maxDegreeOfParallelism">-1 for all cores, 1 for the calling thread only.</param>
    /// <returns>The parsed envelopes up to the first failure, and that failure.</returns>
    public static ChainCheck VerifyChain(IReadOnlyList<ReadOnlyMemory<byte>> entries, string network, int maxDegreeOfParallelism = -1) =>
        VerifyChain(entries, network, EventEnvelope.GenesisPrev, 1, long.MinValue, maxDegreeOfParallelism);

    /// <summary>Verifies a suffix of a log, continuing from a known entry.</summary>
    /// <param name="entries">entries[i] is the stored bytes of seq <paramref name="firstSeq"/> + i.</param>
    /// <param name="network">The network's short name.</param>
    /// <param name="prev">Lowercase hex SHA-256 of the entry before the first one (<see cref="EventEnvelope.GenesisPrev"/> at the start).</param>
    /// <param name="firstSeq">The seq of entries[0].</param>
    /// <param name="previousTime">The time of the entry before the first one (<see cref="long.MinValue"/> if unknown).</param>
    /// <param name="maxDegreeOfParallelism">-1 for all cores, 1 for the calling thread only.</param>
    /// <returns>The parsed envelopes up to the first failure, and that failure.</returns>
    public static ChainCheck VerifyChain(
        IReadOnlyList<ReadOnlyMemory<byte>> entries,
        string network,
        string prev,
        long firstSeq,
        long previousTime = long.MinValue,
        int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(prev);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstSeq, 1);

        var networkHash = EventSigning.NetworkHash(network);
        var count = entries.Count;
        var envelopes = new EventEnvelope?[count];
        var failures = new ChainFailure?[count];
        var firstFailure = int.MaxValue;

        void CheckChunk(int chunk)
        {
            var start = chunk * ChunkSize;
            var end = Math.Min(start + ChunkSize, count);
            string expectedPrev;
            long notBefore;
            if (start == 0)
            {
                (expectedPrev, notBefore) = (prev, previousTime);
            }
            else
            {
                // The chunk's predecessor is checked elsewhere (maybe on another thread); a malformed one
                // fails at a lower seq, so only its hash and time matter here.
                expectedPrev = HexSha256(entries[start - 1].Span);
                notBefore = TimeOf(entries[start - 1]);
            }

            for (var i = start; i < end && i < Volatile.Read(ref firstFailure); i++)
            {
                var failure = CheckEntry(entries[i], firstSeq + i, network, networkHash, expectedPrev, notBefore, out var envelope);
                if (failure is not null)
                {
                    failures[i] = failure;
                    InterlockedMin(ref firstFailure, i);
                    return;
                }

                envelopes[i] = envelope;
                expectedPrev = HexSha256(entries[i].Span);
                notBefore = envelope!.Time;
            }
        }

        var chunks = (count + ChunkSize - 1) / ChunkSize;
        if (maxDegreeOfParallelism == 1 || chunks <= 1)
        {
            for (var c = 0; c < chunks; c++)
            {
                CheckChunk(c);
            }
        }
        else
        {
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, CheckChunk);
        }

        var valid = firstFailure == int.MaxValue ? count : firstFailure;
        var result = new EventEnvelope[valid];
        Array.Copy(envelopes, result, valid);
        return new ChainCheck(result, valid == count ? null : failures[valid]);
    }

    private static ChainFailure? CheckEntry(
        ReadOnlyMemory<byte> bytes,
        long seq,
        string network,
        byte[] networkHash,
        string expectedPrev,
        long notBefore,
        out EventEnvelope? envelope)
    {
        envelope = null;
        EventEnvelope parsed;
        ReadOnlyMemory<byte> payload;
        try
        {
            parsed = EventEnvelope.ParseCore(bytes, requireCanonical: true, out payload);
        }
        catch (LedgerFormatException e)
        {
            return new ChainFailure(seq, ChainFailureKinds.Format, e.Message);
        }

        if (parsed.Seq != seq)
        {
            return new ChainFailure(seq, ChainFailureKinds.Seq, $"Entry at position {seq} says seq {parsed.Seq}.");
        }

        if (!string.Equals(parsed.Prev, expectedPrev, StringComparison.Ordinal))
        {
            return new ChainFailure(seq, ChainFailureKinds.HashLink, $"prev is {parsed.Prev} but the previous entry hashes to {expectedPrev}.");
        }

        if (parsed.Time < notBefore)
        {
            return new ChainFailure(seq, ChainFailureKinds.Time, $"time {parsed.Time} is before the previous entry's time {notBefore}.");
        }

        if (!EventSigning.Verify(parsed, networkHash, payload.Span))
        {
            return new ChainFailure(seq, ChainFailureKinds.Signature, $"Signature does not recover to author {parsed.Author} on network \"{network}\".");
        }

        envelope = parsed;
        return null;
    }

    private static string HexSha256(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }

    private static long TimeOf(ReadOnlyMemory<byte> entry)
    {
        try
        {
            using var document = CanonicalJson.ParseStrict(entry);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.TryGetProperty("time", out var time) && time.ValueKind == System.Text.Json.JsonValueKind.Number
                && time.TryGetInt64(out var value) ? value : long.MinValue;
        }
        catch (System.Text.Json.JsonException)
        {
            return long.MinValue;
        }
    }

    private static void InterlockedMin(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value < current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
