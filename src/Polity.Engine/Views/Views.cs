using System.Globalization;
using Polity.Core.Primitives;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Core.Voting;

namespace Polity.Engine.Views;

/// <summary>What read commands print: one view model per screen, as text or (with --json) as JSON.</summary>
public static class Views
{
    /// <summary>A unix time as <c>2026-11-24 22:10 UTC</c>.</summary>
    public static string Time(long unix) =>
        DateTimeOffset.FromUnixTimeSeconds(unix).UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>A stakeholder's name, or the address when unregistered.</summary>
    public static string Name(NetworkState state, Address who) => state.Stakeholders.GetValueOrDefault(who)?.Name ?? who.Value;

    /// <summary>An amount in major units with its asset code.</summary>
    public static string Amount(NetworkState state, string asset, long minor) => $"{TreasuryViews.Major(state, asset, minor)} {asset}";

    /// <summary>The network overview.</summary>
    public static NetworkView Network(NetworkState s) => new(
        s.Network,
        s.Charter.Charter.Purpose,
        s.Operator,
        s.Clock.ToString().ToLowerInvariant(),
        s.Now,
        Time(s.Now),
        s.Launched,
        s.CharterVersionNumber,
        s.EventCount,
        s.Charter.Charter.Houses.Select(h => new HouseView(h.Id, s.MembersOf(h.Id).Count, s.MembersOf(h.Id).Values.Sum(m => s.WeightOf(h, m)))).ToList(),
        s.Proposals.Values.GroupBy(p => Lifecycle.StatusOf(p, s.Now).ToString()).ToDictionary(g => g.Key, g => g.Count()),
        s.Charter.Charter.Treasury.Assets.Select(a => Amount(s, a.Code, s.BalanceOf(a.Code))).ToList());

    /// <summary>Prints the network overview.</summary>
    public static void WriteNetwork(TextWriter o, NetworkView v)
    {
        o.WriteLine($"{v.Network} — {v.Purpose}");
        o.WriteLine($"  operator {v.Operator}, {v.Clock} clock at {v.Time}, {(v.Launched ? "launched" : "founding phase")}, charter v{v.CharterVersion}, {v.Events} events");
        foreach (var h in v.Houses)
        {
            o.WriteLine($"  house {h.House,-12} {h.Members,4} members, total weight {h.TotalWeight}");
        }
        o.WriteLine($"  proposals: {(v.Proposals.Count == 0 ? "none" : string.Join(", ", v.Proposals.Select(kv => $"{kv.Value} {kv.Key}")))}");
        o.WriteLine($"  treasury: {string.Join(", ", v.Treasury)}");
    }

    /// <summary>A proposal in full.</summary>
    public static ProposalView Proposal(NetworkState s, Proposal p) => new(
        p.Id,
        p.DecisionTypeId,
        p.Title,
        p.Body,
        Name(s, p.Author),
        p.Author,
        Lifecycle.StatusOf(p, s.Now).ToString(),
        p.Options.Select(o => new OptionView(o.Name, o.Actions.Select(a => Describe(s, a)).ToList())).ToList(),
        p.Beneficiaries().Select(b => Name(s, b)).Order(StringComparer.Ordinal).ToList(),
        p.SubmittedAt,
        p.VotingStartsAt,
        p.VotingEndsAt,
        p.Eta,
        p.Amendments,
        p.Comments.Select(c => new CommentView(c.Number, c.Kind, Name(s, c.Author), c.Text, c.ReplyTo, c.At, c.WithdrawnAt)).ToList(),
        p.Ballots.Count,
        p.Vetoes.Keys.Select(v => Name(s, v)).ToList(),
        p.Rules is null ? null : TallyView(Tallying.Tally(p, s.Now)),
        p.Simulation);

