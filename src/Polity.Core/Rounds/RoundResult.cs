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
