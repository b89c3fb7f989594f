using System.Collections.Immutable;

namespace Polity.Core.Treasury;

/// <summary>
/// The double-entry book: every entry in log order and each account's running balance per asset.
/// Immutable; <see cref="Post"/> returns a new book. Because every entry balances, the balances of all
/// accounts in an asset always sum to zero: money is neither made nor lost, only moved.
/// </summary>
public sealed class Journal
{
    private readonly ImmutableDictionary<Account, ImmutableDictionary<string, long>> _balances;

    private Journal(ImmutableList<JournalEntry> entries, ImmutableDictionary<Account, ImmutableDictionary<string, long>> balances)
    {
        Entries = entries;
        _balances = balances;
    }

    /// <summary>The book before any money moved.</summary>
    public static Journal Empty { get; } = new([], ImmutableDictionary<Account, ImmutableDictionary<string, long>>.Empty);

    /// <summary>Every entry, in log order.</summary>
    public ImmutableList<JournalEntry> Entries { get; }

    /// <summary>Every account that has seen a posting.</summary>
    public IEnumerable<Account> Accounts => _balances.Keys;

    /// <summary>An account's balance in an asset (zero if it never moved).</summary>
    public long BalanceOf(Account account, string asset) =>
        _balances.TryGetValue(account, out var byAsset) ? byAsset.GetValueOrDefault(asset) : 0;

    /// <summary>An account's balances per asset.</summary>
    public ImmutableDictionary<string, long> BalancesOf(Account account) =>
        _balances.GetValueOrDefault(account) ?? ImmutableDictionary<string, long>.Empty;

    /// <summary>The book with <paramref name="entry"/> posted.</summary>
    /// <exception cref="OverflowException">A balance beyond the range of <see cref="long"/> (the log caps amounts far below it).</exception>
    public Journal Post(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var balances = _balances.ToBuilder();
        foreach (var posting in entry.Postings)
        {
            var byAsset = balances.GetValueOrDefault(posting.Account) ?? ImmutableDictionary<string, long>.Empty;
            balances[posting.Account] = byAsset.SetItem(posting.Asset, checked(byAsset.GetValueOrDefault(posting.Asset) + posting.Amount));
        }
        return new Journal(Entries.Add(entry), balances.ToImmutable());
    }

    /// <summary>The entries that post to <paramref name="account"/>, in log order.</summary>
    public IEnumerable<JournalEntry> EntriesFor(Account account) => Entries.Where(e => e.Touches(account));
}
