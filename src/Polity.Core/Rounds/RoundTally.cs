using System.Globalization;
using System.Numerics;
using Polity.Core.Events;
using Polity.Core.Funding.Budgeting;
using Polity.Core.Funding.QuadraticFunding;
using Polity.Core.Grants;
using Polity.Core.State;

namespace Polity.Core.Rounds;

/// <summary>
/// Computes a round's result from the state the log folds to, with the allocation rules in <c>Polity.Core.Funding</c>.
/// Inputs are put in a canonical order first (applications by number, ballots by voter, contributions by application
/// then contributor), so the result never depends on the order ballots or contributions arrived in.
/// </summary>
public static class RoundTally
{
    /// <summary>The result (final once <paramref name="state"/>'s clock has passed the end of voting).</summary>
    public static RoundResult Of(NetworkState state, Round round)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(round);
        var candidates = Candidates(state, round);
        var lines = round.IsBudgeting ? Budgeting(round, candidates) : Quadratic(state, round, candidates);
        var awarded = lines.Where(l => l.Selected).Sum(l => l.Amount);
        var given = round.Contributions.Sum(c => c.Amount);
        return new RoundResult(round.Id, round.PhaseAt(state.Now) == RoundPhase.Result, lines, round.Plan.Pool, awarded, round.Plan.Pool + given - awarded);
    }

    /// <summary>The applications on the ballot: those of the round a reviewer found eligible, by number.</summary>
    public static IReadOnlyList<Grant> Candidates(NetworkState state, Round round)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(round);
        return round.Applications.Select(id => state.Grants[id]).Where(g => g.Review?.Eligible == true).OrderBy(g => g.Id).ToList();
    }

    /// <summary>
    /// The award actions that carry the result out, one per selected application, paid from the round's account. A
    /// pb award is the amount requested with the proposed milestones; a qf award scales each proposed milestone to the
    /// amount (rounded down, the last milestone taking what rounding left).
    /// </summary>
    public static IReadOnlyList<ProposalAction.AwardGrant> Awards(NetworkState state, Round round)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(round);
        return Of(state, round).Selected
            .Select(l => (Line: l, Grant: state.Grants[l.Grant]))
            .Select(x => new ProposalAction.AwardGrant(x.Grant.Id, x.Grant.Recipient, x.Grant.Asset, x.Line.Amount,
                Scale(x.Grant.Proposed, x.Grant.Requested, x.Line.Amount), "", round.Id))
            .ToList();
    }

    /// <summary>Milestones scaled from <paramref name="requested"/> to <paramref name="amount"/>: each rounded down, the last taking the rest.</summary>
    public static IReadOnlyList<MilestonePlan> Scale(IReadOnlyList<MilestonePlan> proposed, long requested, long amount)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        if (amount == requested || proposed.Count == 0 || requested <= 0)
        {
            return proposed;
        }
        var scaled = proposed.Select(m => m with { Amount = (long)((BigInteger)m.Amount * amount / requested) }).ToList();
        scaled[^1] = scaled[^1] with { Amount = amount - scaled.Take(scaled.Count - 1).Sum(m => m.Amount) };
        return scaled;
    }

    private static List<RoundLine> Budgeting(Round round, IReadOnlyList<Grant> candidates)
    {
        var cumulative = round.Plan.Ballot == "cumulative";
        var projects = candidates.Select(g => new PbProject(Key(g.Id), g.Requested)).ToList();
        var ballots = round.Ballots.OrderBy(kv => kv.Key.Value, StringComparer.Ordinal)
            .Select(kv => new PbBallot(kv.Value.Grants.Select(Key).ToList(), cumulative ? kv.Value.Points : null))
            .ToList();
        var instance = new PbInstance(round.Plan.Pool, projects, ballots, cumulative ? PbVoteType.Cumulative : PbVoteType.Approval);
        var selected = new PbRule(RoundKinds.PbRuleName(round.Plan)).Apply(instance).Selected.ToHashSet(StringComparer.Ordinal);
        return candidates.Select(g => new RoundLine(g.Id, g.Title, g.Requested, instance.VotesOf(Key(g.Id)), instance.ScoreOf(Key(g.Id)), 0,
            selected.Contains(Key(g.Id)), selected.Contains(Key(g.Id)) ? g.Requested : 0)).ToList();
    }

    private static List<RoundLine> Quadratic(NetworkState state, Round round, IReadOnlyList<Grant> candidates)
    {
        var contributions = round.Contributions
            .OrderBy(c => c.Grant).ThenBy(c => c.Contributor.Value, StringComparer.Ordinal).ThenBy(c => c.Amount)
            .Select(c => new Contribution(c.Contributor.Value, Key(c.Grant), c.Amount))
            .ToList();
        var variant = round.Plan.Rule switch
        {
            "pairwise" => QfVariant.Pairwise,
            "cocm" => QfVariant.Cocm,
            _ => QfVariant.Linear,
        };
        var clusters = variant == QfVariant.Cocm ? RoundClusters.Of(round, state.Charter.Charter.Houses.Select(h => h.Id), state.Map) : null;
        var options = new LinearQfOptions(MatchingCapAmount: round.Plan.Cap is { } cap ? cap : null);
        var results = ClusteredQf.Calculate(variant, contributions, round.Plan.Pool, options, clusters)
            .ToDictionary(r => r.Recipient, StringComparer.Ordinal);
        return candidates.Select(g =>
        {
            var r = results.GetValueOrDefault(Key(g.Id));
            var (count, total, matched) = r is null ? (0L, 0L, 0L) : ((long)r.ContributionsCount, (long)r.TotalReceived, (long)r.Matched);
            return new RoundLine(g.Id, g.Title, g.Requested, count, total, matched, total > 0, total > 0 ? total + matched : 0);
        }).ToList();
    }

    private static string Key(long grant) => grant.ToString(CultureInfo.InvariantCulture);
}
