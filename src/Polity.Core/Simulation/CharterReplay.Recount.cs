using System.Collections.Immutable;
using Polity.Core.State;
using Polity.Core.Voting;

namespace Polity.Core.Simulation;

public static partial class CharterReplay
{
    /// <summary>
    /// What the log records: the options queued (and a veto, if one stopped them); for a proposal never
    /// queued, the tally at the close of voting.
    /// </summary>
    public static DecisionResult RecordedResult(Proposal p, long now)
    {
        var close = p.VotingEndsAt!.Value;
        if (now < close)
        {
            return new DecisionResult(DecisionOutcome.Open, [], []);
        }
        var tally = Tallying.Tally(p, close);
        if (p.QueuedAt is not null)
        {
            return Result(tally, p.VetoedAt is not null ? DecisionOutcome.Vetoed : DecisionOutcome.Passed, p.Passed);
        }
        return Result(tally, OutcomeOf(tally), tally.Passed);
    }

    /// <summary>
    /// The recorded proposal decided by <paramref name="rules"/>' decision type, electorate and delegations:
    /// ballots cast outside its voting window, or unfit for a house's method, are dropped; recorded vetoes
    /// are weighed in its veto house.
    /// </summary>
    private static (DecisionResult Result, int Dropped) Recount(Proposal recorded, Proposal rules, long now)
    {
        var (p, dropped) = Rebase(recorded, rules);
        var close = p.VotingEndsAt!.Value;
        if (now < close)
        {
            return (new DecisionResult(DecisionOutcome.Open, [], []), dropped);
        }
        var tally = Tallying.Tally(p, close);
        var outcome = OutcomeOf(tally);
        if (outcome == DecisionOutcome.Passed && IsVetoed(p))
        {
            outcome = DecisionOutcome.Vetoed;
        }
        return (Result(tally, outcome, tally.Passed), dropped);
    }

    private static (Proposal Proposal, int Dropped) Rebase(Proposal recorded, Proposal rules)
    {
        var p = recorded with
        {
            SubmittedAt = rules.SubmittedAt,
            Rules = rules.Rules,
            Electorate = rules.Electorate,
            Delegations = rules.Delegations,
            TreasuryAtSubmission = rules.TreasuryAtSubmission,
        };
        var kept = recorded.BallotHistory
            .Where(b => b.At >= p.VotingStartsAt && b.At < p.VotingEndsAt && Fits(p, b))
            .ToImmutableList();
        var ballots = ImmutableDictionary.CreateRange(kept.GroupBy(b => b.Voter).Select(g => KeyValuePair.Create(g.Key, g.Last().Ballot)));
        var dropped = recorded.Ballots.Count(b => !ballots.ContainsKey(b.Key));
        return (p with { BallotHistory = kept, Ballots = ballots }, dropped);
    }

    /// <summary>True when the ballot suits the method of every voting house the voter belongs to (as the ballot rule requires).</summary>
    private static bool Fits(Proposal p, CastBallot cast)
    {
        foreach (var rule in p.Rules!.Houses)
        {
            if (p.Electorate.GetValueOrDefault(rule.House)?.TryGetValue(cast.Voter, out var weight) != true)
            {
                continue;
            }
            var (method, settings) = VotingMethods.For(p.Rules, rule);
            if ((method.CheckBallot(cast.Ballot, p.Options, settings) ?? method.CheckStake(cast.Ballot, weight)) is not null)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The recorded vetoes weighed in the veto house of <paramref name="p"/>'s rules, as the fold weighs them.</summary>
    private static bool IsVetoed(Proposal p)
    {
        if (p.Rules!.Veto is not { } rule || p.Vetoes.Count == 0 || p.Electorate.GetValueOrDefault(rule.House) is not { } house)
        {
            return false;
        }
        var vetoing = p.Vetoes.Keys.Sum(v => house.GetValueOrDefault(v));
        return rule.Threshold.IsExceededBy(vetoing, house.Values.Sum());
    }

    private static DecisionOutcome OutcomeOf(ProposalTally tally) => tally.Outcome switch
    {
        ProposalStatus.Succeeded => DecisionOutcome.Passed,
        ProposalStatus.QuorumFailed => DecisionOutcome.QuorumFailed,
        _ => DecisionOutcome.Defeated,
    };

    private static DecisionResult Result(ProposalTally tally, DecisionOutcome outcome, IReadOnlyList<string> passed) =>
        new(outcome, passed, tally.Houses
            .Select(h => new HouseResult(h.House, h.ElectorateWeight, h.TurnoutWeight, h.Ballots, h.QuorumMet, h.Options.Any(o => o.Passed)))
            .ToList());

    /// <summary>What differs between two results, one plain line each.</summary>
    public static IReadOnlyList<string> Differences(DecisionResult recorded, DecisionResult simulated)
    {
        var lines = new List<string>();
        if (recorded.Outcome != simulated.Outcome)
        {
            lines.Add($"outcome: {Name(recorded.Outcome)} → {Name(simulated.Outcome)}");
        }
        if (!recorded.Passed.SequenceEqual(simulated.Passed))
        {
            lines.Add($"passed: [{string.Join(", ", recorded.Passed)}] → [{string.Join(", ", simulated.Passed)}]");
        }
        foreach (var h in recorded.Houses)
        {
            if (simulated.Houses.FirstOrDefault(s => s.House == h.House) is not { } s)
            {
                lines.Add($"{h.House}: no longer votes");
                continue;
            }
            if (h.QuorumMet != s.QuorumMet)
            {
                lines.Add($"{h.House}: quorum {(h.QuorumMet ? "met" : "missed")} → {(s.QuorumMet ? "met" : "missed")}");
            }
            if (h.Passed != s.Passed)
            {
                lines.Add($"{h.House}: {(h.Passed ? "passed" : "did not pass")} → {(s.Passed ? "passed" : "did not pass")}");
            }
        }
        lines.AddRange(simulated.Houses.Where(s => recorded.Houses.All(h => h.House != s.House))
            .Select(s => $"{s.House}: now votes ({(s.Passed ? "passed" : "did not pass")}, quorum {(s.QuorumMet ? "met" : "missed")})"));
        return lines;
    }

    /// <summary>The outcome's name as reports print it (<c>quorum-failed</c>).</summary>
    public static string Name(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Passed => "passed",
        DecisionOutcome.Defeated => "defeated",
        DecisionOutcome.QuorumFailed => "quorum-failed",
        DecisionOutcome.Vetoed => "vetoed",
        DecisionOutcome.Open => "open",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
