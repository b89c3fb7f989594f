using System.Collections.Immutable;
using System.Numerics;
using Polity.Core.Primitives;

namespace Polity.Core.Map;

/// <summary>A network objective with its measure, baseline, target and deadline, and every progress report on it.</summary>
/// <param name="Id">Short id.</param>
/// <param name="Title">One line.</param>
/// <param name="Measure">What is counted.</param>
/// <param name="Unit">The unit of the count.</param>
/// <param name="Baseline">The count when it was set.</param>
/// <param name="Target">The count that meets it.</param>
/// <param name="Deadline">When it should be met (unix seconds).</param>
/// <param name="Description">Free text.</param>
/// <param name="SetAt">When it was first set.</param>
public sealed record Objective(string Id, string Title, string Measure, string Unit, long Baseline, long Target, long Deadline, string Description, long SetAt)
{
    /// <summary>Progress reports, oldest first.</summary>
    public ImmutableList<ProgressReport> Reports { get; init; } = [];

    /// <summary>The measure's latest reported count, or the baseline before any report.</summary>
    public long Current => Reports.Count > 0 ? Reports[^1].Value : Baseline;

    /// <summary>
    /// Where the objective stands at <paramref name="now"/>. The share is exact:
    /// (current − baseline) / (target − baseline), so 0 at the baseline and 1 at the target, in either direction;
    /// it may fall below 0 (things got worse) or rise above 1 (overshot). The percentage is its floor in whole
    /// percent, clamped to 0..100 for display.
    /// </summary>
    public ObjectiveProgress Progress(long now)
    {
        var share = new Fraction(new BigInteger(Current) - Baseline, new BigInteger(Target) - Baseline);
        var percent = (int)BigInteger.Clamp((share * 100).Floor(), 0, 100);
        var met = share >= 1;
        return new ObjectiveProgress(Id, Current, share, percent, met, !met && now > Deadline);
    }
}

/// <summary>One report of where an objective's measure stands.</summary>
/// <param name="Value">The count.</param>
/// <param name="Evidence">How it was counted.</param>
/// <param name="By">Who reported it.</param>
/// <param name="At">When.</param>
public sealed record ProgressReport(long Value, string Evidence, Address By, long At);

/// <summary>An objective's progress, as <see cref="Objective.Progress"/> computes it.</summary>
/// <param name="Objective">The objective's id.</param>
/// <param name="Current">The latest count (the baseline before any report).</param>
/// <param name="Share">Exact share of the way from baseline to target.</param>
/// <param name="Percent">⌊share × 100⌋, clamped to 0..100.</param>
/// <param name="Met">The target is reached (share ≥ 1).</param>
/// <param name="Overdue">Not met and the deadline has passed.</param>
public sealed record ObjectiveProgress(string Objective, long Current, Fraction Share, int Percent, bool Met, bool Overdue);
