using System.Globalization;
using Polity.Core.Primitives;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Core.Voting;

namespace Polity.Core.Metrics;

/// <summary>
/// Computes the metrics of a network state at a moment. Pure: the state, the proposals' origin houses and
/// the moment are all it reads. <see cref="MetricsHistory"/> folds a log and calls it once per month.
/// </summary>
public static partial class NetworkMetrics
{
    private static readonly ProposalStatus[] PassedStatuses =
        [ProposalStatus.Succeeded, ProposalStatus.Queued, ProposalStatus.Vetoed, ProposalStatus.Executed, ProposalStatus.Expired];

    /// <summary>The snapshot of <paramref name="state"/> at <paramref name="at"/>.</summary>
    /// <param name="state">The state.</param>
    /// <param name="origins">Each proposal's origin houses (its author's houses when it was created); a proposal missing here takes its author's houses now.</param>
    /// <param name="at">The moment, Unix seconds (decides which votes have closed and reputation decay).</param>
    public static MetricsSnapshot Snapshot(NetworkState state, IReadOnlyDictionary<long, IReadOnlyList<string>> origins, long at)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(origins);
        var closed = Closed(state, origins, at);
        var houses = state.Charter.Charter.Houses.Select(h => House(state, h, origins, closed, at)).ToList();
        return new MetricsSnapshot(Period(at), at, houses, Grants(state), Funds(state), Objectives(state, at));
    }

    /// <summary>Every proposal whose voting closed by <paramref name="at"/>, with its turnout per house.</summary>
    public static IReadOnlyList<ProposalMetrics> Closed(NetworkState state, IReadOnlyDictionary<long, IReadOnlyList<string>> origins, long at)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(origins);
        var result = new List<ProposalMetrics>();
        foreach (var p in state.Proposals.Values.OrderBy(p => p.Id))
        {
            if (p.SubmittedAt is null || p.CancelledAt is not null || at < p.VotingEndsAt)
            {
                continue;
            }
            var tally = Tallying.Tally(p, at);
            var houses = tally.Houses
                .Select(h => new HouseTurnout(h.House, h.Electorate, h.Ballots, h.ElectorateWeight, h.TurnoutWeight,
                    h.ElectorateWeight == 0 ? Fraction.Zero : h.TurnoutWeight / h.ElectorateWeight, h.Recused.Count))
                .ToList();
            var executed = p.ExecutedAt <= at ? p.ExecutedAt - p.CreatedAt : null;
            result.Add(new ProposalMetrics(p.Id, p.Title, OriginOf(state, origins, p), Lifecycle.StatusOf(p, at).ToString(),
                p.VotingEndsAt!.Value, executed, houses));
        }
        return result;
    }

    /// <summary>The calendar month (UTC) of a Unix time, <c>yyyy-MM</c>.</summary>
    public static string Period(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> OriginOf(NetworkState state, IReadOnlyDictionary<long, IReadOnlyList<string>> origins, Proposal p) =>
        origins.TryGetValue(p.Id, out var houses) ? houses : [.. state.HousesOf(p.Author)];

    private static HouseMetrics House(
        NetworkState state, Charters.House house, IReadOnlyDictionary<long, IReadOnlyList<string>> origins, IReadOnlyList<ProposalMetrics> closed, long at)
    {
        var members = state.MembersOf(house.Id);
        var weights = members.Values.ToDictionary(m => m.Member, m => state.WeightOf(house, m, at));
        var list = weights.Values.ToList();
        var total = list.Sum();
        var (largest, chain) = DelegationConcentration(state, house.Id, weights, total);
        var originated = state.Proposals.Values.Where(p => OriginOf(state, origins, p).Contains(house.Id)).ToList();
        var decided = closed.Where(c => c.OriginHouses.Contains(house.Id)).ToList();
        var passed = decided.Count(c => PassedStatuses.Any(s => s.ToString() == c.Status));
        var voted = closed.SelectMany(c => c.Houses).Where(h => h.House == house.Id).ToList();
        var executed = decided.Where(c => c.SecondsToExecution is not null).Select(c => c.SecondsToExecution!.Value).ToList();
        return new HouseMetrics(
            house.Id, members.Count, total,
            Concentration.Gini(list), Concentration.Nakamoto(list), Concentration.TopShare(list, 10),
            largest, chain,
            originated.Count, decided.Count, passed,
            decided.Count == 0 ? null : new Fraction(passed, decided.Count),
            voted.Count == 0 ? null : voted.Aggregate(Fraction.Zero, (s, h) => s + h.Turnout) / voted.Count,
            voted.Sum(h => h.Recused),
            executed.Count == 0 ? null : new Fraction(executed.Sum(), executed.Count));
    }
}
