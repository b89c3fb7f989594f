using System.Numerics;
using System.Runtime.InteropServices;
using Polity.Core.Primitives;

namespace Polity.Core.Voting.Ranked;

internal sealed partial class RankedCount<T>
{
    /// <summary>
    /// Reads every ballot once. Ballots with the same ranking become one voter carrying their summed weight
    /// (rankings of up to 16 ranks over up to 15 candidates, coded in a 64-bit key); abstentions aside, each
    /// voter then goes to its first continuing choice. With
    /// <paramref name="wholeOnly"/> the weights are taken as whole numbers in the same pass, and the load
    /// gives up (false) at the first weight that is not whole or would overflow the sum.
    /// </summary>
    public bool TryLoad(bool wholeOnly)
    {
        var abstained = T.Zero;
        var ranked = T.Zero;
        var ballots = WeightScale.Span(_ballots);
        for (var b = 0; b < ballots.Length; b++)
        {
            ref readonly var ballot = ref ballots[b];
            var choices = ballot.Ballot.Choices;
            T weight;
            if (wholeOnly)
            {
                if (!WeightScale.TryWhole(ballot.Weight, out var whole) || long.CreateTruncating(ranked + abstained) > long.MaxValue - whole)
                {
                    return false;
                }
                weight = T.CreateTruncating(whole);
            }
            else
            {
                weight = WeightScale.Scale<T>(ballot.Weight, _denominator);
            }
            if (choices.Count == 1 && string.Equals(choices[0], Events.ProposalOption.Abstain, StringComparison.Ordinal))
            {
                abstained += weight;
                continue;
            }
            ranked += weight;
            if (_n <= 15 && TryKey(choices, out var key))
            {
                ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(_groups, key, out var exists);
                if (exists)
                {
                    _voters[group].Weight += weight;
                    continue;
                }
                group = _used;
                Add(new Voter { Coded = true, Key = key, Weight = weight, Position = -1 });
            }
            else
            {
                // Arrays are read directly: an interface call per choice would cost as much as the count.
                Add(new Voter { Array = choices as string[], List = choices, Weight = weight, Position = -1 });
            }
        }
        for (var v = 0; v < _used; v++)
        {
            Advance(v, 0);
        }
        _abstained = Value(abstained, 0);
        _ranked = Value(ranked, 0);
        return true;
    }

    private void Add(Voter voter)
    {
        if (_used == _voters.Length)
        {
            Array.Resize(ref _voters, Math.Max(16, _voters.Length * 2));
        }
        _voters[_used++] = voter;
    }

    /// <summary>The ranking as 4-bit codes, first rank lowest: 0 a skipped rank, c + 1 candidate c.</summary>
    private bool TryKey(IReadOnlyList<string> choices, out ulong key)
    {
        key = 0;
        if (choices.Count > 16)
        {
            return false;
        }
        var array = choices as string[];
        for (var k = 0; k < choices.Count; k++)
        {
            key |= (ulong)(Code(array is null ? choices[k] : array[k]) + 1) << (4 * k);
        }
        return true;
    }

    /// <summary>The candidate at rank index <paramref name="k"/>: -1 for a skipped rank, int.MinValue past the end.</summary>
    private int CodeAt(ref Voter voter, int k)
    {
        if (voter.Coded)
        {
            var rest = k < 16 ? voter.Key >> (4 * k) : 0;
            return rest == 0 ? int.MinValue : (int)(rest & 15) - 1;
        }
        var count = voter.Array?.Length ?? voter.List!.Count;
        return k >= count ? int.MinValue : Code(voter.Array is { } a ? a[k] : voter.List![k]);
    }

    private int Code(string name) =>
        _codes.TryGetValue(name, out var code) ? code : throw new InvalidOperationException($"ballot choice '{name}' was not checked against the candidates");

    /// <summary>Moves the ballots of candidates eliminated or elected last round to their next continuing choice.</summary>
    private void ApplyPending()
    {
        foreach (var (candidate, factor) in _pending)
        {
            var newParcel = new Dictionary<int, int>();
            var b = _piles[candidate];
            _piles[candidate] = -1;
            while (b >= 0)
            {
                var next = _voters[b].Next;
                var parcel = _voters[b].Parcel;
                if (!factor.IsWhole)
                {
                    if (!newParcel.TryGetValue(parcel, out var moved))
                    {
                        newParcel[parcel] = moved = NewParcel(_factors[parcel] * factor);
                    }
                    parcel = moved;
                    _voters[b].Parcel = parcel;
                }
                Advance(b, parcel);
                b = next;
            }
            Array.Clear(_sums[candidate]);
        }
        _pending.Clear();
    }

