namespace Polity.Core.Rounds;

/// <summary>
/// A round's outcome, computed from the log alone (<see cref="RoundTally.Of"/>): a line per eligible application,
/// and what is left of the pool once the selected applications are paid.
/// </summary>
/// <param name="Round">The round's id.</param>
/// <param name="Final">True once voting has closed; before, the standings so far.</param>
/// <param name="Lines">Each eligible application, in grant-number order.</param>
/// <param name="Pool">The pool the round opened with, minor units.</param>
/// <param name="Awarded">The sum of the selected lines' amounts.</param>
/// <param name="Remainder">What stays in the round's account after every award: pool plus contributions minus awards.</param>
public sealed record RoundResult(string Round, bool Final, IReadOnlyList<RoundLine> Lines, long Pool, long Awarded, long Remainder)
{
    /// <summary>The selected lines, in grant-number order.</summary>
    public IEnumerable<RoundLine> Selected => Lines.Where(l => l.Selected);
}

/// <summary>One application's standing in a round.</summary>
/// <param name="Grant">The application's number.</param>
/// <param name="Title">Its title.</param>
/// <param name="Cost">What it asked for, minor units.</param>
/// <param name="Votes">Ballots naming it (pb) or contributors to it (qf).</param>
/// <param name="Score">Points on cumulative ballots (else equal to votes) in pb; contributions in minor units in qf.</param>
/// <param name="Matched">Its share of the matching pool (qf); 0 in pb.</param>
/// <param name="Selected">True when the result funds it.</param>
/// <param name="Amount">What an award pays it: its cost (pb) or contributions plus match (qf); 0 when not selected.</param>
public sealed record RoundLine(long Grant, string Title, long Cost, long Votes, long Score, long Matched, bool Selected, long Amount);
