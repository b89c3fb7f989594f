using System.Numerics;

namespace Polity.Core.Funding.QuadraticFunding.GrantsStack;

/// <summary>
/// The layers the Grants Stack indexer (gitcoinco/grants-stack-indexer, src/calculator) puts around linear QF,
/// as pure functions: votes to unapproved applications or to the wrong payout address are dropped; each kept
/// vote gets a coefficient (0 if the donor fails the passport check or gave less than the USD minimum, 1
/// otherwise, or the value from a coefficient override) and counts as ⌊amount × coefficient⌋; the cap may be a
/// percent of the pool. Recipients are application ids.
/// </summary>
public static class GrantsStackMatching
{
    /// <summary>The matches endpoint.</summary>
    public static IReadOnlyList<ApplicationMatch> Matches(
        RoundSettings round,
        MatchQuery query,
        IReadOnlyList<RoundApplication> applications,
        IEnumerable<RoundVote> votes,
        IEnumerable<PassportScore> passports,
        IReadOnlyDictionary<string, decimal>? coefficientOverrides = null)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(query);
        var ledger = Aggregate(round, query, applications, votes, passports, coefficientOverrides);
        var options = new LinearQfOptions(0, query.IgnoreSaturation, MatchingCap(round, query));
        return Label(applications, LinearQf.Calculate(ledger, round.MatchAmount, options));
    }

    /// <summary>
    /// The estimate endpoint: matches with and without <paramref name="potentialVotes"/> (always respecting
    /// saturation, as the indexer does; passport is not checked for the hypothetical votes).
    /// </summary>
    public static IReadOnlyList<MatchEstimate> Estimate(
        RoundSettings round,
        MatchQuery query,
        IReadOnlyList<RoundApplication> applications,
        IEnumerable<RoundVote> votes,
        IEnumerable<PassportScore> passports,
        IEnumerable<RoundVote> potentialVotes)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(query);
        var scores = passports.ToList();
        // The indexer takes the minimum donation from the round's metadata only for estimates.
        var metadataOnly = query with { MinimumAmountUsd = null };
        var original = Aggregate(round, metadataOnly, applications, votes, scores, null);
        var potential = Aggregate(round, metadataOnly with { EnablePassport = false }, applications, potentialVotes, scores, null);
        var options = new LinearQfOptions(0, false, MatchingCap(round, query));
        var before = LinearQf.Calculate(original, round.MatchAmount, options).ToDictionary(r => r.Recipient, StringComparer.Ordinal);
        var after = LinearQf.Calculate(original.Merge(potential), round.MatchAmount, options);
        var payout = applications.ToDictionary(a => a.Id, a => a.PayoutAddress, StringComparer.Ordinal);
        return after
            .Select(e =>
            {
                var o = before.GetValueOrDefault(e.Recipient);
                return new MatchEstimate(e.Recipient, payout.GetValueOrDefault(e.Recipient), o, e, e.Matched - (o?.Matched ?? BigInteger.Zero));
            })
            .ToList();
    }

    /// <summary>The cap in force: the query's absolute amount, else the metadata percent of the pool (rounded down).</summary>
    public static BigInteger? MatchingCap(RoundSettings round, MatchQuery query)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(query);
        if (query.MatchingCapAmount is { } amount)
        {
            return amount;
        }
        if (round.MatchingCapPercent is { } percent)
        {
            var (num, den) = Exact(percent);
            return round.MatchAmount * num / (den * 100);
        }
        return null;
    }

    /// <summary>Filters and weights the votes, then sums them per (application, voter).</summary>
    public static ContributionLedger Aggregate(
        RoundSettings round,
        MatchQuery query,
        IReadOnlyList<RoundApplication> applications,
        IEnumerable<RoundVote> votes,
        IEnumerable<PassportScore> passports,
        IReadOnlyDictionary<string, decimal>? coefficientOverrides)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(applications);
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentNullException.ThrowIfNull(passports);
        var byId = applications.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var scores = new Dictionary<string, PassportScore>(StringComparer.Ordinal);
        foreach (var s in passports)
        {
            scores[s.Address.ToUpperInvariant()] = s;
        }
        var enablePassport = query.EnablePassport ?? round.SybilDefensePassport;
        var minimumUsd = query.MinimumAmountUsd ?? round.MinDonationUsd ?? 0m;

        var ledger = new ContributionLedger();
        foreach (var vote in votes)
        {
            if (!byId.TryGetValue(vote.ApplicationId, out var application) || !application.IsApproved
                || application.PayoutAddress is null
                || !string.Equals(application.PayoutAddress, vote.GrantAddress, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var passed = !enablePassport || PassesPassport(scores.GetValueOrDefault(vote.Voter.ToUpperInvariant()), query.PassportThreshold);
            decimal coefficient = passed && vote.AmountUsd >= minimumUsd ? 1m : 0m;
            if (coefficientOverrides is not null && coefficientOverrides.TryGetValue(vote.Id, out var overridden))
            {
                coefficient = overridden;
            }
            var (num, den) = Exact(coefficient);
            // Weighted amounts round down to whole minor units.
            ledger.Add(new Contribution(vote.Voter, vote.ApplicationId, vote.AmountRoundToken * num / den));
        }
        return ledger;
    }

    // A threshold, when given and positive, is checked against the raw score (strictly above, as
    // src/calculator/votes.ts); otherwise evidence.success decides. A donor without a score fails.
    private static bool PassesPassport(PassportScore? score, decimal? threshold) =>
        score is not null && ((threshold is > 0m && score.RawScore > threshold.Value) || score.Success);

    private static (BigInteger Numerator, BigInteger Denominator) Exact(decimal value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var scale = value.Scale;
        var den = BigInteger.Pow(10, scale);
        var bits = decimal.GetBits(value);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        return (mantissa, den);
    }

    private static List<ApplicationMatch> Label(IReadOnlyList<RoundApplication> applications, IReadOnlyList<QfResult> results)
    {
        var byId = applications.ToDictionary(a => a.Id, StringComparer.Ordinal);
        return results
            .Select(r => byId[r.Recipient])
            .Zip(results, (a, r) => new ApplicationMatch(a.Id, a.ProjectId, a.PayoutAddress, r))
            .ToList();
    }
}
