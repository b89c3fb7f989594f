using Polity.Core.Primitives;
using Polity.Core.State;
using Polity.Core.Treasury;

namespace Polity.Engine.Views;

/// <summary>The treasury's read screens: the journal, account balances and budgets.</summary>
public static class TreasuryViews
{
    /// <summary>An account as written, with the stakeholder's name for funder and payee accounts.</summary>
    public static string Label(NetworkState s, Account a) =>
        a.Kind is AccountKind.Funder or AccountKind.Payee && Address.TryParse(a.Name, out var who) && s.Stakeholders.TryGetValue(who, out var st)
            ? $"{a} ({st.Name})"
            : a.ToString();

    /// <summary>An amount in major units by the asset's decimals, without its code: <c>1200.00</c>.</summary>
    public static string Major(NetworkState s, string asset, long minor) =>
        Money.Format(minor, s.Charter.Charter.Treasury.FindAsset(asset)?.Decimals ?? 0);

    /// <summary>A signed amount in major units: <c>+1200.00</c>, <c>-1200.00</c>.</summary>
    public static string Signed(NetworkState s, string asset, long minor) => (minor > 0 ? "+" : "") + Major(s, asset, minor);

    /// <summary>Journal entries, optionally only those touching one account.</summary>
    public static IReadOnlyList<JournalEntryView> Journal(NetworkState s, Account? only) =>
        (only is { } account ? s.Journal.EntriesFor(account) : s.Journal.Entries)
        .Select(e => new JournalEntryView(e.Seq, e.Time, Views.Time(e.Time), e.Authority.Describe(), e.Memo,
            e.Postings.Select(p => new PostingView(p.Account.ToString(), Label(s, p.Account), p.Asset, p.Amount, Signed(s, p.Asset, p.Amount))).ToList()))
        .ToList();

    /// <summary>Prints journal entries, one block each.</summary>
    public static void WriteJournal(TextWriter o, IReadOnlyList<JournalEntryView> entries)
    {
        var width = entries.SelectMany(e => e.Postings).Select(p => p.Label.Length).DefaultIfEmpty(0).Max();
        foreach (var e in entries)
        {
            o.WriteLine($"#{e.Seq,-5} {e.Time}  {e.Authority}{(e.Memo.Length > 0 ? $" — {e.Memo}" : "")}");
            foreach (var p in e.Postings)
            {
                o.WriteLine($"       {p.Label.PadRight(width)} {p.Amount,16} {p.Asset}");
            }
        }
        if (entries.Count == 0)
        {
            o.WriteLine("no journal entries");
        }
    }

    /// <summary>Every account's balance per asset: holding accounts first (treasury, budgets, grants), then funders and payees.</summary>
    public static IReadOnlyList<AccountView> Accounts(NetworkState s) =>
        s.Journal.Accounts
            .SelectMany(a => s.Journal.BalancesOf(a).Select(kv => (Account: a, Asset: kv.Key, Balance: kv.Value)))
            .OrderBy(r => Rank(r.Account.Kind)).ThenBy(r => r.Account.ToString(), StringComparer.Ordinal).ThenBy(r => r.Asset, StringComparer.Ordinal)
            .Select(r => new AccountView(r.Account.ToString(), Label(s, r.Account), r.Account.Kind.ToString().ToLowerInvariant(), r.Asset, r.Balance,
                Major(s, r.Asset, r.Balance)))
            .ToList();

    private static int Rank(AccountKind kind) => kind switch
    {
        AccountKind.Treasury => 0,
        AccountKind.Budget => 1,
        AccountKind.Grant => 2,
        AccountKind.Funder => 3,
        _ => 4,
    };

    /// <summary>Prints account balances.</summary>
    public static void WriteAccounts(TextWriter o, IReadOnlyList<AccountView> rows)
    {
        var width = rows.Select(r => r.Label.Length).DefaultIfEmpty(0).Max();
        foreach (var r in rows)
        {
            o.WriteLine($"{r.Label.PadRight(width)} {r.Amount,16} {r.Asset}");
        }
    }

    /// <summary>Each budget program: what was allocated, what the envelope holds, what its grants still have committed.</summary>
    public static IReadOnlyList<BudgetView> Budgets(NetworkState s) =>
        s.Charter.Charter.Treasury.Budgets.Select(b =>
        {
            var allocated = s.BudgetAllocations.GetValueOrDefault(b.Program);
            var committed = s.Grants.Values.Where(g => g.Award?.Source == Account.Budget(b.Program)).Sum(g => g.Outstanding);
            return new BudgetView(b.Program, b.Asset, b.Description,
                b.Cap is { } cap ? Major(s, b.Asset, cap) : null,
                Major(s, b.Asset, allocated),
                Major(s, b.Asset, s.Journal.BalanceOf(Account.Budget(b.Program), b.Asset)),
                Major(s, b.Asset, committed));
        }).ToList();

    /// <summary>Prints budgets.</summary>
    public static void WriteBudgets(TextWriter o, IReadOnlyList<BudgetView> rows)
    {
        foreach (var b in rows)
        {
            o.WriteLine($"{b.Program,-20} {b.Asset,-6} allocated {b.Allocated,14}{(b.Cap is null ? "" : $" of cap {b.Cap}")}, available {b.Available}, committed to grants {b.CommittedToGrants}");
            if (b.Description.Length > 0)
            {
                o.WriteLine($"  {b.Description}");
            }
        }
        if (rows.Count == 0)
        {
            o.WriteLine("the charter declares no budgets");
        }
    }
}

/// <summary>A journal entry.</summary>
public sealed record JournalEntryView(long Seq, long At, string Time, string Authority, string Memo, IReadOnlyList<PostingView> Postings);

/// <summary>A posting: account, asset, signed minor units and the same in major units.</summary>
public sealed record PostingView(string Account, string Label, string Asset, long Minor, string Amount);

/// <summary>An account's balance in one asset.</summary>
public sealed record AccountView(string Account, string Label, string Kind, string Asset, long Minor, string Amount);

/// <summary>A budget program's figures, in major units.</summary>
public sealed record BudgetView(string Program, string Asset, string Description, string? Cap, string Allocated, string Available, string CommittedToGrants);
