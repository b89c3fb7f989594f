using System.Numerics;

namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>
/// Contributions summed per (recipient, contributor), keeping first-seen order of recipients and contributors
/// (the order JavaScript objects keep in the reference). A contributor whose amounts sum to zero still counts
/// towards <see cref="QfResult.ContributionsCount"/>, as in the Grants Stack indexer where a vote weighted by
/// coefficient 0 is kept.
/// </summary>
public sealed class ContributionLedger
{
    private readonly List<string> _recipients = [];
    private readonly Dictionary<string, (List<string> Order, Dictionary<string, BigInteger> Amounts)> _byRecipient = new(StringComparer.Ordinal);

    /// <summary>Recipients in first-seen order.</summary>
    public IReadOnlyList<string> Recipients => _recipients;

    /// <summary>Sum of every amount added.</summary>
    public BigInteger TotalReceived { get; private set; }

    /// <summary>Sums <paramref name="contributions"/>, skipping any below <paramref name="minimumAmount"/>.</summary>
    public static ContributionLedger From(IEnumerable<Contribution> contributions, BigInteger minimumAmount = default)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        var ledger = new ContributionLedger();
        foreach (var c in contributions)
        {
            if (c.Amount >= minimumAmount)
            {
                ledger.Add(c);
            }
        }
        return ledger;
    }

    /// <summary>Adds one contribution.</summary>
    public void Add(Contribution contribution)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        if (!_byRecipient.TryGetValue(contribution.Recipient, out var entry))
        {
            entry = ([], new Dictionary<string, BigInteger>(StringComparer.Ordinal));
            _byRecipient.Add(contribution.Recipient, entry);
            _recipients.Add(contribution.Recipient);
        }
        if (!entry.Amounts.TryGetValue(contribution.Contributor, out var sum))
        {
            entry.Order.Add(contribution.Contributor);
        }
        entry.Amounts[contribution.Contributor] = sum + contribution.Amount;
        TotalReceived += contribution.Amount;
    }

    /// <summary>A copy with <paramref name="other"/>'s contributions added after this one's.</summary>
    public ContributionLedger Merge(ContributionLedger other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var merged = new ContributionLedger();
        foreach (var source in new[] { this, other })
        {
            foreach (var (recipient, contributor, amount) in source.Entries())
            {
                merged.Add(new Contribution(contributor, recipient, amount));
            }
        }
        return merged;
    }

    /// <summary>Each recipient's per-contributor sums, in first-seen order.</summary>
    public IEnumerable<(string Recipient, string Contributor, BigInteger Amount)> Entries()
    {
        foreach (var recipient in _recipients)
        {
            var (order, amounts) = _byRecipient[recipient];
            foreach (var contributor in order)
            {
                yield return (recipient, contributor, amounts[contributor]);
            }
        }
    }

    /// <summary>Per-contributor sums for one recipient, in first-seen order.</summary>
    public IEnumerable<(string Contributor, BigInteger Amount)> For(string recipient)
    {
        var (order, amounts) = _byRecipient[recipient];
        return order.Select(c => (c, amounts[c]));
    }
}
