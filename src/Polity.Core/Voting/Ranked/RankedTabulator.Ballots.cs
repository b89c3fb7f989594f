namespace Polity.Core.Voting.Ranked;

public sealed partial class RankedTabulator
{
    private enum OvervoteDecision
    {
        None,
        Exhaust,
        SkipToNextRank,
    }

    private RoundData ComputeTallies()
    {
        var tally = new RoundData(_contest.Candidates.Where(IsContinuing));
        _currentSlices = _sliceRounds.Keys.ToDictionary(k => k, _ => new RoundData(_contest.Candidates.Where(IsContinuing)), StringComparer.Ordinal);
        foreach (var (key, slice) in _currentSlices)
        {
            _sliceRounds[key].Add(slice);
        }
        foreach (var cvr in _ballots)
        {
            if (cvr.Status is { } status)
            {
                tally.AddInactive(status, cvr.Value);
                foreach (var s in cvr.Slices)
                {
                    _currentSlices[s].AddInactive(status, cvr.Value);
                }
                continue;
            }
            if (cvr.Recipient is { } current && IsContinuing(current))
            {
                Count(cvr, tally, current);
                continue;
            }
            if (cvr.Ranks.Count == 0)
            {
                Record(cvr, tally, null, InactiveReason.DidNotRankAnyCandidates);
                continue;
            }
            SelectFor(cvr, tally);
        }
        return tally;
    }

    private void SelectFor(BallotState cvr, RoundData tally)
    {
        var lastRankSeen = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var maxRank = cvr.Ranks[^1].Rank;
        foreach (var (rank, candidates) in cvr.Ranks)
        {
            if (_rules.UsesSurpluses && _winnerToRound.Count == _rules.NumberOfWinners)
            {
                Record(cvr, tally, null, InactiveReason.FinalRoundSurplus);
                return;
            }
            if (_rules.MaxSkippedRanksAllowed is { } maxSkipped && rank - lastRankSeen > maxSkipped + 1)
            {
                Record(cvr, tally, null, InactiveReason.SkippedRanking);
                return;
            }
            lastRankSeen = rank;
            if (_rules.ExhaustOnDuplicateCandidate)
            {
                foreach (var c in candidates)
                {
                    if (!seen.Add(c))
                    {
                        Record(cvr, tally, null, InactiveReason.RepeatedRanking);
                        return;
                    }
                }
            }
            switch (Decide(candidates))
            {
                case OvervoteDecision.Exhaust:
                    Record(cvr, tally, null, InactiveReason.Overvote);
                    return;
                case OvervoteDecision.SkipToNextRank:
                    if (rank == maxRank)
                    {
                        Record(cvr, tally, null, InactiveReason.ExhaustedChoices);
                    }
                    continue;
            }
            foreach (var c in candidates)
            {
                if (IsContinuing(c))
                {
                    Record(cvr, tally, c, null);
                    Count(cvr, tally, c);
                    return;
                }
            }
            if (rank == maxRank)
            {
                Record(cvr, tally, null, InactiveReason.ExhaustedChoices);
            }
        }
    }

    private OvervoteDecision Decide(IReadOnlyList<string> candidates)
    {
        if (candidates.Contains(Overvote))
        {
            if (candidates.Count != 1)
            {
                throw new RankedTabulationException("a ranking holds the overvote label together with candidates");
            }
            return _rules.OvervoteRule switch
            {
                OvervoteRule.ExhaustImmediately => OvervoteDecision.Exhaust,
                OvervoteRule.AlwaysSkipToNextRank => OvervoteDecision.SkipToNextRank,
                _ => throw new RankedTabulationException("an explicit overvote label needs overvoteRule exhaustImmediately or alwaysSkipToNextRank"),
            };
        }
        if (candidates.Count <= 1)
        {
            return OvervoteDecision.None;
        }
        return _rules.OvervoteRule switch
        {
            OvervoteRule.ExhaustImmediately => OvervoteDecision.Exhaust,
            OvervoteRule.AlwaysSkipToNextRank => OvervoteDecision.SkipToNextRank,
            _ => candidates.Count(IsContinuing) > 1 ? OvervoteDecision.Exhaust : OvervoteDecision.None,
        };
    }

    private void Count(BallotState cvr, RoundData tally, string candidate)
    {
        tally.Add(candidate, cvr.Value);
        foreach (var s in cvr.Slices)
        {
            _currentSlices[s].Add(candidate, cvr.Value);
        }
    }

    private void Record(BallotState cvr, RoundData tally, string? selected, InactiveReason? status)
    {
        if (cvr.Value > 0 && cvr.Recipient is { } source)
        {
            AddTransfer(_transfers, _round, source, selected ?? Exhausted, cvr.Value);
            foreach (var s in cvr.Slices)
            {
                AddTransfer(_sliceTransfers[s], _round, source, selected ?? Exhausted, cvr.Value);
            }
        }
        cvr.Recipient = selected;
        if (status is { } reason)
        {
            cvr.Status = reason;
            tally.AddInactive(reason, cvr.Value);
            foreach (var s in cvr.Slices)
            {
                _currentSlices[s].AddInactive(reason, cvr.Value);
            }
        }
    }

    private static void AddTransfer(Dictionary<int, Dictionary<string, Dictionary<string, decimal>>> transfers, int round, string source, string target, decimal value)
    {
        if (!transfers.TryGetValue(round, out var bySource))
        {
            transfers[round] = bySource = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
        }
        if (!bySource.TryGetValue(source, out var byTarget))
        {
            bySource[source] = byTarget = new Dictionary<string, decimal>(StringComparer.Ordinal);
        }
        byTarget[target] = byTarget.TryGetValue(target, out var sum) ? sum + value : value;
    }

    private sealed class BallotState(RankedBallot ballot, string[] slices)
    {
        public string[] Slices { get; } = slices;

        public List<(int Rank, IReadOnlyList<string> Candidates)> Ranks { get; } =
            ballot.Rankings.Select((r, i) => (Rank: i + 1, Candidates: r)).Where(x => x.Candidates.Count > 0).ToList();

        public string? Recipient { get; set; }

        public decimal Value { get; set; } = 1m;

        public InactiveReason? Status { get; set; }

        public Dictionary<string, decimal> WinnerValue { get; } = new(StringComparer.Ordinal);
    }

    private sealed class RoundData
    {
        private readonly List<string> _insertion = [];

        public RoundData(IEnumerable<string> candidates)
        {
            foreach (var c in candidates)
            {
                Set(c, 0m);
            }
        }

        public Dictionary<string, decimal> Votes { get; } = new(StringComparer.Ordinal);

        public Dictionary<InactiveReason, decimal> Inactive { get; } = [];

        public decimal Threshold { get; set; }

        public decimal Residual { get; set; }

        public decimal ActiveSum => Votes.Values.Aggregate(0m, (a, v) => a + v);

        public decimal InactiveSum => Inactive.Values.Aggregate(0m, (a, v) => a + v);

        public IReadOnlyList<string> Order() => JavaHashOrder.Order(_insertion);

        public void Set(string candidate, decimal votes)
        {
            if (!Votes.ContainsKey(candidate))
            {
                _insertion.Add(candidate);
            }
            Votes[candidate] = votes;
        }

        public void Add(string candidate, decimal votes) => Votes[candidate] += votes;

        public void AddInactive(InactiveReason reason, decimal value) =>
            Inactive[reason] = Inactive.TryGetValue(reason, out var sum) ? sum + value : value;
    }
}
