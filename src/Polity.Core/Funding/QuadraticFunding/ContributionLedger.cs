using System.Numerics;

namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>
/// Contributions summed per (recipient, contributor), keeping first-seen order of recipients and contributors
/// (the order JavaScript objects keep in the reference). A contributor whose amounts sum to zero still counts
/// towards <see cref="QfResult.ContributionsCount"/>, as in the Grants Stack indexer where a vote weighted by
/// coefficient 0 is kept.
/// </summary>
/// <remarks>
/// Ids are interned once to dense numbers, and each (recipient, contributor) pair is one entry found by its pair of
/// numbers: a round of a million contributions hashes each name once instead of looking up nested dictionaries.
/// </remarks>
public sealed class ContributionLedger
{
    private readonly List<string> _recipients = [];
    private readonly Dictionary<string, int> _recipientIndex = new(StringComparer.Ordinal);
    private readonly List<List<int>> _entriesOf = [];
    private readonly List<string> _contributors = [];
    private readonly Dictionary<string, int> _contributorIndex = new(StringComparer.Ordinal);
    private Dictionary<(int, int), int>? _entryIndex;
    private readonly List<int> _entryContributor = [];
    private readonly List<BigInteger> _entryAmount = [];

    /// <summary>Recipients in first-seen order.</summary>
    public IReadOnlyList<string> Recipients => _recipients;

    /// <summary>Sum of every amount added.</summary>
    public BigInteger TotalReceived { get; private set; }

    /// <summary>Sums <paramref name="contributions"/>, skipping any below <paramref name="minimumAmount"/>.</summary>
    public static ContributionLedger From(IEnumerable<Contribution> contributions, BigInteger minimumAmount = default)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        // In bulk: number the names, bucket the contributions by recipient (stable, so first-seen order holds),
        // then sum each bucket with an array indexed by contributor number, which stays in cache where a
        // million-entry dictionary of pairs would not.
        var ledger = new ContributionLedger();
        var capacity = contributions.TryGetNonEnumeratedCount(out var count) ? count : 0;
        var (recipients, contributors, amounts) = (new List<int>(capacity), new List<int>(capacity), new List<BigInteger>(capacity));
        Int128 small = 0;
        foreach (var c in contributions)
        {
            if (c.Amount >= minimumAmount)
            {
                recipients.Add(Intern(ledger._recipientIndex, ledger._recipients, c.Recipient));
                contributors.Add(Intern(ledger._contributorIndex, ledger._contributors, c.Contributor));
                amounts.Add(c.Amount);
                // Summing in 128 bits avoids a BigInteger allocation per contribution once the total passes 2^31.
                if (c.Amount <= long.MaxValue)
                {
                    small += (long)c.Amount;
                }
                else
                {
                    ledger.TotalReceived += c.Amount;
                }
            }
        }
        ledger.TotalReceived += (BigInteger)small;
        var start = new int[ledger._recipients.Count + 1];
        foreach (var r in recipients)
        {
            start[r + 1]++;
        }
        for (var r = 0; r < ledger._recipients.Count; r++)
        {
            start[r + 1] += start[r];
        }
        var order = new int[recipients.Count];
        var next = start[..^1];
        for (var i = 0; i < recipients.Count; i++)
        {
            order[next[recipients[i]]++] = i;
        }
        var entryOf = new int[ledger._contributors.Count];
        var seenIn = new int[ledger._contributors.Count];
        Array.Fill(seenIn, -1);
        for (var r = 0; r < ledger._recipients.Count; r++)
        {
            var entries = new List<int>();
            for (var k = start[r]; k < start[r + 1]; k++)
            {
                var (contributor, amount) = (contributors[order[k]], amounts[order[k]]);
                if (seenIn[contributor] == r)
                {
                    ledger._entryAmount[entryOf[contributor]] += amount;
                    continue;
                }
                seenIn[contributor] = r;
                entryOf[contributor] = ledger._entryAmount.Count;
                entries.Add(ledger._entryAmount.Count);
                ledger._entryContributor.Add(contributor);
                ledger._entryAmount.Add(amount);
            }
            ledger._entriesOf.Add(entries);
        }
        return ledger;
    }

    /// <summary>Adds one contribution.</summary>
    public void Add(Contribution contribution)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        var recipient = Intern(_recipientIndex, _recipients, contribution.Recipient);
        if (recipient == _entriesOf.Count)
        {
            _entriesOf.Add([]);
        }
        var contributor = Intern(_contributorIndex, _contributors, contribution.Contributor);
        var key = (recipient, contributor);
        _entryIndex ??= Index();
        if (_entryIndex.TryGetValue(key, out var entry))
        {
            _entryAmount[entry] += contribution.Amount;
        }
        else
        {
            _entryIndex.Add(key, _entryAmount.Count);
            _entriesOf[recipient].Add(_entryAmount.Count);
            _entryContributor.Add(contributor);
            _entryAmount.Add(contribution.Amount);
        }
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
        for (var r = 0; r < _recipients.Count; r++)
        {
            foreach (var e in _entriesOf[r])
            {
                yield return (_recipients[r], _contributors[_entryContributor[e]], _entryAmount[e]);
            }
        }
    }

    /// <summary>Per-contributor sums for the recipient at <paramref name="index"/> in <see cref="Recipients"/>.</summary>
    internal IEnumerable<BigInteger> AmountsOf(int index) => _entriesOf[index].Select(e => _entryAmount[e]);

    /// <summary>(contributor number, amount) for the recipient at <paramref name="index"/>; numbers are dense, first-seen.</summary>
    internal IEnumerable<(int Contributor, BigInteger Amount)> NumberedEntriesOf(int index) =>
        _entriesOf[index].Select(e => (_entryContributor[e], _entryAmount[e]));

    /// <summary>Contributor names by number.</summary>
    internal IReadOnlyList<string> Contributors => _contributors;

    private Dictionary<(int, int), int> Index()
    {
        var index = new Dictionary<(int, int), int>(_entryAmount.Count);
        for (var r = 0; r < _entriesOf.Count; r++)
        {
            foreach (var e in _entriesOf[r])
            {
                index.Add((r, _entryContributor[e]), e);
            }
        }
        return index;
    }

    private static int Intern(Dictionary<string, int> index, List<string> names, string name)
    {
        if (!index.TryGetValue(name, out var i))
        {
            i = names.Count;
            index.Add(name, i);
            names.Add(name);
        }
        return i;
    }
}
