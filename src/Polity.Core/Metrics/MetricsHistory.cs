using Polity.Core.Events;
using Polity.Core.Rules;
using Polity.Core.State;

namespace Polity.Core.Metrics;

/// <summary>
/// Folds a log from its first event and takes a <see cref="MetricsSnapshot"/> at the end of every calendar
/// month (UTC) of the network clock, carrying the state through months in which nothing happened, plus one
/// for the month in progress at the network's present. It also records each proposal's origin houses (its
/// author's houses at creation), which the final state alone no longer knows. Pure.
/// </summary>
public static class MetricsHistory
{
    /// <summary>The metrics report of a whole log, in log order.</summary>
    /// <exception cref="ArgumentException">An empty log.</exception>
    public static MetricsReport Build(IEnumerable<(PolityEvent Event, EventContext Context)> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        NetworkState? state = null;
        var origins = new Dictionary<long, IReadOnlyList<string>>();
        var series = new List<MetricsSnapshot>();
        foreach (var (e, ctx) in log)
        {
            if (state is not null && e is ProposalCreated)
            {
                origins[state.Proposals.Count + 1] = [.. state.HousesOf(ctx.Author)];
            }
            var next = NetworkFold.Apply(state, e, ctx);
            if (state is not null)
            {
                // Every month that ended before this event: the state as it stood, read at the month's last second.
                for (var end = EndOfMonth(state.Now); end < next.Now; end = EndOfMonth(end + 1))
                {
                    series.Add(NetworkMetrics.Snapshot(state, origins, end));
                }
            }
            state = next;
        }
        if (state is null)
        {
            throw new ArgumentException("the log is empty", nameof(log));
        }
        var latest = NetworkMetrics.Snapshot(state, origins, state.Now);
        series.Add(latest);
        return new MetricsReport(state.Network, latest, series, NetworkMetrics.Closed(state, origins, state.Now));
    }

    /// <summary>The last second of the calendar month (UTC) that holds <paramref name="unixSeconds"/>.</summary>
    public static long EndOfMonth(long unixSeconds)
    {
        var t = DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
        return new DateTimeOffset(t.Year, t.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1).ToUnixTimeSeconds() - 1;
    }
}
