using System.Collections.Immutable;
using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Core.Voting;

/// <summary>
/// Counts a submitted proposal: per house with the house's quorum and threshold, then the charter's
/// combination rule. Pure and independent of ballot order (every count is a sum).
/// </summary>
public static class Tallying
{
    /// <summary>Tallies a submitted proposal as its ballots stand; <paramref name="now"/> decides whether voting has closed.</summary>
    public static ProposalTally Tally(Proposal proposal, long now)
    {
        var rules = proposal.Rules ?? throw new InvalidOperationException($"proposal {proposal.Id} has not been submitted");
        var method = VotingMethods.Find(rules.Voting.Method)
            ?? throw new InvalidOperationException($"unknown voting method '{rules.Voting.Method}'");
        var beneficiaries = proposal.Beneficiaries();
        var houses = rules.Houses.Select(rule => TallyHouse(proposal, rules, rule, beneficiaries, now)).ToList();
        var combined = Combine(proposal.Options, houses, rules.Combine, method.MultipleWinners(rules.Voting.Settings));
        var passed = combined.Where(c => c.Passed).Select(c => c.Option).ToList();
        var outcome = now < proposal.VotingEndsAt ? ProposalStatus.Voting
            : passed.Count > 0 ? ProposalStatus.Succeeded
            : houses.Any(h => !h.QuorumMet) ? ProposalStatus.QuorumFailed
            : ProposalStatus.Defeated;
        return new ProposalTally(proposal.Id, method.Name, CombineName(rules.Combine), houses, combined, passed, outcome);
    }

