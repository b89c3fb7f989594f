namespace Polity.Engine.Tabulation;

/// <summary>One entry of <c>cvrFileSources</c>; indexes are 1-based as in RCTab.</summary>
/// <param name="Provider"><c>ess</c>, <c>genericCsv</c>, <c>clearBallot</c>, <c>cdf</c>, <c>dominion</c> or <c>hart</c>.</param>
/// <param name="FilePath">File or folder, relative to the config.</param>
/// <param name="ContestId">The contest to read (id, or name for CDF).</param>
/// <param name="FirstVoteColumnIndex">First ranking column.</param>
/// <param name="FirstVoteRowIndex">First ballot row.</param>
/// <param name="IdColumnIndex">Record id column.</param>
/// <param name="PrecinctColumnIndex">Precinct column.</param>
/// <param name="BatchColumnIndex">Batch column.</param>
/// <param name="OvervoteDelimiter">Separator of several candidates in one cell.</param>
/// <param name="OvervoteLabel">Cell text meaning an overvote.</param>
/// <param name="SkippedRankLabel">Cell text meaning a skipped rank.</param>
/// <param name="UndeclaredWriteInLabel">Cell text (or candidate id) meaning an undeclared write-in.</param>
/// <param name="TreatBlankAsUndeclaredWriteIn">A blank cell is an undeclared write-in.</param>
public sealed record RctabCvrSource(
    string Provider,
    string FilePath,
    string ContestId,
    int? FirstVoteColumnIndex,
    int? FirstVoteRowIndex,
    int? IdColumnIndex,
    int? PrecinctColumnIndex,
    int? BatchColumnIndex,
    string OvervoteDelimiter,
    string OvervoteLabel,
    string SkippedRankLabel,
    string UndeclaredWriteInLabel,
    bool TreatBlankAsUndeclaredWriteIn);