    /// <summary>Prints a proposal.</summary>
    public static void WriteProposal(TextWriter o, NetworkState s, ProposalView v)
    {
        o.WriteLine($"Proposal {v.Id} [{v.Type}] {v.Title} — {v.Status}");
        o.WriteLine($"  by {v.Author}; {v.Amendments} amendment(s); {v.Ballots} ballot(s)");
        if (v.VotingStartsAt is { } start)
        {
            o.WriteLine($"  deliberation from {Time(v.SubmittedAt!.Value)}, voting {Time(start)} – {Time(v.VotingEndsAt!.Value)}{(v.Eta is { } eta ? $", executable from {Time(eta)}" : "")}");
        }
        if (!string.IsNullOrWhiteSpace(v.Body))
        {
            o.WriteLine($"  {v.Body.Trim().Replace("\n", "\n  ", StringComparison.Ordinal)}");
        }
        foreach (var option in v.Options)
        {
            o.WriteLine($"  option {option.Name}{(option.Actions.Count > 0 ? ": " + string.Join("; ", option.Actions) : "")}");
        }
        if (v.Beneficiaries.Count > 0)
        {
            o.WriteLine($"  beneficiaries: {string.Join(", ", v.Beneficiaries)}");
        }
        if (v.Simulation is { } sim)
        {
            o.WriteLine($"  simulation report sha256 {sim.ReportSha256} (charter {sim.CharterSha256[..12]}…): {sim.Summary}");
        }
        foreach (var c in v.Comments)
        {
            o.WriteLine($"  #{c.Number} {c.Kind} by {c.Author}{(c.ReplyTo > 0 ? $" (re #{c.ReplyTo})" : "")}{(c.WithdrawnAt is { } w ? $" (withdrawn {Time(w)})" : "")}: {c.Text}");
        }
        if (v.Vetoes.Count > 0)
        {
            o.WriteLine($"  vetoed by: {string.Join(", ", v.Vetoes)}");
        }
        if (v.Tally is not null && s.Proposals.TryGetValue(v.Id, out var p))
        {
            WriteTally(o, s, Tallying.Tally(p, s.Now));
        }
    }

    /// <summary>A tally as a plain JSON-friendly shape.</summary>
    public static object TallyView(ProposalTally t) => new
    {
        proposal = t.Proposal,
        method = t.Method,
        combine = t.Combine,
        outcome = t.Outcome.ToString(),
        passed = t.Passed,
        houses = t.Houses.Select(h => new
        {
            house = h.House,
            electorate = h.Electorate,
            electorateWeight = h.ElectorateWeight,
            ballots = h.Ballots,
            turnoutWeight = h.TurnoutWeight,
            quorum = h.Quorum.ToString(),
            quorumMet = h.QuorumMet,
            threshold = h.Threshold.ToString(),
            decisiveWeight = h.DecisiveWeight,
            options = h.Options.Select(o => new { option = o.Option, weight = o.Weight, share = o.Share.ToPercent(), passed = o.Passed }),
            recused = h.Recused,
            disclosed = h.Disclosed,
            conflicts = h.Conflicts.Select(c => new { member = c.Party, relation = c.Relation, beneficiary = c.Related, relationship = c.Relationship }),
            delegated = h.Delegated.Select(d => new { from = d.From, path = d.Path, to = d.To, weight = d.Weight }),
            method = h.Method,
            detail = h.Detail,
        }),
        options = t.Options.Select(o => new { option = o.Option, housesPassed = o.HousesPassed, weightedShare = o.WeightedShare?.ToPercent(), passed = o.Passed }),
    };

    /// <summary>
    /// A weight for reading: whole numbers and small fractions (<c>17/10</c>) as they are, long fractions
    /// (conviction, deep delegation splits) to three decimals with <c>≈</c>; <c>--json</c> keeps them exact.
    /// </summary>
    public static string Weight(Fraction weight) => weight.Denominator <= 1000
        ? weight.ToString()
        : "≈" + weight.ToDouble().ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Prints a tally with every house's numbers.</summary>
    public static void WriteTally(TextWriter o, NetworkState s, ProposalTally t)
    {
        o.WriteLine($"  tally ({t.Method}, {t.Combine}): {t.Outcome}{(t.Passed.Count > 0 ? " — passed: " + string.Join(", ", t.Passed) : "")}");
        foreach (var h in t.Houses)
        {
            var quorum = h.ElectorateWeight == 0 ? "no electorate" : $"turnout {Weight(h.TurnoutWeight)} of {h.ElectorateWeight} = {(h.TurnoutWeight / h.ElectorateWeight).ToPercent()} (quorum {h.Quorum} {(h.QuorumMet ? "met" : "NOT met")})";
            o.WriteLine($"    {h.House,-12} {h.Ballots} ballot(s){(h.Method is null ? "" : $" by {h.Method}")}, {quorum}; threshold > {h.Threshold}");
            foreach (var option in h.Options)
            {
                // Shares are of decisive weight, which abstentions are not part of.
                var share = option.Option == Core.Events.ProposalOption.Abstain ? "" : option.Share.ToPercent();
                o.WriteLine($"      {option.Option,-24} {Weight(option.Weight),10}  {share,8}{(option.Passed ? "  passes" : "")}");
            }
            if (h.Detail is Core.Voting.ITallyDetail detail)
            {
                foreach (var line in detail.Lines())
                {
                    o.WriteLine($"      {line}");
                }
            }
            foreach (var d in h.Delegated)
            {
                var path = string.Join(" → ", d.Path.Prepend(d.From).Append(d.To).Select(m => Name(s, m)));
                o.WriteLine($"      delegated {Weight(d.Weight),8}: {path}");
            }
            if (h.Recused.Count > 0)
            {
                o.WriteLine($"      recused: {string.Join(", ", h.Recused.Select(r => Name(s, r)))}");
            }
            if (h.Disclosed.Count > 0)
            {
                o.WriteLine($"      disclosed interest: {string.Join(", ", h.Disclosed.Select(r => Name(s, r)))}");
            }
            foreach (var c in h.Conflicts)
            {
                o.WriteLine($"      by the map: {Name(s, c.Party)} {c.Relation} {Name(s, c.Related)}, a beneficiary (relationship {c.Relationship})");
            }
        }
    }

    private static string Describe(NetworkState s, Core.Events.ProposalAction a) => a switch
    {
        Core.Events.ProposalAction.Transfer t => $"transfer {Amount(s, t.Asset, t.Amount)} to {Name(s, t.To)}{(t.From is { } from ? $" from budget {from}" : "")}",
        Core.Events.ProposalAction.AllocateBudget b => $"allocate {Amount(s, b.Asset, b.Amount)} to budget {b.Budget}",
        Core.Events.ProposalAction.AwardGrant g =>
            $"award grant {g.Grant}: {Amount(s, g.Asset, g.Amount)} to {Name(s, g.Recipient)} in {g.Milestones.Count} milestone(s){(g.Budget.Length > 0 ? $" from budget {g.Budget}" : "")}",
        Core.Events.ProposalAction.AddMember m => $"add {Name(s, m.Member)} to {m.House}",
        Core.Events.ProposalAction.RemoveMember r => $"remove {Name(s, r.Member)} from {r.House}",
        Core.Events.ProposalAction.AmendCharter => "amend the charter",
        Core.Events.ProposalAction.ChainBatch c => $"on chain: {c.Calls.Count} call(s), batch {c.Batch}{(c.Memo.Length > 0 ? $" ({c.Memo})" : "")}",
        Core.Events.ProposalAction.ReturnFunds r => $"return {Amount(s, r.Asset, r.Amount)} from {r.From} to {r.To}",
        Core.Events.ProposalAction.CancelGrant c => $"cancel grant {c.Grant}: {c.Reason}",
        _ => a.Kind,
    };
}

/// <summary>Network overview.</summary>
public sealed record NetworkView(string Network, string Purpose, Address Operator, string Clock, long Now, string Time, bool Launched,
    int CharterVersion, long Events, IReadOnlyList<HouseView> Houses, IReadOnlyDictionary<string, int> Proposals, IReadOnlyList<string> Treasury);

/// <summary>A house's size.</summary>
public sealed record HouseView(string House, int Members, long TotalWeight);

/// <summary>A proposal in full.</summary>
public sealed record ProposalView(long Id, string Type, string Title, string Body, string Author, Address AuthorAddress, string Status,
    IReadOnlyList<OptionView> Options, IReadOnlyList<string> Beneficiaries, long? SubmittedAt, long? VotingStartsAt, long? VotingEndsAt,
    long? Eta, int Amendments, IReadOnlyList<CommentView> Comments, int Ballots, IReadOnlyList<string> Vetoes, object? Tally,
    Core.Events.SimulationAttachment? Simulation = null);

/// <summary>An option and its actions, described.</summary>
public sealed record OptionView(string Name, IReadOnlyList<string> Actions);

/// <summary>A comment.</summary>
public sealed record CommentView(long Number, string Kind, string Author, string Text, long ReplyTo, long At, long? WithdrawnAt = null);
