namespace Polity.Core.Funding.Budgeting;

/// <summary>
/// How a greedy rule runs. <see cref="Skip"/> true is Pabulib's <c>greedy</c> (a project that no longer fits is
/// passed over and the next one tried); false is <c>greedy-no-skip</c> (selection stops at the first project that
/// does not fit). <see cref="MinimumScore"/> drops projects whose ranking value is below it before anything is
/// selected (<c>greedy-threshold</c>, and any file with <c>min_project_score_threshold</c>).
/// </summary>
public sealed record GreedyOptions(GreedyRanking Ranking = GreedyRanking.Votes, bool Skip = true, long? MinimumScore = null)
{
    /// <summary>Pabulib's <c>greedy</c> by votes.</summary>
    public static GreedyOptions Default { get; } = new();
}
