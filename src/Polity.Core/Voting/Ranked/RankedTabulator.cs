namespace Polity.Core.Voting.Ranked;

/// <summary>
/// Round-by-round ranked-choice tabulation with RCTab's semantics (BrightSpots/rcv, Tabulator.java):
/// instant runoff, fractional-surplus STV, bottoms-up and their options. Pure: ballots, contest and
/// rules in, every round out. Decimal arithmetic truncates to the configured places as RCTab does.
/// </summary>
public sealed partial class RankedTabulator
{
    /// <summary>The name RCTab reports undeclared write-ins under.</summary>
    public const string UndeclaredWriteIns = "Undeclared Write-ins";

    /// <summary>The normalised explicit-overvote marker a ranking may hold.</summary>
    public const string Overvote = "overvote";

    /// <summary>Transfer target for ballots that stop counting.</summary>
    public const string Exhausted = "exhausted";

    /// <summary>Transfer target for surplus lost to truncation.</summary>
    public const string ResidualSurplus = "residual surplus";

    private readonly RankedContest _contest;
    private readonly RankedRules _rules;
    private readonly List<BallotState> _ballots;
    private readonly Dictionary<string, int> _winnerToRound = new(StringComparer.Ordinal);
    private readonly List<string> _winnerOrder = [];
    private readonly Dictionary<string, int> _eliminatedToRound = new(StringComparer.Ordinal);
    private readonly List<RoundData> _rounds = [];
    private readonly Dictionary<int, Dictionary<string, Dictionary<string, decimal>>> _transfers = [];
    private readonly List<string> _eliminatedOrderList = [];
    private readonly HashSet<(int Round, string Candidate)> _tieResolved = [];
    private readonly List<string> _permutation;
    private readonly JavaRandom? _random;
    private readonly Dictionary<string, List<RoundData>> _sliceRounds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<int, Dictionary<string, Dictionary<string, decimal>>>> _sliceTransfers = new(StringComparer.Ordinal);
    private Dictionary<string, RoundData> _currentSlices = new(StringComparer.Ordinal);
    private int _round;

    private RankedTabulator(IEnumerable<RankedBallot> ballots, RankedContest contest, RankedRules rules)
    {
        _contest = contest;
        _rules = rules;
        _ballots = ballots.Select(b => new BallotState(b, SliceKeys(b, rules))).ToList();
        foreach (var key in _ballots.SelectMany(b => b.Slices).Distinct().Order(StringComparer.Ordinal))
        {
            _sliceRounds[key] = [];
            _sliceTransfers[key] = [];
        }
        _permutation = contest.Candidates.Where(c => c != UndeclaredWriteIns && !contest.Excluded.Contains(c)).ToList();
        var needsRandom = rules.TiebreakMode is TiebreakMode.Random or TiebreakMode.PreviousRoundCountsThenRandom or TiebreakMode.GeneratePermutation;
        if (needsRandom)
        {
            var random = new JavaRandom(rules.RandomSeed
                ?? throw new RankedTabulationException($"tiebreak mode {rules.TiebreakMode} needs a randomSeed"));
            if (rules.TiebreakMode == TiebreakMode.GeneratePermutation)
            {
                _permutation.Sort(StringComparer.Ordinal);
                random.Shuffle(_permutation);
            }
            else
            {
                _random = random;
            }
        }
    }

