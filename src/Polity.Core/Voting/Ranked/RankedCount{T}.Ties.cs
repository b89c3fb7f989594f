using Polity.Core.Primitives;

namespace Polity.Core.Voting.Ranked;

internal sealed partial class RankedCount<T>
{
    /// <summary>
    /// Batch elimination as RCTab: going up from the lowest tally, every candidate whose votes together
    /// cannot reach the next candidate's are eliminated at once.
    /// </summary>
    private List<int> BatchEliminate(Fraction?[] tally)
    {
        var groups = new SortedDictionary<Fraction, List<int>>();
        for (var c = 0; c < _n; c++)
        {
            if (IsContinuing(c))
            {
                var v = tally[c]!.Value;
                if (!groups.TryGetValue(v, out var list))
                {
                    groups[v] = list = [];
                }
                list.Add(c);
            }
        }
        var running = Fraction.Zero;
        var seen = new List<int>();
        var eliminated = new List<int>();
        var previous = new List<int>();
        foreach (var (votes, candidates) in groups)
        {
            var next = new List<int>(eliminated);
            if (running < votes)
            {
                next.AddRange(seen.Where(c => !next.Contains(c)));
            }
            running += votes * candidates.Count;
            seen.AddRange(candidates);
            if (next.Count > eliminated.Count)
            {
                previous = eliminated;
                eliminated = next;
            }
        }
        if (_options.ContinueUntilTwo && eliminated.Count + EliminatedCount() == _n - 1)
        {
            eliminated = previous;
        }
        return eliminated;
    }

    private int BreakTie(List<int> tied, bool selectingWinner)
    {
        _tieBroken = true;
        switch (_options.TieBreak)
        {
            case TiebreakMode.UseCandidateOrder:
            case TiebreakMode.GeneratePermutation:
                var order = selectingWinner ? _permutation : _permutation.Reverse();
                return order.Select(name => tied.FirstOrDefault(c => _names[c] == name, -1)).First(c => c >= 0);
            case TiebreakMode.PreviousRoundCountsThenRandom:
                var contention = tied;
                // The rounds before this one, latest first: the candidate alone at the extreme there decides.
                for (var r = _tallies.Count - 2; r >= 0; r--)
                {
                    var earlier = _tallies[r];
                    var extreme = selectingWinner ? contention.Max(c => earlier[c]!.Value) : contention.Min(c => earlier[c]!.Value);
                    var at = contention.Where(c => earlier[c]!.Value == extreme).ToList();
                    if (at.Count == 1)
                    {
                        return at[0];
                    }
                    contention = at;
                }
                return Draw(contention);
            default:
                return Draw(tied);
        }
    }

    /// <summary>RCTab's draw: the tied names in ordinal order, index ⌊nextDouble × count⌋.</summary>
    private int Draw(List<int> tied)
    {
        var sorted = tied.OrderBy(c => _names[c], StringComparer.Ordinal).ToList();
        return sorted[(int)Math.Floor(_random!.NextDouble() * sorted.Count)];
    }
}