    /// <summary>The charter's name for a combination rule.</summary>
    public static string CombineName(CombineRule rule) => rule switch
    {
        CombineRule.AllHouses => "all-houses",
        CombineRule.MajorityOfHouses => "majority-of-houses",
        CombineRule.Weighted => "weighted",
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    private static HouseTally TallyHouse(
        Proposal proposal, DecisionType rules, HouseVoteRule rule, IReadOnlySet<Address> beneficiaries, long now)
    {
        var (method, settings) = VotingMethods.For(rules, rule);
        var coi = rules.ConflictOfInterest;
        var electorate = proposal.Electorate.GetValueOrDefault(rule.House) ?? [];
        var recused = new List<Address>();
        var disclosed = new List<Address>();
        var conflicts = new List<Map.ConflictLink>();
        var eligible = new Dictionary<Address, long>();
        var voters = new HashSet<Address>();
        long electorateWeight = 0;
        foreach (var (member, weight) in electorate.OrderBy(kv => kv.Key.Value, StringComparer.Ordinal))
        {
            // The map's relationships make a member interested too, but only where the charter has a rule to apply.
            var links = coi == ConflictOfInterestRule.None || beneficiaries.Contains(member) ? [] : proposal.ConflictsOf(member, beneficiaries);
            var isBeneficiary = beneficiaries.Contains(member) || links.Count > 0;
            if (isBeneficiary && coi == ConflictOfInterestRule.Recuse)
            {
                recused.Add(member);
                conflicts.AddRange(links);
                continue;
            }
            electorateWeight += weight;
            eligible[member] = weight;
            if (proposal.Ballots.ContainsKey(member))
            {
                voters.Add(member);
                if (isBeneficiary && coi == ConflictOfInterestRule.Disclose)
                {
                    disclosed.Add(member);
                    conflicts.AddRange(links);
                }
            }
        }
        // Resolved once per house, so a house of thousands costs one pass over its delegation graph.
        var flow = DelegationFlow.Resolve(eligible, voters,
            proposal.Delegations.GetValueOrDefault(rule.House) ?? ImmutableDictionary<Address, IReadOnlyList<DelegateShare>>.Empty);
        var ballots = new List<WeightedBallot>();
        var turnout = Fraction.Zero;
        foreach (var voter in voters.OrderBy(v => v.Value, StringComparer.Ordinal))
        {
            var weight = flow.Received.TryGetValue(voter, out var received) ? received + eligible[voter] : eligible[voter];
            ballots.Add(new WeightedBallot(voter, weight, proposal.Ballots[voter]));
            turnout += weight;
        }
        var count = method.Count(new HouseBallots(proposal, rule.House, ballots, settings, rule.Threshold, now) { Eligible = eligible });
        var quorumMet = electorateWeight > 0 && rule.Quorum.IsMetBy(turnout, electorateWeight);
        var winners = !quorumMet ? []
            : count.Winners?.Where(i => !proposal.Options[i].IsReserved).ToList()
                ?? ThresholdWinners(proposal.Options, count.Support, count.Decisive, rule.Threshold, method.MultipleWinners(settings));
        var options = proposal.Options
            .Select((o, i) => new OptionSupport(o.Name, count.Support[i], count.Support[i] / count.Decisive, winners.Contains(i))) // 0 when nothing was decisive
            .ToList();
        return new HouseTally(rule.House, electorateWeight, eligible.Count, turnout, ballots.Count, rule.Quorum, quorumMet,
            rule.Threshold, count.Decisive, options, recused, disclosed) { Detail = count.Detail, Delegated = flow.Paths, Method = rule.Method?.Name, Conflicts = conflicts };
    }

    /// <summary>
    /// The shared rule for methods that do not elect by themselves: options (not <c>abstain</c> or
    /// <c>against</c>) whose support exceeds the threshold share of decisive weight pass, or reach it when
    /// the threshold is 100% (unanimity). For single-winner methods only the one with strictly most support
    /// among them passes; a tie passes none.
    /// </summary>
    public static List<int> ThresholdWinners(
        IReadOnlyList<ProposalOption> options, IReadOnlyList<Fraction> support, Fraction decisive, Ratio threshold, bool multipleWinners)
    {
        var candidates = new List<int>();
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i].IsReserved)
            {
                continue;
            }
            if (threshold.IsExceededBy(support[i], decisive)
                || threshold == Ratio.One && decisive > Fraction.Zero && support[i] == decisive)
            {
                candidates.Add(i);
            }
        }
        if (multipleWinners || candidates.Count <= 1)
        {
            return candidates;
        }
        var best = candidates.Max(i => support[i]);
        var top = candidates.Where(i => support[i] == best).ToList();
        return top.Count == 1 ? top : [];
    }

    private static List<CombinedOption> Combine(
        IReadOnlyList<ProposalOption> options, List<HouseTally> houses, CombineRule rule, bool multipleWinners)
    {
        var result = new List<CombinedOption>();
        for (var i = 0; i < options.Count; i++)
        {
            var passedIn = houses.Where(h => h.Options[i].Passed).Select(h => h.House).ToList();
            Fraction? weightedShare = null;
            var passed = false;
            if (!options[i].IsReserved)
            {
                switch (rule)
                {
                    case CombineRule.AllHouses:
                        passed = passedIn.Count == houses.Count && houses.Count > 0;
                        break;
                    case CombineRule.MajorityOfHouses:
                        passed = passedIn.Count * 2 > houses.Count;
                        break;
                    case CombineRule.Weighted weighted:
                        var share = Fraction.Zero;
                        long total = 0;
                        foreach (var house in houses)
                        {
                            var w = weighted.Weights.GetValueOrDefault(house.House);
                            total += w;
                            if (house.QuorumMet)
                            {
                                share += house.Options[i].Share * w;
                            }
                        }
                        weightedShare = share / total;
                        passed = total > 0 && weightedShare.Value > Fraction.Of(weighted.Threshold);
                        break;
                }
            }
            result.Add(new CombinedOption(options[i].Name, passedIn, weightedShare, passed));
        }
        if (!multipleWinners && result.Count(r => r.Passed) > 1)
        {
            // Only a weighted combination with a threshold under 50% can pass two single-choice options: keep the larger share.
            var best = result.Where(r => r.Passed).MaxBy(r => r.WeightedShare ?? Fraction.Zero)!;
            var tied = result.Count(r => r.Passed && (r.WeightedShare ?? Fraction.Zero).CompareTo(best.WeightedShare ?? Fraction.Zero) == 0);
            result = result.Select(r => r with { Passed = r.Passed && tied == 1 && ReferenceEquals(r, best) }).ToList();
        }
        return result;
    }
}
