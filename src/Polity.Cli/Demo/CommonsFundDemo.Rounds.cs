using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Rounds;
using Polity.Core.Treasury;
using Polity.Engine.Proposals;

namespace Polity.Cli.Demo;

public sealed partial class CommonsFundDemo
{
    /// <summary>The demo round's id.</summary>
    public const string DemoRound = "basin-2027";

    /// <summary>
    /// A participatory-budgeting round from its opening to its first disbursement: a grant proposal funds the
    /// small-grants budget and opens round basin-2027 (Method of Equal Shares with add-one completion, approval
    /// ballots, the community votes) with its pool; four applications; the secretariat reviews them; community
    /// members vote; the result; the award proposal carrying it passes and executes; a grantee reports its first
    /// milestone, the secretariat attests and pays it. Runs after the voting-method step (charter v2 in force).
    /// </summary>
    /// <returns>The first grant the round funded.</returns>
    public async Task<long> PbRoundAsync()
    {
        Step("A participatory budgeting round — opening by proposal, applications, review, ballots, result, awards, first tranche");
        long Eur(string amount) => ProposalFile.Minor(State, "EUR", amount);
        var plan = new RoundPlan(DemoRound, "Basin resilience 2027", RoundKinds.Budgeting, "mes", "EUR", Eur("6000"), "small-grants",
            Duration.Parse("7d").Seconds, Duration.Parse("3d").Seconds, Duration.Parse("7d").Seconds, ["community"],
            Ballot: "approval", Completion: "add1", Objectives: ["Fewer homes flooded in the lower basin", "Food security in dry summers"]);
        var opening = await ProposeAndPassAsync("maria", "Open the Basin resilience 2027 round",
            "6,000 EUR for community projects, divided by the Method of Equal Shares over the community's approval ballots.",
            [new ProposalAction.AllocateBudget("small-grants", "EUR", plan.Pool), new ProposalAction.OpenRound(plan)]);
        _out.WriteLine($"  proposal {opening} executed: round {DemoRound} opened; round:{DemoRound} holds " +
            $"{Views.Amount(State, "EUR", State.Journal.BalanceOf(Account.Round(DemoRound), "EUR"))} (from budget:small-grants)");

        var projects = new (string Who, string Title, string Amount, string First)[]
        {
            ("flood-watch", "Flood sirens for the lower basin", "2500", "Sirens installed on four poles"),
            ("seed-library", "Drought-resistant seed bank", "1500", "Seed stock bought and catalogued"),
            ("youth-rowing", "River safety training for 60 teenagers", "2000", "First 20 trained"),
            ("aiyana", "Rain barrels for 40 homes", "1200", "First 20 barrels fitted"),
        };
        var grants = new List<long>();
        foreach (var (who, title, amount, first) in projects)
        {
            var half = Eur(amount) / 2;
            await DoAsync(who, new GrantApplied("", title, "EUR", Eur(amount), Who(who),
                [new MilestonePlan(first, half), new MilestonePlan("Done and reported", Eur(amount) - half)], ["Lower-basin resilience"], [], DemoRound),
                $"{Name(who)} applies to round {DemoRound}: {title}, {amount} EUR");
            grants.Add(State.Grants.Count);
        }
        await AdvanceAsync("7d");
        await RefusedAsync("green-roofs", new GrantApplied("", "Late: roof gardens", "EUR", Eur("1000"), Who("green-roofs"), [new MilestonePlan("All", Eur("1000"))], [], [], DemoRound),
            "Green Roofs' application after applications closed");
        foreach (var grant in grants)
        {
            await DoAsync("convener", new GrantReviewed(grant, true, "In the basin, costed, milestones that can be checked."), $"the secretariat finds grant {grant} eligible");
        }
        await AdvanceAsync("3d");

        var (a, b, c, d) = (grants[0], grants[1], grants[2], grants[3]);
        await RefusedAsync("river-foundation", new RoundBallotCast(DemoRound, [a]), "River Foundation's ballot (the round is voted by the community house)");
        await RefusedAsync("maria", new RoundBallotCast(DemoRound, [a, b, c, d]), "Maria's ballot approving all four (7,200 EUR, more than the pool)");
        foreach (var (who, approved) in new (string, long[])[]
                 {
                     ("maria", [a, b]), ("tomas", [a, c]), ("aiyana", [a, d]), ("kofi", [b, c]), ("lena", [d, b]), ("yusuf", [a, b]),
                 })
        {
            await DoAsync(who, new RoundBallotCast(DemoRound, approved), $"{Name(who)} approves {string.Join(" and ", approved.Select(g => $"grant {g}"))}");
        }
        await DoAsync("tomas", new RoundBallotCast(DemoRound, [a, c, d]), "Tomás changes his ballot before voting closes: grants " + $"{a}, {c} and {d}");
        await AdvanceAsync("7d");
        var round = State.Rounds[DemoRound];
        RoundViews.WriteResult(_out, RoundViews.Result(State, round, RoundTally.Of(State, round)));

        var awards = RoundTally.Awards(State, round);
        var award = await ProposeAndPassAsync("maria", $"Awards of round {DemoRound}",
            "Carries out the round's result: one award per funded application, paid from the round's account.", [.. awards]);
        _out.WriteLine($"  proposal {award} executed: {string.Join(", ", awards.Select(x => $"grant {x.Grant} {Views.Amount(State, "EUR", x.Amount)}"))} committed; " +
            $"round:{DemoRound} keeps {Views.Amount(State, "EUR", State.Journal.BalanceOf(Account.Round(DemoRound), "EUR"))}");

        var funded = awards[0].Grant;
        var grantee = projects[grants.IndexOf(funded)].Who;
        var tranche = State.Grants[funded].Milestones[0];
        await DoAsync(grantee, new MilestoneReported(funded, 1, $"{tranche.Title}; photos and receipts on the basin map."), $"{Name(grantee)} reports milestone 1 of grant {funded}");
        await DoAsync("convener", new MilestoneAttested(funded, 1, true, "Checked on site."), "the secretariat attests it");
        await DoAsync("convener", new GrantDisbursed(funded, 1, tranche.Amount, $"Round {DemoRound} tranche 1"),
            $"the secretariat pays the first tranche of the round: {Views.Amount(State, "EUR", tranche.Amount)} to {Name(grantee)}");
        return funded;
    }

