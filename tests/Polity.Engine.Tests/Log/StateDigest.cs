using System.Text;
using Polity.Core.Rules;
using Polity.Core.State;

namespace Polity.Engine.Tests.Log;

/// <summary>A text fingerprint of a state for comparing two folds (records holding immutable collections compare by reference).</summary>
public static class StateDigest
{
    public static string Of(NetworkState s)
    {
        var b = new StringBuilder();
        b.Append($"{s.Network}|{s.Now}|{s.EventCount}|{s.Launched}|v{s.CharterVersionNumber}\n");
        foreach (var st in s.Stakeholders.Values.OrderBy(x => x.Address.Value, StringComparer.Ordinal))
        {
            b.Append($"S {st.Address} {st.Name} {string.Join(",", st.Roles)}\n");
        }
        foreach (var (house, members) in s.Members.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            b.Append($"H {house}: {string.Join(",", members.Values.OrderBy(m => m.Member.Value, StringComparer.Ordinal).Select(m => $"{m.Member}:{m.Stake}"))}\n");
        }
        foreach (var (asset, balance) in s.Balances.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            b.Append($"B {asset} {balance}\n");
        }
        foreach (var e in s.Journal.Entries)
        {
            b.Append($"J {e.Seq} {e.Authority} {string.Join(",", e.Postings.Select(p => $"{p.Account}:{p.Asset}:{p.Amount}"))}\n");
        }
        foreach (var g in s.Grants.Values.OrderBy(g => g.Id))
        {
            b.Append($"G {g.Id} {g.Status} {g.Disbursed} {g.Trail.Count}\n");
        }
        foreach (var p in s.Proposals.Values.OrderBy(p => p.Id))
        {
            b.Append($"P {p.Id} {Lifecycle.StatusOf(p, s.Now)} {p.Title} {p.Amendments} {p.Comments.Count} ");
            b.Append(string.Join(",", p.Ballots.OrderBy(kv => kv.Key.Value, StringComparer.Ordinal).Select(kv => $"{kv.Key}={string.Join("+", kv.Value)}")));
            b.Append($" {string.Join(",", p.Passed)} {p.Eta}\n");
        }
        return b.ToString();
    }
}
