using Polity.Core.Grants;
using Polity.Core.Primitives;
using Polity.Core.State;
using Polity.Core.Treasury;

namespace Polity.Core.Metrics;

public static partial class NetworkMetrics
{
    /// <summary>
    /// Money decided per asset. A journal entry counts when a decision authorised it: an executed proposal
    /// (its amount goes to every house that voted on the proposal) or an allowance spend (no house voted).
    /// Deposits, milestone disbursements (paying out what an award already decided) and closing releases are
    /// not decisions and do not count. An entry's amount is the sum of its positive postings.
    /// </summary>
    private static List<FundsDecided> Funds(NetworkState state)
    {
        var totals = new SortedDictionary<string, (long Total, long Allowance, Dictionary<string, long> Houses)>(StringComparer.Ordinal);
        foreach (var entry in state.Journal.Entries)
        {
            var voters = entry.Authority switch
            {
                JournalAuthority.Proposal p when state.Proposals.TryGetValue(p.Id, out var proposal) =>
                    proposal.Rules?.Houses.Select(h => h.House).ToList() ?? [],
                JournalAuthority.Allowance => [],
                _ => null,
            };
            if (voters is null)
            {
                continue;
            }
            foreach (var asset in entry.Postings.GroupBy(p => p.Asset, StringComparer.Ordinal))
            {
                var amount = asset.Where(p => p.Amount > 0).Sum(p => p.Amount);
                var (total, allowance, houses) = totals.TryGetValue(asset.Key, out var t) ? t : (0L, 0L, new Dictionary<string, long>(StringComparer.Ordinal));
                foreach (var house in voters)
                {
                    houses[house] = houses.GetValueOrDefault(house) + amount;
                }
                totals[asset.Key] = (total + amount, entry.Authority is JournalAuthority.Allowance ? allowance + amount : allowance, houses);
            }
        }
        return [.. totals.Select(kv => new FundsDecided(kv.Key, state.Charter.Charter.Treasury.FindAsset(kv.Key)?.Decimals ?? 0, kv.Value.Total, kv.Value.Allowance,
            [.. state.Charter.Charter.Houses.Select(h => h.Id).Select(h => new HouseFunds(h, kv.Value.Houses.GetValueOrDefault(h),
                kv.Value.Total == 0 ? Fraction.Zero : new Fraction(kv.Value.Houses.GetValueOrDefault(h), kv.Value.Total)))]))];
    }

    /// <summary>Milestones of awarded grants by how far they came; completion is paid over all.</summary>
    private static GrantMetrics Grants(NetworkState state)
    {
        var awarded = state.Grants.Values.Where(g => g.Award is not null).ToList();
        var milestones = awarded.SelectMany(g => g.Milestones).ToList();
        var paid = milestones.Count(m => m.Status == MilestoneStatus.Paid);
        return new GrantMetrics(awarded.Count, milestones.Count,
            milestones.Count(m => m.Status is MilestoneStatus.Reported or MilestoneStatus.Attested or MilestoneStatus.Paid),
            milestones.Count(m => m.Status is MilestoneStatus.Attested or MilestoneStatus.Paid),
            paid, milestones.Count == 0 ? null : new Fraction(paid, milestones.Count));
    }
}
