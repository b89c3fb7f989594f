using Polity.Core.Grants;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Engine.Views;

/// <summary>The results tracker: each grant's status, progress, money out, objectives and event trail.</summary>
public static class GrantViews
{
    /// <summary>One line per grant.</summary>
    public static GrantRowView Row(NetworkState s, Grant g) => new(
        g.Id, g.Status.ToString(), g.Title, g.Program, Views.Name(s, g.Payee), g.Asset,
        Progress(s, g));

    /// <summary>Milestones attested (or paid) of the total, and money out of the amount awarded.</summary>
    public static ProgressView Progress(NetworkState s, Grant g) => new(
        g.Milestones.Count(m => m.Status is MilestoneStatus.Attested or MilestoneStatus.Paid),
        g.Milestones.Count,
        TreasuryViews.Major(s, g.Asset, g.Disbursed),
        TreasuryViews.Major(s, g.Asset, g.Award?.Amount ?? 0),
        g.Award is { Amount: > 0 } award ? new Fraction(g.Disbursed, award.Amount).ToPercent() : Fraction.Zero.ToPercent());

    /// <summary>Prints the list.</summary>
    public static void WriteList(TextWriter o, IReadOnlyList<GrantRowView> rows)
    {
        foreach (var r in rows)
        {
            o.WriteLine($"{r.Id,4}  {r.Status,-10} {r.Title}  ({r.Recipient}{(r.Program.Length > 0 ? $", {r.Program}" : "")})");
            o.WriteLine($"      milestones {r.Progress.MilestonesAttested}/{r.Progress.Milestones} attested, {r.Progress.MoneyOut} of {r.Progress.Awarded} {r.Asset} paid out ({r.Progress.MoneyOutShare})");
        }
        if (rows.Count == 0)
        {
            o.WriteLine("no grant applications");
        }
    }

    /// <summary>A grant in full.</summary>
    public static GrantView Grant(NetworkState s, Grant g) => new(
        g.Id,
        g.Status.ToString(),
        g.Title,
        g.Program,
        Views.Name(s, g.Applicant),
        g.Applicant,
        Views.Name(s, g.Payee),
        g.Payee,
        g.Asset,
        TreasuryViews.Major(s, g.Asset, g.Requested),
        Progress(s, g),
        TreasuryViews.Major(s, g.Asset, g.Outstanding),
        g.Released > 0 ? TreasuryViews.Major(s, g.Asset, g.Released) : null,
        g.Award?.Source.ToString(),
        g.Award?.By.Describe(),
        g.Objectives,
        g.Beneficiaries.Select(b => Views.Name(s, b)).ToList(),
        g.Review is { } r ? new ReviewView(Views.Name(s, r.Reviewer), r.Eligible, r.Note, r.At) : null,
        g.Award is null
            ? g.Proposed.Select((m, i) => new MilestoneView(i + 1, m.Title, TreasuryViews.Major(s, g.Asset, m.Amount), "Proposed", "0", "", null, "")).ToList()
            : g.Milestones.Select(m => new MilestoneView(m.Number, m.Title, TreasuryViews.Major(s, g.Asset, m.Amount), m.Status.ToString(), TreasuryViews.Major(s, g.Asset, m.Paid),
                m.Report, m.Reviewer is { } who ? Views.Name(s, who) : null, m.ReviewNote)).ToList(),
        g.FinalReport,
        g.Trail.Select(t => new GrantStepView(t.Seq, t.At, Views.Time(t.At), Views.Name(s, t.By), t.What)).ToList());

    /// <summary>Prints a grant.</summary>
    public static void WriteGrant(TextWriter o, GrantView v)
    {
        o.WriteLine($"Grant {v.Id} {v.Title} — {v.Status}");
        var forWhom = v.Recipient == v.Applicant ? "" : $" for {v.Recipient}";
        o.WriteLine($"  applied by {v.Applicant}{forWhom}{(v.Program.Length > 0 ? $", program {v.Program}" : "")}; requested {v.Requested} {v.Asset}");
        if (v.AwardedBy is not null)
        {
            o.WriteLine($"  awarded {v.Progress.Awarded} {v.Asset} by {v.AwardedBy} from {v.Source}; paid out {v.Progress.MoneyOut} {v.Asset} ({v.Progress.MoneyOutShare}), still committed {v.Outstanding}{(v.Returned is null ? "" : $", returned {v.Returned}")}");
        }
        o.WriteLine($"  progress: {v.Progress.MilestonesAttested}/{v.Progress.Milestones} milestones attested");
        foreach (var objective in v.Objectives)
        {
            o.WriteLine($"  objective: {objective}");
        }
        if (v.Beneficiaries.Count > 0)
        {
            o.WriteLine($"  beneficiaries: {string.Join(", ", v.Beneficiaries)}");
        }
        if (v.Review is { } r)
        {
            o.WriteLine($"  review by {r.Reviewer}: {(r.Eligible ? "eligible" : "ineligible")}{(r.Note.Length > 0 ? $" — {r.Note}" : "")}");
        }
        foreach (var m in v.Milestones)
        {
            o.WriteLine($"  milestone {m.Number}: {m.Title} — {m.Amount} {v.Asset}, {m.Status}{(m.Status == "Attested" ? $", paid {m.Paid}" : "")}");
            if (m.Report.Length > 0)
            {
                o.WriteLine($"    report: {m.Report}");
            }
            if (m.Reviewer is not null)
            {
                o.WriteLine($"    reviewed by {m.Reviewer}{(m.ReviewNote.Length > 0 ? $": {m.ReviewNote}" : "")}");
            }
        }
        if (v.FinalReport.Length > 0)
        {
            o.WriteLine($"  final report: {v.FinalReport}");
        }
        o.WriteLine("  trail:");
        foreach (var t in v.Trail)
        {
            o.WriteLine($"    #{t.Seq,-5} {t.Time}  {t.By}: {t.What}");
        }
    }
}

/// <summary>A grant in the list.</summary>
public sealed record GrantRowView(long Id, string Status, string Title, string Program, string Recipient, string Asset, ProgressView Progress);

/// <summary>How far a grant has come.</summary>
public sealed record ProgressView(int MilestonesAttested, int Milestones, string MoneyOut, string Awarded, string MoneyOutShare);

/// <summary>A grant in full.</summary>
public sealed record GrantView(long Id, string Status, string Title, string Program, string Applicant, Address ApplicantAddress,
    string Recipient, Address RecipientAddress, string Asset, string Requested, ProgressView Progress, string Outstanding, string? Returned,
    string? Source, string? AwardedBy, IReadOnlyList<string> Objectives, IReadOnlyList<string> Beneficiaries, ReviewView? Review,
    IReadOnlyList<MilestoneView> Milestones, string FinalReport, IReadOnlyList<GrantStepView> Trail);

/// <summary>An eligibility review.</summary>
public sealed record ReviewView(string Reviewer, bool Eligible, string Note, long At);

/// <summary>A milestone; before the award, the application's proposal.</summary>
public sealed record MilestoneView(int Number, string Title, string Amount, string Status, string Paid, string Report, string? Reviewer, string ReviewNote);

/// <summary>One event in the trail.</summary>
public sealed record GrantStepView(long Seq, long At, string Time, string By, string What);
