namespace Polity.Core.Voting.Ranked;

/// <summary>The candidates of a contest, in configured order.</summary>
/// <param name="Candidates">Declared names (and <see cref="RankedTabulator.UndeclaredWriteIns"/> when write-ins are counted).</param>
/// <param name="Excluded">Names that stay on ballots but never count.</param>
public sealed record RankedContest(IReadOnlyList<string> Candidates, IReadOnlySet<string> Excluded);
