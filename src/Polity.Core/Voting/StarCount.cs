using System.Numerics;

namespace Polity.Core.Voting;

/// <summary>
/// The STAR count over scaled whole-number weights: totals, finalists with the official tie-breaks, runoff.
/// </summary>
internal sealed class StarCount(List<(BigInteger Weight, long[] Scores)> ballots, int n, long max)
{
    private readonly List<string> _tieBreaks = [];

    /// <summary>Total score per candidate (weight × score).</summary>
    public BigInteger[] Totals { get; } = Sum(ballots, n);

    /// <summary>Weight of every ballot counted (none abstained).</summary>
    public BigInteger Weight { get; } = ballots.Aggregate(BigInteger.Zero, (s, x) => s + x.Weight);

    /// <summary>Finalists, runoff preferences (first, second, no preference), winner (null when no candidate was scored), tie-breaks used.</summary>
    public (IReadOnlyList<int> Finalists, IReadOnlyList<BigInteger> Preferences, int? Winner, IReadOnlyList<string> TieBreaks) Run()
    {
        if (n == 0 || Totals.All(t => t.IsZero))
        {
            return ([], [], null, []);
        }
        if (n == 1)
        {
            return ([0], [], 0, []);
        }
        var order = Enumerable.Range(0, n).OrderByDescending(c => Totals[c]).ThenBy(c => c).ToList();
        var first = Advance(order, 0);
        var second = Advance(order.Where(c => c != first).ToList(), 1);
        var a = Prefer(first, second);
        var b = Prefer(second, first);
        var none = Weight - a - b;
        int winner;
        if (a != b)
        {
            winner = a > b ? first : second;
        }
        else if (Totals[first] != Totals[second])
        {
            winner = Totals[first] > Totals[second] ? first : second;
            _tieBreaks.Add("runoff tied: the finalist with the higher score wins");
        }
        else if (MaxRatings(first) != MaxRatings(second))
        {
            winner = MaxRatings(first) > MaxRatings(second) ? first : second;
            _tieBreaks.Add($"runoff and scores tied: the finalist with more {max}s wins");
        }
        else
        {
            winner = Math.Min(first, second);
            _tieBreaks.Add("runoff, scores and top ratings tied: option order decides");
        }
        return ([first, second], [a, b, none], winner, _tieBreaks);
    }

    /// <summary>
    /// The next finalist from <paramref name="order"/> (by total, descending). Candidates tied on total are
    /// separated by head-to-head wins among themselves, then by number of top ratings, then by option order.
    /// </summary>
    private int Advance(List<int> order, int slot)
    {
        var top = Totals[order[0]];
        var tied = order.Where(c => Totals[c] == top).ToList();
        if (tied.Count == 1)
        {
            return tied[0];
        }
        if (slot == 0 && tied.Count == 2)
        {
            return tied.Min(); // both are finalists: nothing to break
        }
        var label = slot == 0 ? "first finalist" : "second finalist";
        var byHeadToHead = Best(tied, c => tied.Count(o => o != c && Prefer(c, o) > Prefer(o, c)));
        if (byHeadToHead.Count == 1)
        {
            _tieBreaks.Add($"{label}: tied on score, chosen head to head");
            return byHeadToHead[0];
        }
        var byMax = Best(byHeadToHead, c => MaxRatings(c));
        _tieBreaks.Add(byMax.Count == 1 ? $"{label}: tied on score and head to head, chosen by top ratings" : $"{label}: fully tied, option order decides");
        return byMax.Min();
    }

    private static List<int> Best<TKey>(List<int> candidates, Func<int, TKey> key)
        where TKey : IComparable<TKey>
    {
        var best = candidates.Max(key)!;
        return candidates.Where(c => key(c).CompareTo(best) == 0).ToList();
    }

    /// <summary>Weight of ballots scoring <paramref name="a"/> above <paramref name="b"/>.</summary>
    private BigInteger Prefer(int a, int b) =>
        ballots.Where(x => x.Scores[a] > x.Scores[b]).Aggregate(BigInteger.Zero, (s, x) => s + x.Weight);

    private BigInteger MaxRatings(int c) =>
        ballots.Where(x => x.Scores[c] == max).Aggregate(BigInteger.Zero, (s, x) => s + x.Weight);

    private static BigInteger[] Sum(List<(BigInteger Weight, long[] Scores)> ballots, int n)
    {
        var totals = new BigInteger[n];
        foreach (var (w, scores) in ballots)
        {
            for (var c = 0; c < n; c++)
            {
                totals[c] += w * scores[c];
            }
        }
        return totals;
    }
}
