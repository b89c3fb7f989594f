using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Grants;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Core.Rules;

public static partial class NetworkRules
{
    private const int MaxMilestones = 50;
    private const int MaxObjectives = 20;
    private const int MaxText = 10_000;

    private static Rejection? CheckGrantEvent(NetworkState state, GrantEvent e, EventContext ctx)
    {
        if (state.Charter.Charter.Treasury.Grants is not { } rules)
        {
            return Reject("no-grants", "the charter runs no grants: it has no 'treasury.grants' naming reviewers");
        }
        if (e is GrantApplied applied)
        {
            return CheckApplied(state, applied, ctx);
        }
        var id = e switch
        {
            GrantReviewed r => r.Grant,
            MilestoneReported r => r.Grant,
            MilestoneAttested a => a.Grant,
            GrantDisbursed d => d.Grant,
            GrantClosed c => c.Grant,
            _ => 0,
        };
        if (state.Grants.GetValueOrDefault(id) is not { } grant)
        {
            return Reject("unknown-grant", $"there is no grant application {id}");
        }
        return e switch
        {
            GrantReviewed reviewed => CheckReviewed(state, rules, grant, reviewed, ctx),
            MilestoneReported reported => CheckReported(grant, reported, ctx),
            MilestoneAttested attested => CheckAttested(state, rules, grant, attested, ctx),
            GrantDisbursed disbursed => CheckDisbursed(state, rules, grant, disbursed, ctx),
            GrantClosed closed => CheckClosed(grant, closed, ctx),
            _ => Reject("unknown-event", $"no rule knows {e.GetType().Name}"),
        };
    }

    private static Rejection? CheckApplied(NetworkState state, GrantApplied e, EventContext ctx)
    {
        if (!state.Launched)
        {
            return Reject("not-launched", "grant applications open once the operator launches the network");
        }
        if (!state.Stakeholders.ContainsKey(ctx.Author))
        {
            return Reject("unknown-stakeholder", $"{ctx.Author} is not registered: only registered stakeholders apply");
        }
        if (!state.Stakeholders.ContainsKey(e.Recipient) || e.Beneficiaries.Any(b => !state.Stakeholders.ContainsKey(b)))
        {
            return Reject("unknown-stakeholder", "the recipient and every named beneficiary must be registered stakeholders");
        }
        if (string.IsNullOrWhiteSpace(e.Title) || e.Title.Length > 200)
        {
            return Reject("bad-title", "an application needs a title of 1 to 200 characters");
        }
        if (e.Objectives.Count > MaxObjectives || e.Objectives.Any(o => string.IsNullOrWhiteSpace(o) || o.Length > 2_000))
        {
            return Reject("bad-objectives", $"give at most {MaxObjectives} objectives, each of 1 to 2,000 characters");
        }
        return CheckAmount(state, e.Asset, e.Amount)
            ?? (e.Round is null ? null : CheckRoundApplication(state, e, ctx))
            ?? CheckSource(state, e.Program, e.Asset)
            ?? CheckMilestones(state, e.Milestones, e.Asset, e.Amount);
    }

    /// <summary>Between 1 and 50 milestones, each titled and positive, summing exactly to the amount.</summary>
    private static Rejection? CheckMilestones(NetworkState state, IReadOnlyList<MilestonePlan> milestones, string asset, long amount)
    {
        if (milestones.Count is 0 or > MaxMilestones)
        {
            return Reject("bad-milestones", $"give 1 to {MaxMilestones} milestones");
        }
        if (milestones.Any(m => string.IsNullOrWhiteSpace(m.Title) || m.Title.Length > 200 || m.Amount <= 0))
        {
            return Reject("bad-milestones", "every milestone needs a title of 1 to 200 characters and a positive amount");
        }
        var sum = milestones.Aggregate(0L, (s, m) => s + Math.Min(m.Amount, Money.MaxMinorUnits));
        return sum == amount
            ? null
            : Reject("milestones-mismatch", $"the milestones sum to {FormatAmount(state, asset, sum)}, not {FormatAmount(state, asset, amount)}");
    }

    /// <summary>The author holds <paramref name="role"/> and has no interest in the grant (see <see cref="Grant.Interested"/>).</summary>
    private static Rejection? CheckOfficer(NetworkState state, string role, string missingCode, Grant grant, EventContext ctx, string verb)
    {
        if (state.Stakeholders.GetValueOrDefault(ctx.Author)?.Roles.Contains(role) != true)
        {
            return Reject(missingCode, $"{ctx.Author} does not hold the role '{role}' that may {verb} grants");
        }
        return grant.Interested().Contains(ctx.Author)
            ? Reject("conflict-of-interest",
                $"{ctx.Author} is the applicant, the recipient or a named beneficiary of grant {grant.Id} and may not {verb} it")
            : CheckRelatedOfficer(state, grant, ctx.Author, verb);
    }

    private static Rejection? CheckReviewed(NetworkState state, GrantRules rules, Grant grant, GrantReviewed e, EventContext ctx)
    {
        if (CheckOfficer(state, rules.Reviewers, "not-a-reviewer", grant, ctx, "review") is { } bad)
        {
            return bad;
        }
        if (grant.Status != GrantStatus.Applied)
        {
            return Reject("wrong-status", $"grant {grant.Id} is {grant.Status}: only applications awaiting review are reviewed");
        }
        return CheckRoundReview(state, grant, ctx) ?? CheckNote(e.Note);
    }

    private static Rejection? CheckNote(string note) =>
        note.Length > MaxText ? Reject("bad-text", "a note has at most 10,000 characters") : null;

