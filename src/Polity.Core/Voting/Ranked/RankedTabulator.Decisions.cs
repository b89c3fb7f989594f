namespace Polity.Core.Voting.Ranked;

public sealed partial class RankedTabulator
{
    private List<string> IdentifyWinners(RoundData tally, SortedDictionary<decimal, List<string>> byTally)
    {
        var selected = new List<string>();
        if (BottomsUpPercentage)
        {
            if (tally.Votes.Values.All(v => v >= tally.Threshold))
            {
                selected.AddRange(tally.Order());
            }
            return selected;
        }
        // Undeclared write-ins holding votes are dropped before anyone can be elected.
        if (tally.Votes.TryGetValue(UndeclaredWriteIns, out var uwi) && uwi > 0)
        {
            return selected;
        }
        if (_winnerToRound.Count < _rules.NumberOfWinners && byTally.Count > 0)
        {
            if (tally.Votes.Count <= _rules.NumberOfWinners - _winnerToRound.Count)
            {
                selected.AddRange(tally.Order());
            }
            else if (!BottomsUpUntilN)
            {
                foreach (var (votes, candidates) in byTally)
                {
                    if (votes >= tally.Threshold)
                    {
                        selected.AddRange(candidates.Where(c => c != UndeclaredWriteIns));
                    }
                }
            }
        }
        // RCTab: in a single-seat count, once two candidates remain the one with more votes wins
        // (a tie between them goes to the tiebreak).
        if (selected.Count == 0 && _rules.NumberOfWinners == 1 && _winnerToRound.Count == 0 && tally.Votes.Count == 2)
        {
            var top = byTally.Last();
            selected = top.Value.Count > 1 ? [BreakTie(top.Value, selectingWinner: true)] : [.. top.Value];
        }
        if (_rules.WinnerElectionMode == WinnerElectionMode.MultiWinnerAllowOnlyOneWinnerPerRound && selected.Count > 1)
        {
            var top = byTally.Last();
            selected = top.Value.Count > 1 ? [BreakTie(top.Value, selectingWinner: true)] : [.. top.Value];
        }
        return selected;
    }

    private List<string> Eliminate(RoundData tally, SortedDictionary<decimal, List<string>> byTally)
    {
        if (tally.Votes.TryGetValue(UndeclaredWriteIns, out var uwi) && uwi > 0)
        {
            return [UndeclaredWriteIns];
        }
        var minimum = _rules.MinimumVoteThreshold;
        if (minimum > 0 && byTally.First().Key < minimum)
        {
            var below = byTally.Where(e => e.Key < minimum).SelectMany(e => e.Value).ToList();
            if (below.Count == NumDeclaredCandidates)
            {
                throw new RankedTabulationException("every declared candidate is below the minimum vote threshold");
            }
            return below;
        }
        if (_rules.CutoffElimination && BottomsUpPercentage)
        {
            var cut = byTally.Where(e => e.Key < tally.Threshold).SelectMany(e => e.Value).ToList();
            if (cut.Count > 0)
            {
                return cut;
            }
        }
        if (_rules.BatchElimination)
        {
            var batch = BatchEliminate(byTally);
            if (batch.Count > 1)
            {
                return batch;
            }
        }
        var last = byTally.First().Value;
        return last.Count > 1 ? [BreakTie(last, selectingWinner: false)] : [last[0]];
    }

    private List<string> BatchEliminate(SortedDictionary<decimal, List<string>> byTally)
    {
        var running = 0m;
        var seen = new List<string>();
        var eliminated = new List<string>();
        var previous = new List<string>();
        foreach (var (votes, candidates) in byTally)
        {
            var next = new List<string>(eliminated);
            if (running < votes)
            {
                next.AddRange(seen.Where(c => !next.Contains(c)));
            }
            running += Multiply(votes, candidates.Count);
            seen.AddRange(candidates);
            if (next.Count > eliminated.Count)
            {
                previous = eliminated;
                eliminated = next;
            }
        }
        if (_rules.ContinueUntilTwoCandidatesRemain && eliminated.Count + _eliminatedToRound.Count == NumCandidates - 1)
        {
            eliminated = previous;
        }
        return eliminated;
    }

    private string BreakTie(List<string> tied, bool selectingWinner)
    {
        var chosen = BreakTieCore(tied, selectingWinner);
        _tieResolved.Add((_round, chosen));
        return chosen;
    }