    /// <summary>Drafts a grant proposal, deliberates, has every eligible, non-recused grant voter vote for, then queues and executes it.</summary>
    private async Task<long> ProposeAndPassAsync(string author, string title, string body, ProposalAction[] actions)
    {
        await DoAsync(author, new ProposalCreated("grant", title, body, ProposalOption.YesNo(actions), []), $"{Name(author)} drafts proposal {State.Proposals.Count + 1}: {title}");
        var id = (long)State.Proposals.Count;
        await DoAsync(author, new ProposalSubmitted(id), $"{Name(author)} opens deliberation");
        var rules = State.Proposals[id].Rules!;
        await AdvanceAsync(rules.Deliberation.ToString());
        var p = State.Proposals[id];
        var voters = Cast.Where(x => x.House is { } h && rules.Houses.Any(r => r.House == h)
            && p.Electorate[x.House].ContainsKey(Who(x.Key)) && !p.Beneficiaries().Contains(Who(x.Key))).Select(x => x.Key).ToList();
        if (p.Beneficiaries().Count > 0)
        {
            _out.WriteLine($"  recused as beneficiaries: {string.Join(", ", Cast.Where(x => p.Beneficiaries().Contains(Who(x.Key))).Select(x => x.Name))}");
        }
        foreach (var key in voters)
        {
            await DoAsync(key, new BallotCast(id, ["for"]), $"{Name(key)} votes for");
        }
        await AdvanceAsync(rules.Voting.Period.ToString());
        await QueueAsync(author, id);
        if (rules.Timelock.Seconds > 0)
        {
            await AdvanceAsync(rules.Timelock.ToString());
        }
        await DoAsync(author, new ProposalExecuted(id), $"{Name(author)} executes proposal {id}");
        return id;
    }
}