    private static Rejection? CheckText(string text, string what) =>
        string.IsNullOrWhiteSpace(text) || text.Length > MaxText ? Reject("bad-text", $"{what} needs 1 to 10,000 characters") : null;

    private static Rejection? FindMilestone(Grant grant, int number, out Milestone milestone)
    {
        milestone = null!;
        if (grant.Status != GrantStatus.Awarded)
        {
            return Reject("wrong-status", $"grant {grant.Id} is {grant.Status}: milestones move only while a grant is Awarded");
        }
        if (number < 1 || number > grant.Milestones.Count)
        {
            return Reject("unknown-milestone", $"grant {grant.Id} has milestones 1 to {grant.Milestones.Count}, not {number}");
        }
        milestone = grant.Milestones[number - 1];
        return null;
    }

    private static Rejection? CheckReported(Grant grant, MilestoneReported e, EventContext ctx)
    {
        if (!grant.IsGrantee(ctx.Author))
        {
            return Reject("not-grantee", $"only the applicant or the recipient of grant {grant.Id} reports its milestones");
        }
        if (FindMilestone(grant, e.Milestone, out var m) is { } bad)
        {
            return bad;
        }
        return m.Status != MilestoneStatus.Pending
            ? Reject("wrong-status", $"milestone {m.Number} of grant {grant.Id} is {m.Status}: only a pending milestone is reported")
            : CheckText(e.Report, "a report");
    }

    private static Rejection? CheckAttested(NetworkState state, GrantRules rules, Grant grant, MilestoneAttested e, EventContext ctx)
    {
        if (CheckOfficer(state, rules.Reviewers, "not-a-reviewer", grant, ctx, "attest") is { } notAllowed)
        {
            return notAllowed;
        }
        if (FindMilestone(grant, e.Milestone, out var m) is { } bad)
        {
            return bad;
        }
        return m.Status != MilestoneStatus.Reported
            ? Reject("wrong-status", $"milestone {m.Number} of grant {grant.Id} is {m.Status}: only a reported milestone is attested")
            : CheckNote(e.Note);
    }

    private static Rejection? CheckDisbursed(NetworkState state, GrantRules rules, Grant grant, GrantDisbursed e, EventContext ctx)
    {
        if (CheckOfficer(state, rules.Disbursers, "not-a-disburser", grant, ctx, "pay out") is { } notAllowed)
        {
            return notAllowed;
        }
        if (FindMilestone(grant, e.Milestone, out var m) is { } bad)
        {
            return bad;
        }
        if (e.Amount <= 0)
        {
            return Reject("bad-amount", "an amount must be positive");
        }
        if (m.Status is MilestoneStatus.Pending or MilestoneStatus.Reported)
        {
            return Reject("not-attested", $"milestone {m.Number} of grant {grant.Id} is {m.Status}: a reviewer attests it before it is paid");
        }
        if (e.Amount > m.Unpaid)
        {
            return Reject("over-disbursement",
                $"milestone {m.Number} of grant {grant.Id} has {FormatAmount(state, grant.Asset, m.Unpaid)} left to pay, not {FormatAmount(state, grant.Asset, e.Amount)}");
        }
        return CheckFunds(state, grant.Account, grant.Asset, e.Amount);
    }

    private static Rejection? CheckClosed(Grant grant, GrantClosed e, EventContext ctx)
    {
        if (!grant.IsGrantee(ctx.Author))
        {
            return Reject("not-grantee", $"only the applicant or the recipient of grant {grant.Id} files its final report");
        }
        return CheckClosable(grant, "closed", "closes") ?? CheckText(e.Report, "a final report");
    }

    /// <summary>An award as a proposal carries it (checked when drafted and again, with the money, when executed).</summary>
    internal static Rejection? CheckAward(NetworkState state, ProposalAction.AwardGrant award)
    {
        if (state.Charter.Charter.Treasury.Grants is null)
        {
            return Reject("no-grants", "the charter runs no grants: it has no 'treasury.grants' naming reviewers");
        }
        if (state.Grants.GetValueOrDefault(award.Grant) is not { } grant)
        {
            return Reject("unknown-grant", $"there is no grant application {award.Grant}");
        }
        if (grant.Status != GrantStatus.Eligible)
        {
            return Reject("wrong-status", $"grant {grant.Id} is {grant.Status}: only an application a reviewer found eligible is awarded");
        }
        if (!state.Stakeholders.ContainsKey(award.Recipient))
        {
            return Reject("unknown-stakeholder", $"the recipient {award.Recipient} is not registered");
        }
        if (CheckAmount(state, award.Asset, award.Amount) is { } bad)
        {
            return bad;
        }
        if (award.Asset != grant.Asset)
        {
            return Reject("wrong-asset", $"grant {grant.Id} asked for {grant.Asset}, not {award.Asset}");
        }
        if (award.Round is null && grant.Round is { } round)
        {
            return Reject("round-application", $"grant {grant.Id} applied to round '{round}': only that round's result awards it");
        }
        if (award.Round is not null && CheckRoundAward(state, award, grant) is { } offRound)
        {
            return offRound;
        }
        if (award.Round is null && award.Amount > grant.Requested)
        {
            return Reject("over-request",
                $"grant {grant.Id} asked for {FormatAmount(state, grant.Asset, grant.Requested)}; an award may trim a request but not exceed it");
        }
        return CheckMilestones(state, award.Milestones, award.Asset, award.Amount)
            ?? CheckSource(state, award.Budget, award.Asset);
    }
}
