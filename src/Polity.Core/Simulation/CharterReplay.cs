using Polity.Core.Events;
using Polity.Core.Rules;
using Polity.Core.State;

namespace Polity.Core.Simulation;

/// <summary>
/// Replays a recorded history under a proposed charter and recounts every proposal. The history itself
/// stays as recorded — members, stakes, ballots, comments, vetoes, delegations and every executed action,
/// charter amendments included — and only the rules each proposal was decided by change: at each
/// submission from <c>fromSeq</c> on, the proposed charter's decision type of the same name fixes the
/// rules, the electorate (under the proposed charter's house weight rules) and the delegations, exactly as
/// the network's own fold does; the existing tally then counts the recorded ballots. Nothing cascades: a
/// proposal that would now fail still executed its actions in the record. Pure: the log is not written.
/// </summary>
public static partial class CharterReplay
{
    /// <summary>
    /// Recounts every submitted proposal of <paramref name="history"/>. With <paramref name="proposed"/>
    /// null the charter in force at each submission is kept (the recorded charter history), which must
    /// reproduce every recorded outcome.
    /// </summary>
    /// <param name="history">The log, from its first event.</param>
    /// <param name="proposed">The charter to simulate, or null for the recorded one.</param>
    /// <param name="fromSeq">The first seq whose submissions use <paramref name="proposed"/>; earlier ones keep the recorded charter.</param>
    public static ReplayReport Run(IEnumerable<(PolityEvent Event, EventContext Context)> history, CharterVersion? proposed, long fromSeq = 1)
    {
        ArgumentNullException.ThrowIfNull(history);
        NetworkState? state = null;
        var rules = new Dictionary<long, Proposal>();
        var unsimulable = new Dictionary<long, string>();
        foreach (var (e, ctx) in history)
        {
            if (state is not null && e is ProposalSubmitted submitted && proposed is not null && ctx.Seq >= fromSeq)
            {
                var id = submitted.Proposal;
                if (Unsimulable(state.Proposals[id], proposed) is { } why)
                {
                    unsimulable[id] = why;
                }
                else
                {
                    // The fold's own submission step, run on a copy of the state with the proposed charter in force.
                    rules[id] = NetworkFold.Apply(state with { Charter = proposed }, e, ctx).Proposals[id];
                }
            }
            state = NetworkFold.Apply(state, e, ctx);
            if (e is ProposalSubmitted recorded && !rules.ContainsKey(recorded.Proposal) && !unsimulable.ContainsKey(recorded.Proposal))
            {
                rules[recorded.Proposal] = state.Proposals[recorded.Proposal];
            }
        }
        if (state is null)
        {
            return new ReplayReport(proposed is null, [], SummaryMeasures.Of([]), SummaryMeasures.Of([]), []);
        }
        var comparisons = new List<ProposalComparison>();
        foreach (var p in state.Proposals.Values.OrderBy(p => p.Id))
        {
            if (p.SubmittedAt is null || p.CancelledAt is not null)
            {
                continue;
            }
            comparisons.Add(Compare(p, state.Now, rules.GetValueOrDefault(p.Id), unsimulable.GetValueOrDefault(p.Id)));
        }
        return new ReplayReport(
            proposed is null,
            comparisons,
            SummaryMeasures.Of(comparisons.Select(c => c.Recorded)),
            SummaryMeasures.Of(comparisons.Where(c => c.Simulated is not null).Select(c => c.Simulated!)),
            ByType(comparisons));
    }

    /// <summary>Why <paramref name="p"/> cannot be decided under <paramref name="charter"/>, or null if it can.</summary>
    private static string? Unsimulable(Proposal p, CharterVersion charter) =>
        charter.Charter.FindDecisionType(p.DecisionTypeId) is null
            ? $"the simulated charter has no decision type '{p.DecisionTypeId}'"
            : null;

    private static ProposalComparison Compare(Proposal recorded, long now, Proposal? rules, string? unsimulable)
    {
        var recordedResult = RecordedResult(recorded, now);
        if (rules is null)
        {
            return new ProposalComparison(recorded.Id, recorded.Title, recorded.DecisionTypeId, recordedResult, null,
                unsimulable ?? "not simulated", [], 0);
        }
        var (simulated, dropped) = Recount(recorded, rules, now);
        return new ProposalComparison(recorded.Id, recorded.Title, recorded.DecisionTypeId, recordedResult, simulated,
            null, Differences(recordedResult, simulated), dropped);
    }

    private static List<TypeMeasures> ByType(List<ProposalComparison> comparisons) =>
        comparisons.GroupBy(c => c.DecisionType)
            .Select(g => new TypeMeasures(
                g.Key,
                SummaryMeasures.Of(g.Select(c => c.Recorded)),
                SummaryMeasures.Of(g.Where(c => c.Simulated is not null).Select(c => c.Simulated!)),
                g.Count(c => c.Changed)))
            .ToList();
}
