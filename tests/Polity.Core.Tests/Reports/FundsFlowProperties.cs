using FsCheck;
using FsCheck.Fluent;
using Polity.Core.Primitives;
using Polity.Core.Reports;
using Polity.Core.Treasury;

namespace Polity.Core.Tests.Reports;

/// <summary>Over random balanced journals (moves and many-posting entries between random accounts), the graph conserves money.</summary>
public sealed class FundsFlowProperties
{
    private static readonly Account[] Accounts =
    [
        Account.Funder(new Address("0x" + new string('1', 40))), Account.Treasury, Account.Budget("a"), Account.Budget("b"),
        Account.Grant(1), Account.Grant(2), Account.Payee(new Address("0x" + new string('a', 40))), Account.Payee(new Address("0x" + new string('b', 40))),
    ];

    private static Arbitrary<List<(int From, int To1, int To2, int Amount, int Split, bool Usd)>> Entries() =>
        (from src in Gen.Choose(0, Accounts.Length - 1)
         from to1 in Gen.Choose(0, Accounts.Length - 1)
         from to2 in Gen.Choose(0, Accounts.Length - 1)
         from amount in Gen.Choose(1, 1_000_000)
         from split in Gen.Choose(0, 1_000_000)
         from usd in Gen.Elements(false, true)
         select (src, to1, to2, amount, split, usd)).ListOf().Select(l => l.Take(40).ToList()).ToArbitrary();

    private static Journal Build(List<(int From, int To1, int To2, int Amount, int Split, bool Usd)> entries)
    {
        var journal = Journal.Empty;
        var seq = 1;
        foreach (var (from, to1, to2, amount, split, usd) in entries)
        {
            var asset = usd ? "USD" : "EUR";
            var first = split % (amount + 1);
            var postings = new List<Posting> { new(Accounts[from], asset, -amount) };
            if (first > 0)
            {
                postings.Add(new Posting(Accounts[to1], asset, first));
            }
            if (amount - first > 0)
            {
                postings.Add(new Posting(Accounts[to2], asset, amount - first));
            }
            journal = journal.Post(new JournalEntry(seq++, 0, "", new JournalAuthority.Proposal(1), postings));
        }
        return journal;
    }

    [FsCheck.Xunit.Property(MaxTest = 100)]
    public Property Every_node_takes_in_what_it_gives_out_plus_its_balance() =>
        Prop.ForAll(Entries(), entries =>
        {
            var journal = Build(entries);
            return FundsFlow.Of(journal, _ => 2).Assets.All(flow => flow.Nodes.All(n =>
                Account.TryParse(n.Account, out var a) && n.In - n.Out == journal.BalanceOf(a, flow.Asset) && n.Balance == n.In - n.Out));
        });

    [FsCheck.Xunit.Property(MaxTest = 100)]
    public Property The_flows_carry_exactly_what_the_entries_moved_between_different_accounts() =>
        Prop.ForAll(Entries(), entries =>
        {
            var journal = Build(entries);
            var graph = FundsFlow.Of(journal, _ => 2);
            var moved = journal.Entries.SelectMany(e => e.Postings.Where(p => p.Amount > 0 && p.Account != e.Postings[0].Account))
                .GroupBy(p => p.Asset).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));
            return graph.Assets.All(f => f.Edges.Sum(e => e.Amount) == moved.GetValueOrDefault(f.Asset) && f.Edges.All(e => e.Amount > 0 && e.From != e.To));
        });
}