    private string BreakTieCore(List<string> tied, bool selectingWinner)
    {
        switch (_rules.TiebreakMode)
        {
            case TiebreakMode.UseCandidateOrder:
            case TiebreakMode.GeneratePermutation:
                var order = selectingWinner ? _permutation : Enumerable.Reverse(_permutation);
                return order.First(tied.Contains);
            case TiebreakMode.Random:
                return Draw(tied);
            case TiebreakMode.PreviousRoundCountsThenRandom:
            case TiebreakMode.PreviousRoundCountsThenAsk:
                var contention = tied;
                for (var r = _round - 1; r > 0; r--)
                {
                    var byTally = TallyToCandidates(_rounds[r - 1], JavaHashOrder.Order(contention));
                    var extreme = selectingWinner ? byTally.Last().Value : byTally.First().Value;
                    if (extreme.Count == 1)
                    {
                        return extreme[0];
                    }
                    contention = extreme;
                }
                if (_rules.TiebreakMode == TiebreakMode.PreviousRoundCountsThenAsk)
                {
                    throw Interactive(contention);
                }
                return Draw(contention);
            default:
                throw Interactive(tied);
        }
    }

    private string Draw(List<string> tied)
    {
        var sorted = tied.Order(StringComparer.Ordinal).ToList();
        var index = (int)Math.Floor(_random!.NextDouble() * sorted.Count);
        return sorted[index];
    }

    private RankedTabulationException Interactive(IEnumerable<string> tied) =>
        new($"round {_round}: a tie between {string.Join(", ", tied)} needs an interactive decision (tiebreakMode {_rules.TiebreakMode}), which this tabulator does not take");

    private void UpdateWinnerTallies()
    {
        var tally = _rounds[^1];
        var previous = _rounds.Count > 1 ? _rounds[^2] : null;
        var toProcess = _winnerOrder.Where(w => _winnerToRound[w] != _round).ToList();
        var needComputation = toProcess.Where(w => _winnerToRound[w] == _round - 1).ToHashSet(StringComparer.Ordinal);
        foreach (var w in toProcess)
        {
            tally.Set(w, needComputation.Contains(w) ? 0m : previous!.Votes[w]);
            foreach (var (key, slice) in _currentSlices)
            {
                var rounds = _sliceRounds[key];
                slice.Set(w, needComputation.Contains(w) ? 0m : rounds[^2].Votes[w]);
            }
        }
        if (needComputation.Count == 0)
        {
            return;
        }
        foreach (var cvr in _ballots)
        {
            foreach (var (winner, value) in cvr.WinnerValue)
            {
                if (needComputation.Contains(winner))
                {
                    tally.Add(winner, value);
                    foreach (var s in cvr.Slices)
                    {
                        _currentSlices[s].Add(winner, value);
                    }
                }
            }
        }
        foreach (var w in toProcess.Where(needComputation.Contains))
        {
            var residual = tally.Votes[w] - tally.Threshold;
            if (residual > 0)
            {
                tally.Residual += residual;
                tally.Set(w, tally.Threshold);
                AddTransfer(_transfers, _round, w, ResidualSurplus, residual);
            }
        }
    }

    private RankedResult BuildResult()
    {
        var main = Build(_rounds, _transfers);
        var slices = _sliceRounds.Select(kv =>
        {
            var parts = kv.Key.Split(SliceSeparator);
            return new RankedSlice(parts[0], parts[1], Build(kv.Value, _sliceTransfers[kv.Key]));
        }).ToList();
        return main with { Slices = slices };
    }

    private RankedResult Build(List<RoundData> data, Dictionary<int, Dictionary<string, Dictionary<string, decimal>>> transfersByRound)
    {
        var rounds = new List<RankedRound>();
        // RCTab's ResultsWriter lists each round's elected and eliminated candidates sorted by name,
        // not in the order the decisions were taken.
        var electedOrder = _winnerOrder.Order(StringComparer.Ordinal).ToList();
        var eliminatedOrder = _eliminatedOrderList.Order(StringComparer.Ordinal).ToList();
        for (var r = 1; r <= data.Count; r++)
        {
            var round = data[r - 1];
            var transfers = new Dictionary<string, IReadOnlyDictionary<string, decimal>>(StringComparer.Ordinal);
            if (transfersByRound.TryGetValue(r + 1, out var next))
            {
                foreach (var (source, targets) in next)
                {
                    transfers[source] = targets;
                }
            }
            rounds.Add(new RankedRound(
                r,
                round.Votes,
                round.Threshold,
                round.Inactive,
                electedOrder.Where(c => _winnerToRound[c] == r).ToList(),
                eliminatedOrder.Where(c => _eliminatedToRound[c] == r).ToList(),
                transfers,
                round.Residual)
            {
                TieResolved = _tieResolved.Where(t => t.Round == r).Select(t => t.Candidate).ToHashSet(StringComparer.Ordinal),
            });
        }
        var first = data.Count > 0 ? data[0] : null;
        return new RankedResult(
            rounds,
            _winnerOrder,
            first is null ? 0m : first.ActiveSum + first.InactiveSum,
            first?.Inactive.GetValueOrDefault(InactiveReason.DidNotRankAnyCandidates) ?? 0m,
            _contest.Candidates.Count,
            _rules.NumberOfWinners)
        { UsesSurpluses = _rules.UsesSurpluses, NumContinuingCandidates = NumCandidates };
    }
}
