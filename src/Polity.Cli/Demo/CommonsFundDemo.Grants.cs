using Polity.Core.Events;
using Polity.Core.Treasury;
using Polity.Engine.Proposals;

namespace Polity.Cli.Demo;

public sealed partial class CommonsFundDemo
{
    /// <summary>
    /// A grant with milestones, from application to its first disbursement: Green Roofs applies to the
    /// small-grants program, the secretariat (the charter's reviewers) finds it eligible, a grant proposal
    /// allocates the budget and awards the grant, Green Roofs reports its first milestone, the secretariat
    /// attests it and pays the first tranche. Runs on the demo's network at any point after the founding
    /// step; the durations come from the charter in force.
    /// </summary>
    /// <returns>The grant's number.</returns>
    public async Task<long> GrantWithMilestonesAsync()
    {
        Step("Grant with milestones — application, review, award by proposal, report, attestation, first tranche");
        long Eur(string amount) => ProposalFile.Minor(State, "EUR", amount);
        MilestonePlan[] milestones =
        [
            new("Three school rain gardens dug and planted", Eur("1500")),
            new("A season of run-off measurements published as open data", Eur("2500")),
        ];
        await DoAsync("green-roofs", new GrantApplied("small-grants", "Rain gardens for three basin schools", "EUR", Eur("4000"), Who("green-roofs"), milestones,
            ["Slow storm run-off around three schools", "Publish open run-off data for the basin map"], [Who("lena")]),
            "Green Roofs applies to small-grants for 4,000 EUR in two milestones, naming Lena (who coordinates its volunteers) as a beneficiary");
        var grant = State.Grants.Count;
        await RefusedAsync("green-roofs", new GrantReviewed(grant, true, "We qualify."), "Green Roofs reviewing its own application");
        await DoAsync("convener", new GrantReviewed(grant, true, "In the basin, in the program, milestones that can be checked."),
            $"the secretariat (role stewards, the charter's grant reviewers) finds grant {grant} eligible");

        var award = new ProposalAction.AwardGrant(grant, Who("green-roofs"), "EUR", Eur("4000"), milestones, "small-grants");
        await DoAsync("maria", new ProposalCreated("grant", $"Award grant {grant}: rain gardens for three schools",
            "Fund the small-grants program and award Green Roofs' eligible application from it.",
            ProposalOption.YesNo([new ProposalAction.AllocateBudget("small-grants", "EUR", Eur("4000")), award]), [Who("lena")]),
            $"Maria drafts proposal {State.Proposals.Count + 1}: allocate 4,000 EUR to small-grants, then award grant {grant} from it");
        var id = (long)State.Proposals.Count;
        await DoAsync("maria", new ProposalSubmitted(id), $"Maria opens deliberation ({State.Charter.Charter.FindDecisionType("grant")!.Deliberation})");
        var rules = State.Proposals[id].Rules!;
        await AdvanceAsync(rules.Deliberation.ToString());
        var p = State.Proposals[id];
        var recused = p.Beneficiaries();
        await RefusedAsync("lena", new BallotCast(id, ["for"]), "Lena's ballot (a declared beneficiary, recused)");
        foreach (var (key, _, _, house, _) in Cast)
        {
            if (house is not null && p.Electorate.GetValueOrDefault(house)?.ContainsKey(Who(key)) == true
                && rules.Houses.Any(h => h.House == house) && !recused.Contains(Who(key)))
            {
                await DoAsync(key, new BallotCast(id, ["for"]), $"{Name(key)} votes for");
            }
        }
        await AdvanceAsync(rules.Voting.Period.ToString());
        ShowTally(id);
        await QueueAsync("maria", id);
        if (rules.Timelock.Seconds > 0)
        {
            await AdvanceAsync(rules.Timelock.ToString());
        }
        await DoAsync("maria", new ProposalExecuted(id), $"Maria executes proposal {id}: 4,000 EUR into small-grants, then committed to grant {grant}");
        _out.WriteLine($"  journal: budget:small-grants {Views.Amount(State, "EUR", State.Journal.BalanceOf(Account.Budget("small-grants"), "EUR"))}, " +
            $"grant:{grant} {Views.Amount(State, "EUR", State.Journal.BalanceOf(Account.Grant(grant), "EUR"))} committed");

        await DoAsync("green-roofs", new MilestoneReported(grant, 1, "Gardens dug and planted at Riverside, Millbrook and Weir Lane schools; photos on the basin map."),
            "Green Roofs reports milestone 1");
        await DoAsync("convener", new MilestoneAttested(grant, 1, true, "Visited all three sites."), "the secretariat attests milestone 1 after a site visit");
        await RefusedAsync("convener", new GrantDisbursed(grant, 1, Eur("2000"), ""), "paying 2,000 EUR for a 1,500 EUR milestone");
        await DoAsync("convener", new GrantDisbursed(grant, 1, Eur("1500"), "Transfer ref. CF-2027-001"), "the secretariat pays the first tranche: 1,500 EUR to Green Roofs");
        var g = State.Grants[grant];
        var progress = GrantViews.Progress(State, g);
        _out.WriteLine($"  grant {grant} is {g.Status}: {progress.MilestonesAttested}/{progress.Milestones} milestones attested, " +
            $"{Views.Amount(State, "EUR", g.Disbursed)} of {Views.Amount(State, "EUR", g.Award!.Amount)} paid out, {Views.Amount(State, "EUR", g.Outstanding)} still committed");
        return grant;
    }
}
