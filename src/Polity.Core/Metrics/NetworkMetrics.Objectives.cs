using Polity.Core.State;

namespace Polity.Core.Metrics;

public static partial class NetworkMetrics
{
    /// <summary>
    /// Each objective's progress at <paramref name="at"/>: its latest reported value (the baseline before any
    /// report), the exact share of the way from baseline to target, met when the share reaches 1, overdue when
    /// not met and <paramref name="at"/> is past the deadline.
    /// </summary>
    private static List<ObjectiveMetrics> Objectives(NetworkState state, long at) =>
        [.. state.Objectives.Values.Select(o =>
        {
            var p = o.Progress(at);
            return new ObjectiveMetrics(o.Id, o.Title, o.Unit, o.Baseline, p.Current, o.Target, o.Deadline, o.Reports.Count, p.Share, p.Met, p.Overdue);
        })];
}
