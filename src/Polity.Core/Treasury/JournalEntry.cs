namespace Polity.Core.Treasury;

/// <summary>
/// One balanced movement of money: postings that sum to zero in every asset, the log entry (seq) that
/// authorised them, its time, a memo and what gave the authority.
/// </summary>
public sealed record JournalEntry
{
    /// <summary>Creates an entry, checking that it balances.</summary>
    /// <exception cref="ArgumentException">No postings, a zero posting, or postings that do not sum to zero in some asset.</exception>
    public JournalEntry(long seq, long time, string memo, JournalAuthority authority, IReadOnlyList<Posting> postings)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seq);
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(postings);
        if (postings.Count == 0 || postings.Any(p => p.Amount == 0))
        {
            throw new ArgumentException("a journal entry needs postings, none of them zero", nameof(postings));
        }
        foreach (var asset in postings.GroupBy(p => p.Asset, StringComparer.Ordinal))
        {
            var sum = asset.Aggregate(0L, (s, p) => checked(s + p.Amount));
            if (sum != 0)
            {
                throw new ArgumentException($"postings in {asset.Key} sum to {sum}, not zero", nameof(postings));
            }
        }
        Seq = seq;
        Time = time;
        Memo = memo ?? "";
        Authority = authority;
        Postings = postings;
    }

    /// <summary>The authorising event's position in the log.</summary>
    public long Seq { get; }

    /// <summary>The authorising event's time, Unix seconds.</summary>
    public long Time { get; }

    /// <summary>What the money is for, as its author wrote it.</summary>
    public string Memo { get; }

    /// <summary>What authorised the movement.</summary>
    public JournalAuthority Authority { get; }

    /// <summary>The postings, in the order written; they sum to zero per asset.</summary>
    public IReadOnlyList<Posting> Postings { get; }

    /// <summary>An entry moving <paramref name="amount"/> of one asset from one account to another.</summary>
    public static JournalEntry Move(long seq, long time, string memo, JournalAuthority authority, Account from, Account to, string asset, long amount) =>
        new(seq, time, memo, authority, [new Posting(from, asset, -amount), new Posting(to, asset, amount)]);

    /// <summary>True when the entry posts to <paramref name="account"/>.</summary>
    public bool Touches(Account account) => Postings.Any(p => p.Account == account);
}
