using Polity.Core.Primitives;

namespace Polity.Core.Metrics;

/// <summary>One objective's progress at a moment.</summary>
/// <param name="Objective">Objective id.</param>
/// <param name="Title">Title.</param>
/// <param name="Unit">Unit of its measure.</param>
/// <param name="Baseline">Value when it was set.</param>
/// <param name="Current">Latest reported value, or the baseline before any report.</param>
/// <param name="Target">Value to reach.</param>
/// <param name="Deadline">When the target is due, Unix seconds.</param>
/// <param name="Reports">Progress reports so far.</param>
/// <param name="Share">(Current − Baseline) / (Target − Baseline), exact; may fall below 0 or pass 1.</param>
/// <param name="Met">Share ≥ 1.</param>
/// <param name="Overdue">Not met and the moment is past the deadline.</param>
public sealed record ObjectiveMetrics(
    string Objective, string Title, string Unit, long Baseline, long Current, long Target, long Deadline, int Reports, Fraction Share, bool Met, bool Overdue);
