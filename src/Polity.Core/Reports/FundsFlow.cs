using System.Globalization;
using Polity.Core.Primitives;
using Polity.Core.State;
using Polity.Core.Treasury;

namespace Polity.Core.Reports;

/// <summary>
/// Builds the funds-flow graph from the double-entry journal. Each entry's credits (money leaving) are
/// paired with its debits (money arriving) in posting order, so a two-posting move is one flow and a
/// many-posting entry splits exactly; flows with the same (from, to, asset) are summed. Because every entry
/// balances, each node's incoming minus outgoing flow equals its journal balance. Pure and exact.
/// </summary>
public static class FundsFlow
{
    /// <summary>The graph of a network's journal, labelled with stakeholder names and grant titles.</summary>
    public static FundsFlowGraph Of(NetworkState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Of(state.Journal, asset => state.Charter.Charter.Treasury.FindAsset(asset)?.Decimals ?? 0, account => Label(state, account));
    }

    /// <summary>The graph of a journal.</summary>
    /// <param name="journal">The journal.</param>
    /// <param name="decimals">Each asset's decimals.</param>
    /// <param name="label">A display name per account; null labels every account with its written form.</param>
    public static FundsFlowGraph Of(Journal journal, Func<string, int> decimals, Func<Account, string>? label = null)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(decimals);
        var sums = new Dictionary<(Account From, Account To, string Asset), (long Amount, SortedSet<long> Seqs)>();
        foreach (var entry in journal.Entries)
        {
            foreach (var (from, to, asset, amount) in Pair(entry))
            {
                var key = (from, to, asset);
                var (sum, seqs) = sums.TryGetValue(key, out var found) ? found : (0L, new SortedSet<long>());
                seqs.Add(entry.Seq);
                sums[key] = (checked(sum + amount), seqs);
            }
        }
        var assets = sums.Keys.Select(k => k.Asset).Distinct().Order(StringComparer.Ordinal);
        return new FundsFlowGraph([.. assets.Select(asset => AssetGraph(journal, asset, decimals(asset), sums, label))]);
    }

    /// <summary>The stage of an account, from its written form's prefix (so account kinds added later still land somewhere).</summary>
    public static FlowStage StageOf(Account account)
    {
        var text = account.ToString();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return (colon < 0 ? text : text[..colon]) switch
        {
            "funder" => FlowStage.Funders,
            "treasury" => FlowStage.Treasury,
            "budget" => FlowStage.Budgets,
            "round" => FlowStage.Rounds,
            "grant" => FlowStage.Grants,
            "payee" => FlowStage.Payees,
            _ => FlowStage.Other,
        };
    }

    private static AssetFlow AssetGraph(
        Journal journal, string asset, int decimals,
        Dictionary<(Account From, Account To, string Asset), (long Amount, SortedSet<long> Seqs)> sums, Func<Account, string>? label)
    {
        var mine = sums.Where(kv => kv.Key.Asset == asset).ToList();
        var accounts = mine.SelectMany(kv => new[] { kv.Key.From, kv.Key.To }).Distinct().ToList();
        var stages = accounts.ToDictionary(a => a.ToString(), StageOf, StringComparer.Ordinal);
        var nodes = accounts
            .Select(a => new FlowNode(a.ToString(), StageOf(a), label?.Invoke(a) ?? a.ToString(),
                mine.Where(kv => kv.Key.To == a).Sum(kv => kv.Value.Amount),
                mine.Where(kv => kv.Key.From == a).Sum(kv => kv.Value.Amount),
                journal.BalanceOf(a, asset)))
            .OrderBy(n => n.Stage).ThenByDescending(n => n.Throughput).ThenBy(n => n.Account, StringComparer.Ordinal)
            .ToList();
        var edges = mine
            .Select(kv => new FlowEdge(kv.Key.From.ToString(), kv.Key.To.ToString(), asset, kv.Value.Amount, [.. kv.Value.Seqs]))
            .OrderBy(e => stages[e.From]).ThenBy(e => stages[e.To]).ThenByDescending(e => e.Amount)
            .ThenBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal)
            .ToList();
        return new AssetFlow(asset, decimals, nodes, edges);
    }

    /// <summary>
    /// Splits an entry into flows: per asset, credits and debits are matched in posting order (the first
    /// credit feeds the first debit until one runs out, and so on). Exact, since both sides sum to the same total.
    /// </summary>
    internal static IEnumerable<(Account From, Account To, string Asset, long Amount)> Pair(JournalEntry entry)
    {
        foreach (var asset in entry.Postings.Select(p => p.Asset).Distinct())
        {
            var credits = entry.Postings.Where(p => p.Asset == asset && p.Amount < 0).Select(p => (p.Account, Left: -p.Amount)).ToList();
            var debits = entry.Postings.Where(p => p.Asset == asset && p.Amount > 0).Select(p => (p.Account, Left: p.Amount)).ToList();
            int c = 0, d = 0;
            while (c < credits.Count && d < debits.Count)
            {
                var amount = Math.Min(credits[c].Left, debits[d].Left);
                if (credits[c].Account != debits[d].Account)
                {
                    yield return (credits[c].Account, debits[d].Account, asset, amount);
                }
                credits[c] = (credits[c].Account, credits[c].Left - amount);
                debits[d] = (debits[d].Account, debits[d].Left - amount);
                c += credits[c].Left == 0 ? 1 : 0;
                d += debits[d].Left == 0 ? 1 : 0;
            }
        }
    }

    private static string Label(NetworkState state, Account account) => account.Kind switch
    {
        AccountKind.Funder or AccountKind.Payee when state.Stakeholders.TryGetValue(new Address(account.Name), out var who) => who.Name,
        AccountKind.Grant when long.TryParse(account.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && state.Grants.TryGetValue(id, out var grant) => $"grant {id}: {grant.Title}",
        _ => account.ToString(),
    };
}