    private int NewParcel(Fraction factor)
    {
        _factors.Add(factor);
        var count = _factors.Count;
        for (var c = 0; c < _n; c++)
        {
            Array.Resize(ref _sums[c], count);
        }
        for (var r = 0; r < _inactive.Length; r++)
        {
            Array.Resize(ref _inactive[r], count);
        }
        return count - 1;
    }

    /// <summary>
    /// Gives ballot <paramref name="b"/> to its next continuing choice after its current one, or exhausts it,
    /// with RCTab's checks in RCTab's order (all seats filled, skipped ranks, repeated candidates).
    /// </summary>
    private void Advance(int b, int parcel)
    {
        if (_options.UsesSurpluses && _winners.Count == _options.Seats)
        {
            Exhaust(InactiveReason.FinalRoundSurplus, b, parcel);
            return;
        }
        ref var voter = ref _voters[b];
        var lastRank = voter.Position + 1;
        var anyRanked = lastRank > 0;
        for (var k = voter.Position + 1; ; k++)
        {
            var c = CodeAt(ref voter, k);
            if (c == int.MinValue)
            {
                break;
            }
            if (c < 0)
            {
                continue;
            }
            anyRanked = true;
            var rank = k + 1;
            if (_options.MaxSkipped is { } maxSkipped && rank - lastRank > maxSkipped + 1)
            {
                Exhaust(InactiveReason.SkippedRanking, b, parcel);
                return;
            }
            lastRank = rank;
            if (_options.ExhaustOnDuplicate && RankedBefore(ref voter, k, c))
            {
                Exhaust(InactiveReason.RepeatedRanking, b, parcel);
                return;
            }
            if (IsContinuing(c))
            {
                voter.Position = k;
                voter.Next = _piles[c];
                _piles[c] = b;
                _sums[c][parcel] += voter.Weight;
                return;
            }
        }
        Exhaust(anyRanked ? InactiveReason.ExhaustedChoices : InactiveReason.DidNotRankAnyCandidates, b, parcel);
    }

    /// <summary>One ballot's place in the count, kept together so a move touches one cache line.</summary>
    private struct Voter
    {
        public bool Coded;
        public ulong Key;
        public string[]? Array;
        public IReadOnlyList<string>? List;
        public T Weight;
        public int Position;
        public int Parcel;

        /// <summary>The next ballot in the same candidate's pile (piles are linked through the ballots, allocating nothing).</summary>
        public int Next;
    }

    private bool RankedBefore(ref Voter voter, int k, int candidate)
    {
        for (var j = 0; j < k; j++)
        {
            if (CodeAt(ref voter, j) == candidate)
            {
                return true;
            }
        }
        return false;
    }

    private void Exhaust(InactiveReason reason, int b, int parcel)
    {
        _inactive[(int)reason][parcel] += _voters[b].Weight;
    }

    /// <summary>Σ over parcels of factor × scaled sum, divided by the common denominator: exact.</summary>
    private Fraction Value(T[] sums)
    {
        var total = Fraction.Zero;
        for (var p = 0; p < sums.Length; p++)
        {
            if (sums[p] != T.Zero)
            {
                total += _factors[p] * Fraction.Whole(BigInteger.CreateChecked(sums[p]));
            }
        }
        return total / _denominator;
    }

    private Fraction Value(T sum, int parcel) => _factors[parcel] * new Fraction(BigInteger.CreateChecked(sum), _denominator);

    private Fraction?[] Tally()
    {
        var tally = new Fraction?[_n];
        for (var c = 0; c < _n; c++)
        {
            if (IsContinuing(c))
            {
                tally[c] = Value(_sums[c]);
            }
        }
        return tally;
    }

    private void Record(Fraction?[] tally, List<int> elected, List<int> eliminated)
    {
        var shown = new Dictionary<string, Fraction>(StringComparer.Ordinal);
        for (var c = 0; c < _n; c++)
        {
            // Winners of earlier rounds show the value they keep; this round's winners their full votes.
            var value = _electedIn[c] > 0 && _electedIn[c] < _round && _options.UsesSurpluses ? _kept[c] : tally[c];
            if (value is { } v)
            {
                shown[_names[c]] = v;
            }
        }
        var inactive = new Dictionary<InactiveReason, Fraction>();
        foreach (var reason in Enum.GetValues<InactiveReason>())
        {
            var v = Value(_inactive[(int)reason]);
            if (!v.IsZero)
            {
                inactive[reason] = v;
            }
        }
        _rounds.Add(new RankedCountRound(_round, shown, _quota, _options.HareQuota, inactive,
            elected.Order().Select(c => _names[c]).ToList(), eliminated.Order().Select(c => _names[c]).ToList(), _tieBroken));
    }
}
