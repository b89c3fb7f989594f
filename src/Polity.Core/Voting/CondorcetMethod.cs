using System.Numerics;
using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Core.Voting;

/// <summary>
/// Condorcet methods over ranked ballots: Schulze (strongest paths, the default) or Copeland (pairwise wins).
/// A ballot ranks some or all candidates; unranked candidates rank below every ranked one, equal among
/// themselves. Candidates are ordered by wins (+½ per tie) in the chosen relation, equal wins by average
/// pairwise support, then by option order; the first <c>seats</c> are elected.
/// </summary>
public sealed class CondorcetMethod : IVotingMethod
{
    /// <summary>The <c>variant</c> setting.</summary>
    public const string VariantSetting = "variant";

    /// <inheritdoc />
    public string Name => "condorcet";

    /// <inheritdoc />
    public IReadOnlyList<MethodParameter> Parameters { get; } =
    [
        MethodParameter.OneOf(VariantSetting,
            "schulze: a candidate beats another when its strongest path to it is stronger; copeland: when more voters prefer it head to head",
            "schulze", "copeland"),
        MethodParameter.WholeNumber(RankedMethod.SeatsSetting, "how many of the top of the ranking are elected", 1, 1, 100),
    ];

    /// <inheritdoc />
    public bool MultipleWinners(MethodSettings settings) => settings.Whole(RankedMethod.SeatsSetting, 1) > 1;

    /// <inheritdoc />
    public string? CheckBallot(Ballot ballot, IReadOnlyList<ProposalOption> options, MethodSettings settings)
    {
        if (ballot.Amounts is not null)
        {
            return "a condorcet ballot lists options in order of preference, without numbers";
        }
        if (ballot.IsAbstention)
        {
            return null;
        }
        if (ballot.Choices.Count == 0)
        {
            return "a condorcet ballot ranks at least one option";
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return ballot.Choices.Select(choice => CandidateOptions.Check(choice, options, seen, "rank")).FirstOrDefault(problem => problem is not null);
    }

    /// <inheritdoc />
    public HouseCount Count(HouseBallots house)
    {
        var options = house.Options;
        var candidates = CandidateOptions.Names(options);
        var n = candidates.Count;
        var index = CandidateOptions.Index(candidates);
        var denominator = WeightScale.CommonDenominator(house.Ballots);
        var d = new BigInteger[n, n];
        var decisive = BigInteger.Zero;
        var abstained = BigInteger.Zero;
        var position = new int[n];
        foreach (var ballot in house.Ballots)
        {
            var w = WeightScale.Scale(ballot.Weight, denominator);
            if (ballot.Ballot.IsAbstention)
            {
                abstained += w;
                continue;
            }
            decisive += w;
            Array.Fill(position, int.MaxValue);
            var choices = ballot.Ballot.Choices;
            for (var r = 0; r < choices.Count; r++)
            {
                position[index[choices[r]]] = r;
            }
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    if (position[i] < position[j])
                    {
                        d[i, j] += w;
                    }
                }
            }
        }
        var pairwise = Matrix(d, denominator);
        var schulze = house.Settings.Word(VariantSetting, "schulze") == "schulze";
        var strength = schulze ? StrongestPaths(pairwise) : null;
        var relation = strength ?? pairwise;
        var total = new Fraction(decisive, denominator);
        var scores = Enumerable.Range(0, n).Select(i => Score(relation, pairwise, i, total)).ToList();
        var ranking = Enumerable.Range(0, n).OrderByDescending(i => scores[i]).ThenBy(i => i).ToList();
        var seats = (int)house.Settings.Whole(RankedMethod.SeatsSetting, 1);
        var sum = scores.Aggregate(Fraction.Zero, (a, s) => a + s);
        var support = new Fraction[options.Count];
        for (var o = 0; o < options.Count; o++)
        {
            support[o] = options[o].Name == ProposalOption.Abstain ? new Fraction(abstained, denominator)
                : index.TryGetValue(options[o].Name, out var c) ? Share(scores[c], sum, total, n)
                : Fraction.Zero;
        }
        var winners = decisive.IsZero ? []
            : CandidateOptions.OptionIndexes(options, ranking.Take(seats).Select(c => candidates[c]));
        var detail = new CondorcetDetail(schulze ? "schulze" : "copeland", candidates, CondorcetDetail.Rows(pairwise),
            strength is null ? null : CondorcetDetail.Rows(strength),
            scores, ranking.Select(c => candidates[c]).ToList());
        return new HouseCount(support, total) { Winners = winners, Detail = detail };
    }

    /// <summary>Snapshot's normalisation: the decisive weight shared out in proportion to the scores (equally when all are zero).</summary>
    private static Fraction Share(Fraction score, Fraction sum, Fraction total, int n) =>
        sum.IsZero ? total / n : score / sum * total;

    /// <summary>
    /// Wins + ½ per tie against every other candidate in the relation, plus a quarter of the candidate's average
    /// pairwise support (the share of decisive weight preferring it, averaged over opponents). The quarter never
    /// reaches the ½ between win counts, so it only orders candidates with equal wins.
    /// </summary>
    private static Fraction Score(Fraction[,] relation, Fraction[,] pairwise, int i, Fraction total)
    {
        var n = relation.GetLength(0);
        var wins = Fraction.Zero;
        var support = Fraction.Zero;
        for (var j = 0; j < n; j++)
        {
            if (j == i)
            {
                continue;
            }
            var cmp = relation[i, j].CompareTo(relation[j, i]);
            wins += cmp > 0 ? new Fraction(1, 1) : cmp == 0 ? new Fraction(1, 2) : Fraction.Zero;
            support += pairwise[i, j];
        }
        var average = n < 2 || total.IsZero ? Fraction.Zero : support / total / (n - 1);
        return wins + average / 4;
    }

    private static Fraction[,] Matrix(BigInteger[,] d, BigInteger denominator)
    {
        var n = d.GetLength(0);
        var m = new Fraction[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                m[i, j] = new Fraction(d[i, j], denominator);
            }
        }
        return m;
    }

    /// <summary>Schulze's widest paths (Floyd–Warshall): the strength of the strongest path of pairwise wins from i to j.</summary>
    public static Fraction[,] StrongestPaths(Fraction[,] pairwise)
    {
        ArgumentNullException.ThrowIfNull(pairwise);
        var n = pairwise.GetLength(0);
        var p = new Fraction[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                p[i, j] = i != j && pairwise[i, j] > pairwise[j, i] ? pairwise[i, j] : Fraction.Zero;
            }
        }
        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < n; i++)
            {
                if (i == k)
                {
                    continue;
                }
                for (var j = 0; j < n; j++)
                {
                    if (j == i || j == k)
                    {
                        continue;
                    }
                    var through = p[i, k] < p[k, j] ? p[i, k] : p[k, j];
                    if (through > p[i, j])
                    {
                        p[i, j] = through;
                    }
                }
            }
        }
        return p;
    }
}