    /// <summary>Counts <paramref name="ballots"/> under <paramref name="rules"/>.</summary>
    /// <exception cref="RankedTabulationException">The count cannot be completed without a human decision or with these data.</exception>
    public static RankedResult Tabulate(IEnumerable<RankedBallot> ballots, RankedContest contest, RankedRules rules)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(contest);
        ArgumentNullException.ThrowIfNull(rules);
        return new RankedTabulator(ballots, contest, rules).Run();
    }

    /// <summary>
    /// Multi-pass IRV: one single-winner count per seat, each excluding the winners of the passes before it.
    /// </summary>
    public static IReadOnlyList<RankedResult> TabulateSequential(IReadOnlyList<RankedBallot> ballots, RankedContest contest, RankedRules rules)
    {
        ArgumentNullException.ThrowIfNull(contest);
        ArgumentNullException.ThrowIfNull(rules);
        var results = new List<RankedResult>();
        var excluded = new HashSet<string>(contest.Excluded, StringComparer.Ordinal);
        var passRules = rules with { WinnerElectionMode = WinnerElectionMode.SingleWinnerMajority, NumberOfWinners = 1 };
        for (var pass = 0; pass < rules.NumberOfWinners; pass++)
        {
            var result = Tabulate(ballots, contest with { Excluded = new HashSet<string>(excluded, StringComparer.Ordinal) }, passRules);
            results.Add(result);
            foreach (var w in result.Winners)
            {
                excluded.Add(w);
            }
        }
        return results;
    }

    // RCTab counts excluded candidates out of the "candidates remaining" arithmetic.
    private const char SliceSeparator = '\u0001';

    private static string[] SliceKeys(RankedBallot ballot, RankedRules rules)
    {
        var keys = new List<string>(2);
        if (rules.TabulateByPrecinct)
        {
            keys.Add("precinct" + SliceSeparator + (string.IsNullOrWhiteSpace(ballot.Precinct) ? "missing_precinct_id" : ballot.Precinct));
        }
        if (rules.TabulateByBatch)
        {
            keys.Add("batch" + SliceSeparator + (string.IsNullOrWhiteSpace(ballot.Batch) ? "missing_batch_id" : ballot.Batch));
        }
        return [.. keys];
    }

    private int NumCandidates => _contest.Candidates.Count(c => !_contest.Excluded.Contains(c));

    private int NumDeclaredCandidates => _contest.Candidates.Count(c => c != UndeclaredWriteIns);

    private bool BottomsUpPercentage => _rules.WinnerElectionMode == WinnerElectionMode.BottomsUpUsingPercentageThreshold;

    private bool BottomsUpUntilN => _rules.WinnerElectionMode == WinnerElectionMode.BottomsUp;

    private decimal Divide(decimal a, decimal b) => VoteMath.Truncate(a / b, _rules.DecimalPlacesForVoteArithmetic);

    private decimal Multiply(decimal a, decimal b) => VoteMath.Truncate(a * b, _rules.DecimalPlacesForVoteArithmetic);

    private RankedResult Run()
    {
        while (ShouldContinue())
        {
            _round++;
            var tally = ComputeTallies();
            _rounds.Add(tally);
            tally.Residual = _round == 1 ? 0m : _rounds[^2].Residual;
            // Multi-seat thresholds come from round 1; a single-seat threshold is recomputed every round
            // until someone wins (continueUntilTwoCandidatesRemain then freezes it).
            var recompute = _rules.NumberOfWinners > 1
                ? _round == 1
                : _round == 1 || (!_rules.DoesFirstRoundDetermineThreshold && _winnerToRound.Count == 0);
            tally.Threshold = recompute ? ComputeThreshold(tally) : _rounds[^2].Threshold;
            foreach (var slice in _currentSlices.Values)
            {
                slice.Threshold = tally.Threshold;
            }

            var byTally = TallyToCandidates(tally, tally.Order());
            var winners = IdentifyWinners(tally, byTally);
            if (winners.Count > 0)
            {
                foreach (var w in winners)
                {
                    _winnerToRound[w] = _round;
                    _winnerOrder.Add(w);
                }
                if (_rules.UsesSurpluses)
                {
                    foreach (var w in winners)
                    {
                        var votes = tally.Votes[w];
                        var extra = votes - tally.Threshold;
                        var fraction = extra > 0 ? Divide(extra, votes) : 0m;
                        foreach (var b in _ballots.Where(b => b.Recipient == w))
                        {
                            var keep = Multiply(b.Value, fraction);
                            b.WinnerValue[w] = b.Value - keep;
                            b.Value = keep;
                        }
                    }
                }
            }
            else if (_winnerToRound.Count < _rules.NumberOfWinners
                || (_rules.ContinueUntilTwoCandidatesRemain && _eliminatedToRound.Count < NumCandidates - 2)
                || BottomsUpPercentage)
            {
                var eliminated = Eliminate(tally, byTally);
                foreach (var loser in eliminated)
                {
                    _eliminatedToRound[loser] = _round;
                    _eliminatedOrderList.Add(loser);
                }
            }

            if (_rules.NumberOfWinners > 1)
            {
                UpdateWinnerTallies();
            }
        }
        return BuildResult();
    }

    private bool ShouldContinue()
    {
        if (_rules.StopTabulationEarlyAfterRound is { } stop && _round >= stop)
        {
            return false;
        }
        // More seats than candidates: nobody is left to elect.
        if (_round > 0 && _winnerToRound.Count < _rules.NumberOfWinners && !_contest.Candidates.Any(IsContinuing))
        {
            return false;
        }
        if (_rules.ContinueUntilTwoCandidatesRemain)
        {
            return _eliminatedToRound.Count + _winnerToRound.Count + 1 < NumCandidates
                || _eliminatedToRound.ContainsValue(_round);
        }
        if (BottomsUpPercentage)
        {
            return _winnerToRound.Count == 0;
        }
        return _winnerToRound.Count < _rules.NumberOfWinners
            || (_rules.NumberOfWinners > 1 && _winnerToRound.ContainsValue(_round) && !BottomsUpUntilN);
    }

    private bool IsContinuing(string candidate) =>
        !_contest.Excluded.Contains(candidate)
        && (!_winnerToRound.ContainsKey(candidate) || _rules.ContinueUntilTwoCandidatesRemain)
        && !_eliminatedToRound.ContainsKey(candidate)
        && candidate != Overvote;

    private decimal ComputeThreshold(RoundData tally)
    {
        var total = tally.ActiveSum;
        decimal threshold;
        if (BottomsUpPercentage)
        {
            threshold = total * ((_rules.MultiSeatBottomsUpPercentageThreshold ?? 0m) / 100m);
        }
        else
        {
            var divisor = _rules.HareQuota ? _rules.NumberOfWinners : _rules.NumberOfWinners + 1;
            var decimals = _rules.NonIntegerWinningThreshold ? _rules.DecimalPlacesForVoteArithmetic : 0;
            threshold = _rules.HareQuota
                ? VoteMath.RoundUp(total / divisor, decimals)
                : VoteMath.Truncate(total / divisor, decimals) + new decimal(1, 0, 0, false, (byte)decimals);
        }
        var minimum = _rules.MinimumVoteThreshold;
        return minimum > 0 && minimum > threshold ? minimum : threshold;
    }

    private static SortedDictionary<decimal, List<string>> TallyToCandidates(RoundData tally, IEnumerable<string> candidates)
    {
        var map = new SortedDictionary<decimal, List<string>>();
        foreach (var c in candidates)
        {
            var v = tally.Votes[c];
            if (!map.TryGetValue(v, out var list))
            {
                map[v] = list = [];
            }
            list.Add(c);
        }
        return map;
    }
}
