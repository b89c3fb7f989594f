namespace Polity.Engine.Tabulation;

/// <summary>One entry of <c>cvrFileSources</c>; indexes are 1-based as in RCTab.</summary>
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
