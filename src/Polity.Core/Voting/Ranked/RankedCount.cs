using System.Collections.Frozen;
using Polity.Core.Events;

namespace Polity.Core.Voting.Ranked;

/// <summary>
/// Exact instant-runoff and single-transferable-vote counts of Polity's own ranked ballots, with the
/// semantics of <see cref="RankedTabulator"/> (RCTab) for every rule option our ballots can meet, but in
/// exact rational arithmetic: weights are fractions and surplus transfer values are never truncated.
/// Fast on large counts: ballots sit in their current candidate's pile and only the piles of eliminated
/// or elected candidates are re-read; a ballot's next choice is looked up only when it moves.
/// </summary>
public static class RankedCount
{
    /// <summary>Marks a skipped rank on a ballot (<c>polity proposal vote 7 a _ c</c>).</summary>
    public const string SkippedRank = "_";

    /// <summary>
    /// Counts <paramref name="ballots"/> among <paramref name="candidates"/> (option names, in option
    /// order). Ballots must have passed the ranked ballot check: each choice a candidate or
    /// <see cref="SkippedRank"/>, or the ballot is only <c>abstain</c>.
    /// </summary>
    public static RankedOutcome Run(IReadOnlyList<string> candidates, IReadOnlyList<WeightedBallot> ballots, RankedCountOptions options)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(options);
        var codes = candidates.Select((c, i) => KeyValuePair.Create(c, i))
            .Append(KeyValuePair.Create(SkippedRank, -1))
            .Append(KeyValuePair.Create(ProposalOption.Abstain, -2))
            .ToFrozenDictionary(StringComparer.Ordinal);
        // Whole weights whose sum fits a long (one member one vote, stake) are read in the same pass as the
        // first choices; anything else is scaled to a common denominator first.
        var whole = new RankedCount<long>(candidates, codes, ballots, System.Numerics.BigInteger.One, options);
        if (whole.TryLoad(wholeOnly: true))
        {
            return whole.Run();
        }
        var denominator = WeightScale.CommonDenominator(ballots);
        if (WeightScale.FitsInLong(ballots, denominator))
        {
            var scaled = new RankedCount<long>(candidates, codes, ballots, denominator, options);
            scaled.TryLoad(wholeOnly: false);
            return scaled.Run();
        }
        var big = new RankedCount<System.Numerics.BigInteger>(candidates, codes, ballots, denominator, options);
        big.TryLoad(wholeOnly: false);
        return big.Run();
    }
}
