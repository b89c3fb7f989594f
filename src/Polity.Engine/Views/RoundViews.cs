using Polity.Core.Rounds;
using Polity.Core.State;

namespace Polity.Engine.Views;

/// <summary>Rounds as the CLI shows them: their plan, phase, money, applications and result.</summary>
public static class RoundViews
{
    /// <summary>One line per round.</summary>
    public static RoundRowView Row(NetworkState s, Round r) => new(
        r.Id, r.Plan.Title, r.Plan.Kind, Method(r), r.PhaseAt(s.Now).ToString(), r.Plan.Asset,
        TreasuryViews.Major(s, r.Plan.Asset, r.Plan.Pool), TreasuryViews.Major(s, r.Plan.Asset, s.Journal.BalanceOf(r.Account, r.Plan.Asset)),
        r.Applications.Count);

    private static string Method(Round r) => r.IsBudgeting
        ? $"{r.Plan.Rule}{(r.Plan.Completion is { } c ? $"+{c}" : "")}, {r.Plan.Ballot} ballots"
        : $"{r.Plan.Rule} qf";

    /// <summary>Prints the list.</summary>
    public static void WriteList(TextWriter o, IReadOnlyList<RoundRowView> rows)
    {
        foreach (var r in rows)
        {
            o.WriteLine($"{r.Id,-16} {r.Phase,-12} {r.Title}  ({r.Kind}: {r.Method})");
            o.WriteLine($"{"",16} pool {r.Pool} {r.Asset}, account holds {r.Balance} {r.Asset}, {r.Applications} application(s)");
        }
        if (rows.Count == 0)
        {
            o.WriteLine("no rounds");
        }
    }

    /// <summary>A round in full, with its standings (or final result).</summary>
    public static RoundView Round(NetworkState s, Round r) => new(
        Row(s, r),
        r.Plan.Budget.Length > 0 ? $"budget:{r.Plan.Budget}" : "treasury",
        r.OpenedBy,
        Views.Time(r.OpenedAt), Views.Time(r.ApplicationsEnd), Views.Time(r.ReviewEnd), Views.Time(r.VotingEnd),
        r.Plan.Voters,
        r.Plan.Cap is { } cap ? TreasuryViews.Major(s, r.Plan.Asset, cap) : null,
        r.Plan.Minimum is { } min ? TreasuryViews.Major(s, r.Plan.Asset, min) : null,
        r.Plan.Objectives ?? [],
        r.Applications.Select(id => s.Grants[id]).Select(g => new RoundApplicationView(g.Id, g.Title, Views.Name(s, g.Recipient), g.Status.ToString(),
            TreasuryViews.Major(s, g.Asset, g.Requested))).ToList(),
        r.Ballots.Count,
        r.Contributions.Count,
        Result(s, r, RoundTally.Of(s, r)));

    /// <summary>A result with amounts in major units.</summary>
    public static RoundResultView Result(NetworkState s, Round round, RoundResult result) => Result(s, result, round.Plan.Asset, round.Plan.Kind);

    private static RoundResultView Result(NetworkState s, RoundResult result, string asset, string kind) => new(
        result.Round, kind, result.Final, asset,
        result.Lines.Select(l => new RoundLineView(l.Grant, l.Title, TreasuryViews.Major(s, asset, l.Cost), l.Votes, l.Score,
            TreasuryViews.Major(s, asset, l.Matched), l.Selected, TreasuryViews.Major(s, asset, l.Amount))).ToList(),
        TreasuryViews.Major(s, asset, result.Pool), TreasuryViews.Major(s, asset, result.Awarded), TreasuryViews.Major(s, asset, result.Remainder));

    /// <summary>Prints a round.</summary>
    public static void WriteRound(TextWriter o, RoundView v)
    {
        o.WriteLine($"round {v.Summary.Id}: {v.Summary.Title}");
        o.WriteLine($"  {v.Summary.Kind}: {v.Summary.Method}; phase {v.Summary.Phase}; opened by proposal {v.OpenedBy}");
        o.WriteLine($"  pool {v.Summary.Pool} {v.Summary.Asset} from {v.Source}; account holds {v.Summary.Balance} {v.Summary.Asset}");
        o.WriteLine($"  applications {v.OpenedAt} → {v.ApplicationsEnd}, review → {v.ReviewEnd}, voting → {v.VotingEnd}");
        if (v.Voters.Count > 0)
        {
            o.WriteLine($"  voters: members of {string.Join(", ", v.Voters)}");
        }
        if (v.Cap is not null || v.Minimum is not null)
        {
            o.WriteLine($"  matching cap {v.Cap ?? "none"}, minimum contribution {v.Minimum ?? "none"}");
        }
        foreach (var objective in v.Objectives)
        {
            o.WriteLine($"  objective: {objective}");
        }
        foreach (var a in v.Applications)
        {
            o.WriteLine($"  {a.Grant,4}  {a.Status,-10} {a.Title} ({a.Recipient}) asks {a.Requested}");
        }
        o.WriteLine($"  {v.Ballots} ballot(s), {v.Contributions} contribution(s)");
        WriteResult(o, v.Result);
    }

    /// <summary>Prints a result.</summary>
    public static void WriteResult(TextWriter o, RoundResultView v)
    {
        o.WriteLine(v.Final ? $"result of round {v.Round}:" : $"standings in round {v.Round} (voting has not closed):");
        foreach (var l in v.Lines)
        {
            var match = v.Kind == RoundKinds.Quadratic ? $", matched {l.Matched}" : "";
            o.WriteLine($"  {(l.Selected ? "✓" : " ")} {l.Grant,4}  {l.Title}: cost {l.Cost}, {l.Votes} {(v.Kind == RoundKinds.Quadratic ? "contributor(s), given" : "vote(s), score")} {l.Score}{match}{(l.Selected ? $" → {l.Amount} {v.Asset}" : "")}");
        }
        o.WriteLine($"  pool {v.Pool}, awarded {v.Awarded}, remainder {v.Remainder} {v.Asset}");
    }
}

/// <summary>A round in a list.</summary>
public sealed record RoundRowView(string Id, string Title, string Kind, string Method, string Phase, string Asset, string Pool, string Balance, int Applications);

/// <summary>A round in full.</summary>
public sealed record RoundView(
    RoundRowView Summary, string Source, long OpenedBy, string OpenedAt, string ApplicationsEnd, string ReviewEnd, string VotingEnd,
    IReadOnlyList<string> Voters, string? Cap, string? Minimum, IReadOnlyList<string> Objectives, IReadOnlyList<RoundApplicationView> Applications,
    int Ballots, int Contributions, RoundResultView Result);

/// <summary>An application in a round.</summary>
public sealed record RoundApplicationView(long Grant, string Title, string Recipient, string Status, string Requested);

/// <summary>A round's result.</summary>
public sealed record RoundResultView(string Round, string Kind, bool Final, string Asset, IReadOnlyList<RoundLineView> Lines, string Pool, string Awarded, string Remainder);

/// <summary>One application's line in a result; amounts in major units.</summary>
public sealed record RoundLineView(long Grant, string Title, string Cost, long Votes, long Score, string Matched, bool Selected, string Amount);
