using Polity.Engine.Signing;
using Polity.Ledger;
using Polity.Ledger.Merkle;

namespace Polity.Engine;

/// <summary>
/// The log as a transparency log: an RFC 9162 Merkle tree whose leaf i is the stored bytes of seq i + 1,
/// tree heads (operator-signed on request), and inclusion and consistency proofs.
/// </summary>
/// <remarks>
/// The tree is built lazily: the first head or proof reads the entries it lacks from the store (in one pass,
/// hashing on all cores), later ones only the entries appended since, so commands that never ask for a
/// proof pay nothing. It always stops at <see cref="Head"/>, so heads and proofs agree with <see cref="State"/>.
/// Everything here runs under the writer gate.
/// </remarks>
public sealed partial class PolityNetwork
{
    private readonly MerkleTree _tree = new();

    /// <summary>The tree head at the log's current size, stated at <see cref="NextTime"/>.</summary>
    /// <param name="ct">Cancels the wait and the store.</param>
    /// <returns>Size (the last seq), root and time.</returns>
    public async Task<TreeHead> TreeHeadAsync(CancellationToken ct = default) =>
        await WithTreeAsync(() => new TreeHead(_tree.Size, Hashing.ToHex(_tree.Root), NextTime()), ct);

    /// <summary>The current tree head, signed by the operator.</summary>
    /// <param name="signer">The operator's key.</param>
    /// <param name="ct">Cancels the wait and the store.</param>
    /// <returns>The signed head.</returns>
    /// <exception cref="NetworkMissingException">No network yet.</exception>
    /// <exception cref="UnauthorizedAccessException">The signer is not the network's operator.</exception>
    public async Task<SignedTreeHead> SignTreeHeadAsync(ITreeHeadSigner signer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var state = State;
        if (signer.Address != state.Operator)
        {
            throw new UnauthorizedAccessException($"only the operator ({state.Operator}) signs tree heads, not {signer.Address}");
        }

        var head = await TreeHeadAsync(ct);
        return signer.SignTreeHead(state.Network, head);
    }

    /// <summary>The proof that entry <paramref name="seq"/> is in the tree of <paramref name="size"/> entries.</summary>
    /// <param name="seq">The entry, from 1.</param>
    /// <param name="size">The tree size, from <paramref name="seq"/> to <see cref="Head"/>'s seq; null for the current size.</param>
    /// <param name="ct">Cancels the wait and the store.</param>
    /// <returns>Leaf index seq − 1, the size, its root, the leaf hash and the audit path.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Seq or size outside the log.</exception>
    public Task<InclusionProof> ProveInclusionAsync(long seq, long? size = null, CancellationToken ct = default) =>
        WithTreeAsync(() =>
        {
            var n = size ?? _tree.Size;
            ArgumentOutOfRangeException.ThrowIfLessThan(seq, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(seq, n);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(n, _tree.Size, nameof(size));
            return new InclusionProof(
                seq - 1, n, Hashing.ToHex(_tree.RootAt(n)), Hashing.ToHex(_tree.LeafHash(seq - 1)), MerkleHex.ToHex(_tree.InclusionProof(seq - 1, n)));
        }, ct);

    /// <summary>The proof that the log of <paramref name="oldSize"/> entries is a prefix of the log of <paramref name="newSize"/>.</summary>
    /// <param name="oldSize">At least 1.</param>
    /// <param name="newSize">From <paramref name="oldSize"/> to <see cref="Head"/>'s seq.</param>
    /// <param name="ct">Cancels the wait and the store.</param>
    /// <returns>Both sizes and roots and the proof.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Sizes outside the log or out of order.</exception>
    public Task<ConsistencyProof> ProveConsistencyAsync(long oldSize, long newSize, CancellationToken ct = default) =>
        WithTreeAsync(() => new ConsistencyProof(
            oldSize, newSize, Hashing.ToHex(_tree.RootAt(oldSize)), Hashing.ToHex(_tree.RootAt(newSize)),
            MerkleHex.ToHex(_tree.ConsistencyProof(oldSize, newSize))), ct);

    private async Task<T> WithTreeAsync<T>(Func<T> read, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await CatchUpTreeAsync(ct);
            return read();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Adds the entries from the tree's size to <see cref="Head"/>.</summary>
    /// <exception cref="LogDamagedException">The store skips a seq.</exception>
    private async Task CatchUpTreeAsync(CancellationToken ct)
    {
        if (_tree.Size >= _head.Seq)
        {
            return;
        }

        var bodies = new List<ReadOnlyMemory<byte>>();
        await foreach (var stored in _store.ReadAsync(_tree.Size + 1, ct))
        {
            if (stored.Seq > _head.Seq)
            {
                break;
            }

            var expected = _tree.Size + 1 + bodies.Count;
            if (stored.Seq != expected)
            {
                throw new LogDamagedException(expected, "the store has no entry here", new InvalidOperationException($"seq {stored.Seq} follows seq {expected - 1}"));
            }

            bodies.Add(stored.Body);
        }

        _tree.AppendRange(bodies);
    }
}
