using System.Collections.Frozen;
using System.Numerics;
using Polity.Core.Primitives;

namespace Polity.Core.Voting.Ranked;

/// <summary>
/// The count itself, over weights scaled to whole numbers of type <typeparamref name="T"/>. A ballot's
/// value is its scaled weight times its parcel's transfer factor: every ballot starts in parcel 0
/// (factor 1) and a surplus transfer moves a winner's ballots to new parcels with the factor multiplied.
/// </summary>
internal sealed partial class RankedCount<T>
    where T : struct, IBinaryInteger<T>
{
    private readonly IReadOnlyList<string> _names;
    private readonly FrozenDictionary<string, int> _codes;
    private readonly RankedCountOptions _options;
    private readonly BigInteger _denominator;
    private readonly int _n;
    private readonly Dictionary<ulong, int> _groups = [];
    private Voter[] _voters = [];
    private int _used;
    private readonly IReadOnlyList<WeightedBallot> _ballots;
    private readonly int[] _piles;
    private readonly List<Fraction> _factors = [new Fraction(1, 1)];
    private T[][] _sums;
    private readonly T[][] _inactive;
    private readonly int[] _electedIn;
    private readonly int[] _eliminatedIn;
    private readonly Fraction?[] _kept;
    private readonly List<string> _winners = [];
    private readonly List<Fraction?[]> _tallies = [];
    private readonly List<RankedCountRound> _rounds = [];
    private readonly List<(int Candidate, Fraction Factor)> _pending = [];
    private readonly string[] _permutation;
    private readonly JavaRandom? _random;
    private Fraction _abstained = Fraction.Zero;
    private Fraction _ranked = Fraction.Zero;
    private Fraction _quota = Fraction.Zero;
    private int _round;
    private bool _tieBroken;

    public RankedCount(IReadOnlyList<string> names, FrozenDictionary<string, int> codes, IReadOnlyList<WeightedBallot> ballots,
        BigInteger denominator, RankedCountOptions options)
    {
        _names = names;
        _codes = codes;
        _options = options;
        _denominator = denominator;
        _n = names.Count;
        _piles = new int[_n];
        Array.Fill(_piles, -1);
        _sums = new T[_n][];
        for (var c = 0; c < _n; c++)
        {
            _sums[c] = new T[1];
        }
        _inactive = new T[Enum.GetValues<InactiveReason>().Length][];
        for (var r = 0; r < _inactive.Length; r++)
        {
            _inactive[r] = new T[1];
        }
        _electedIn = new int[_n];
        _eliminatedIn = new int[_n];
        _kept = new Fraction?[_n];
        _permutation = [.. names];
        if (options.TieBreak is TiebreakMode.Random or TiebreakMode.PreviousRoundCountsThenRandom)
        {
            _random = new JavaRandom(options.Seed);
        }
        else if (options.TieBreak == TiebreakMode.GeneratePermutation)
        {
            Array.Sort(_permutation, StringComparer.Ordinal);
            new JavaRandom(options.Seed).Shuffle(_permutation);
        }
        else if (options.TieBreak != TiebreakMode.UseCandidateOrder)
        {
            throw new ArgumentException($"tie-break {options.TieBreak} needs a human; a network count cannot stop to ask", nameof(options));
        }
        _ballots = ballots;
    }

    private int Continuing
    {
        get
        {
            var count = 0;
            for (var c = 0; c < _n; c++)
            {
                count += IsContinuing(c) ? 1 : 0;
            }
            return count;
        }
    }

    public RankedOutcome Run()
    {
        if (_ranked.IsZero)
        {
            // Nobody ranked anyone: RCTab would elect by tie-break alone; a network elects no one.
            return new RankedOutcome([], [], _abstained, _ranked);
        }
        while (ShouldContinue())
        {
            _round++;
            _tieBroken = false;
            ApplyPending();
            var tally = Tally();
            _tallies.Add(tally);
            var active = Fraction.Zero;
            for (var c = 0; c < _n; c++)
            {
                if (IsContinuing(c))
                {
                    active += tally[c]!.Value;
                }
            }
            var recompute = _options.Seats > 1 ? _round == 1 : _round == 1 || _winners.Count == 0;
            if (recompute)
            {
                _quota = active / (_options.HareQuota ? _options.Seats : _options.Seats + 1);
            }
            var elected = Elect(tally);
            var eliminated = new List<int>();
            if (elected.Count > 0)
            {
                foreach (var w in elected)
                {
                    _electedIn[w] = _round;
                    _winners.Add(_names[w]);
                    var votes = tally[w]!.Value;
                    var surplus = votes - _quota;
                    _kept[w] = votes;
                    if (_options.UsesSurpluses && surplus > Fraction.Zero)
                    {
                        _kept[w] = _quota;
                        _pending.Add((w, surplus / votes));
                    }
                }
            }
            else if (_winners.Count < _options.Seats
                || (_options.ContinueUntilTwo && EliminatedCount() < _n - 2))
            {
                eliminated = Eliminate(tally);
                foreach (var loser in eliminated)
                {
                    _eliminatedIn[loser] = _round;
                    _pending.Add((loser, new Fraction(1, 1)));
                }
            }
            Record(tally, elected, eliminated);
        }
        return new RankedOutcome(_rounds, _winners, _abstained, _ranked);
    }

    private bool ShouldContinue()
    {
        if (_round > 0 && _winners.Count < _options.Seats && Continuing == 0)
        {
            return false;
        }
        if (_options.ContinueUntilTwo)
        {
            return EliminatedCount() + _winners.Count + 1 < _n || _eliminatedIn.Contains(_round) && _round > 0;
        }
        return _winners.Count < _options.Seats
            || (_options.Seats > 1 && _round > 0 && _electedIn.Contains(_round));
    }

    private int EliminatedCount() => _eliminatedIn.Count(r => r > 0);

    private bool IsContinuing(int c) => _eliminatedIn[c] == 0 && (_electedIn[c] == 0 || _options.ContinueUntilTwo);

    private bool Reaches(Fraction votes) =>
        _options.HareQuota ? votes >= _quota : votes > _quota;

    private List<int> Elect(Fraction?[] tally)
    {
        var selected = new List<int>();
        var continuing = Continuing;
        if (_winners.Count < _options.Seats && continuing > 0)
        {
            for (var c = 0; c < _n; c++)
            {
                if (IsContinuing(c) && (continuing <= _options.Seats - _winners.Count || Reaches(tally[c]!.Value)))
                {
                    selected.Add(c);
                }
            }
        }
        // As RCTab: with one seat, once two candidates remain the one with more votes wins.
        if (selected.Count == 0 && _options.Seats == 1 && _winners.Count == 0 && continuing == 2)
        {
            var top = Extreme(tally, highest: true);
            selected.Add(top.Count > 1 ? BreakTie(top, selectingWinner: true) : top[0]);
        }
        return selected;
    }

    private List<int> Eliminate(Fraction?[] tally)
    {
        if (_options.BatchElimination && BatchEliminate(tally) is { Count: > 1 } batch)
        {
            return batch;
        }
        var last = Extreme(tally, highest: false);
        return [last.Count > 1 ? BreakTie(last, selectingWinner: false) : last[0]];
    }

    /// <summary>The continuing candidates with the lowest (or highest) tally.</summary>
    private List<int> Extreme(Fraction?[] tally, bool highest)
    {
        var result = new List<int>();
        var best = Fraction.Zero;
        for (var c = 0; c < _n; c++)
        {
            if (!IsContinuing(c))
            {
                continue;
            }
            var v = tally[c]!.Value;
            var cmp = result.Count == 0 ? 0 : v.CompareTo(best);
            if (highest ? cmp > 0 : cmp < 0)
            {
                result.Clear();
            }
            if (result.Count == 0 || cmp == 0 || (highest ? cmp > 0 : cmp < 0))
            {
                best = v;
                result.Add(c);
            }
        }
        return result;
    }
}
