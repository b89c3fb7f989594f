using Polity.Core.Primitives;

namespace Polity.Core.Voting.Ranked;

/// <summary>An exact ranked count: every round and the winners.</summary>
/// <param name="Rounds">Every round, in order.</param>
/// <param name="Winners">Candidate names in the order they were elected.</param>
/// <param name="Abstained">Weight of ballots that were only <c>abstain</c>.</param>
/// <param name="Ranked">Weight of ballots that ranked someone.</param>
public sealed record RankedOutcome(IReadOnlyList<RankedCountRound> Rounds, IReadOnlyList<string> Winners, Fraction Abstained, Fraction Ranked)
{
    /// <summary>The last round's tallies (empty when nobody ranked anyone).</summary>
    public IReadOnlyDictionary<string, Fraction> FinalTally =>
        Rounds.Count == 0 ? new Dictionary<string, Fraction>() : Rounds[^1].Tally;
}

/// <summary>One round of an exact ranked count.</summary>
/// <param name="Number">1-based round number.</param>
/// <param name="Tally">Votes per candidate still counted this round (winners show the value they keep), in option order.</param>
/// <param name="Quota">The quota this round (see <see cref="QuotaReachedAtEquality"/>).</param>
/// <param name="QuotaReachedAtEquality">True for the Hare quota (votes ≥ quota elect); false when votes must exceed it.</param>
/// <param name="Inactive">Weight of ballots no longer counting, by reason (cumulative).</param>
/// <param name="Elected">Candidates elected this round.</param>
/// <param name="Eliminated">Candidates eliminated this round.</param>
/// <param name="TieBroken">True when a tie-break decided this round.</param>
public sealed record RankedCountRound(
    int Number,
    IReadOnlyDictionary<string, Fraction> Tally,
    Fraction Quota,
    bool QuotaReachedAtEquality,
    IReadOnlyDictionary<InactiveReason, Fraction> Inactive,
    IReadOnlyList<string> Elected,
    IReadOnlyList<string> Eliminated,
    bool TieBroken);
