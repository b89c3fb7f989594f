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
        var houses = rules.Houses.Select(rule => TallyHouse(proposal, rule, method, rules.ConflictOfInterest, beneficiaries)).ToList();
        var combined = Combine(proposal.Options, houses, rules.Combine, method.MultipleWinners);
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
        Proposal proposal, HouseVoteRule rule, IVotingMethod method, ConflictOfInterestRule coi, IReadOnlySet<Address> beneficiaries)
    {
        var electorate = proposal.Electorate.GetValueOrDefault(rule.House) ?? [];
        var recused = new List<Address>();
        var disclosed = new List<Address>();
        long electorateWeight = 0;
        var eligible = 0;
        var ballots = new List<WeightedBallot>();
        long turnout = 0;
        foreach (var (member, weight) in electorate.OrderBy(kv => kv.Key.Value, StringComparer.Ordinal))
        {
            var isBeneficiary = beneficiaries.Contains(member);
            if (isBeneficiary && coi == ConflictOfInterestRule.Recuse)
            {
                recused.Add(member);
                continue;
            }
            electorateWeight += weight;
            eligible++;
            if (proposal.Ballots.TryGetValue(member, out var choices))
            {
                ballots.Add(new WeightedBallot(weight, choices));
                turnout += weight;
                if (isBeneficiary && coi == ConflictOfInterestRule.Disclose)
                {
                    disclosed.Add(member);
                }
            }
        }
        var count = method.Count(ballots, proposal.Options);
        var quorumMet = electorateWeight > 0 && rule.Quorum.IsMetBy(turnout, electorateWeight);
        var candidates = new List<int>();
        for (var i = 0; i < proposal.Options.Count; i++)
        {
            if (quorumMet && !proposal.Options[i].IsReserved && rule.Threshold.IsExceededBy(count.Support[i], count.Decisive)
                || quorumMet && rule.Threshold == Ratio.One && !proposal.Options[i].IsReserved && count.Decisive > 0 && count.Support[i] == count.Decisive)
            {
                candidates.Add(i);
            }
        }
        if (!method.MultipleWinners)
        {
            candidates = Plurality(candidates, count.Support);
        }
        var options = proposal.Options
            .Select((o, i) => new OptionSupport(o.Name, count.Support[i], new Fraction(count.Support[i], count.Decisive), candidates.Contains(i)))
            .ToList();
        return new HouseTally(rule.House, electorateWeight, eligible, turnout, ballots.Count, rule.Quorum, quorumMet,
            rule.Threshold, count.Decisive, options, recused, disclosed);
    }

    /// <summary>Among single-winner candidates keep the one with strictly most support; a tie passes none.</summary>
    private static List<int> Plurality(List<int> candidates, IReadOnlyList<long> support)
    {
        if (candidates.Count <= 1)
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
