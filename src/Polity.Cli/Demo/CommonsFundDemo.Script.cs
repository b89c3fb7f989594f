using Polity.Core.Events;
using Polity.Engine.Proposals;

namespace Polity.Cli.Demo;

public sealed partial class CommonsFundDemo
{
    /// <summary>The stakeholders: key name, display name, kind, house (or none) and stake.</summary>
    private static readonly (string Key, string Name, string Kind, string? House, long Stake)[] Cast =
    [
        ("convener", "Commons Fund secretariat", "organisation", null, 0),
        ("river-foundation", "River Foundation", "organisation", "funders", 60_000),
        ("basin-trust", "Basin Community Trust", "organisation", "funders", 30_000),
        ("ana", "Ana Lima", "person", "funders", 10_000),
        ("flood-watch", "Flood Watch Collective", "organisation", "grantees", 0),
        ("seed-library", "Seed Library Co-op", "organisation", "grantees", 0),
        ("green-roofs", "Green Roofs Network", "organisation", "grantees", 0),
        ("youth-rowing", "Youth Rowing Club", "organisation", "grantees", 0),
        ("maria", "Maria Santos", "person", "community", 0),
        ("tomas", "Tomás Ruiz", "person", "community", 0),
        ("aiyana", "Aiyana Clearwater", "person", "community", 0),
        ("kofi", "Kofi Mensah", "person", "community", 0),
        ("lena", "Lena Novak", "person", "community", 0),
        ("yusuf", "Yusuf Haddad", "person", "community", 0),
        ("noor", "Noor Khalil", "person", null, 0),
    ];

    private async Task FoundAsync()
    {
        Step("Found the network", "charter examples/charters/commons-fund.yaml, simulated clock");
        var charter = ProposalFile.LoadCharter(Path.Combine(_charterDir, "commons-fund.yaml"));
        await DoAsync("convener", new NetworkCreated(charter.Charter.Network, ClockMode.Simulated, charter), $"network '{charter.Charter.Network}' created: {charter.Charter.Purpose}");
        foreach (var (key, name, kind, house, stake) in Cast.Where(c => c.Key != "noor"))
        {
            string[] roles = key == "convener" ? ["stewards"] : [];
            await DoAsync("convener", new StakeholderRegistered(Who(key), name, kind, roles), $"registered {name}{(roles.Length > 0 ? " (role stewards)" : "")}");
            if (house is not null)
            {
                await DoAsync("convener", new MemberAdmitted(house, Who(key), stake), $"{name} joins {house}{(stake > 0 ? $" with stake {stake}" : "")}");
            }
        }
        await DoAsync("convener", new NetworkLaunched(), "network launched: from now on only the charter admits members");
        foreach (var (funder, amount) in new[] { ("river-foundation", "60000"), ("basin-trust", "30000"), ("ana", "10000") })
        {
            await DoAsync(funder, new FundsDeposited("EUR", ProposalFile.Minor(State, "EUR", amount), "Contribution to the 2027 pool"), $"{Name(funder)} deposits {amount} EUR");
        }
    }

    private async Task GrantRoundAsync()
    {
        Step("Proposal 1: a grant with two options (approval voting, all houses must agree)");
        var sensors = ProposalFile.Transfer(State, "EUR", "12000", Who("flood-watch"), "River-level sensors");
        var gardens = ProposalFile.Transfer(State, "EUR", "6500", Who("green-roofs"), "Rain gardens");
        ProposalOption[] options = [new("river-sensors", [sensors]), new("rain-gardens", [gardens]), new(ProposalOption.Abstain, [])];
        await DoAsync("flood-watch", new ProposalCreated("grant", "Flood resilience for the lower basin",
            "Sensors that warn of rising water, and rain gardens that slow run-off.", options, []), "Flood Watch drafts proposal 1");
        await DoAsync("flood-watch", new ProposalSubmitted(1), "Flood Watch opens deliberation (7 days under charter v1)");
        await DoAsync("maria", new CommentPosted(1, "comment", "Will the sensor data be public?", 0), "Maria asks a question");
        await DoAsync("flood-watch", new CommentPosted(1, "comment", "Yes: open data, CC-BY, live on the basin map.", 1), "Flood Watch answers");
        await DoAsync("ana", new CommentPosted(1, "objection", "12,000 EUR is above our usual small-grant size.", 0), "Ana objects to the size");
        var trimmed = ProposalFile.Transfer(State, "EUR", "11000", Who("flood-watch"), "River-level sensors");
        options[0] = new ProposalOption("river-sensors", [trimmed]);
        await DoAsync("flood-watch", new ProposalAmended(1, "Flood resilience for the lower basin",
            "Sensors that warn of rising water, and rain gardens that slow run-off. Maintenance moved to year two.", options, [], "Answering Ana's objection"),
            "Flood Watch amends: sensors trimmed to 11,000 EUR");
        await RefusedAsync("kofi", new BallotCast(1, ["river-sensors"]), "Kofi's early ballot");
        await AdvanceAsync("7d");
        await VoteAsync(1,
            ("maria", ["river-sensors", "rain-gardens"]), ("tomas", ["river-sensors"]), ("aiyana", ["river-sensors", "rain-gardens"]),
            ("kofi", ["rain-gardens"]), ("lena", ["river-sensors", "rain-gardens"]),
            ("seed-library", ["river-sensors", "rain-gardens"]), ("youth-rowing", ["river-sensors", "rain-gardens"]));
        await RefusedAsync("flood-watch", new BallotCast(1, ["river-sensors"]), "Flood Watch's ballot");
        await RefusedAsync("maria", new BallotCast(1, ["rain-gardens"]), "Maria's second ballot");
        await RefusedAsync("ana", new BallotCast(1, ["river-sensors"]), "Ana's ballot");
        await AdvanceAsync("5d");
        ShowTally(1);
        await QueueAsync("maria", 1);
        await DoAsync("ana", new VetoCast(1, "Still too large."), "Ana vetoes (10% of funders' weight; a veto needs more than 66%)");
        ShowStatus(1);
        await RefusedAsync("maria", new ProposalExecuted(1), "early execution");
        await AdvanceAsync("2d");
        await DoAsync("maria", new ProposalExecuted(1), "Maria executes proposal 1: 11,000 EUR to Flood Watch, 6,500 EUR to Green Roofs");
        _out.WriteLine($"  treasury now {Views.Amount(State, "EUR", State.BalanceOf("EUR"))}");
    }

    private async Task AttestationAsync()
    {
        Step("A newcomer joins the community house with a grantee's attestation");
        await DoAsync("noor", new StakeholderRegistered(Who("noor"), "Noor Khalil", "person", []), "Noor registers herself");
        await RefusedAsync("noor", new MemberAdmitted("community", Who("noor"), 0), "Noor admitting herself");
        await DoAsync("seed-library", new MemberAdmitted("community", Who("noor"), 0), "Seed Library attests Noor into community");
    }

    private async Task PolicyAsync()
    {
        Step("Proposal 2: a policy that fails quorum in the community house");
        await DoAsync("maria", new ProposalCreated("policy", "Publish every grant report within 30 days",
            "Grantees publish a short report within 30 days of each milestone.", ProposalOption.YesNo([new ProposalAction.Signal()]), []),
            "Maria drafts proposal 2");
        await DoAsync("maria", new ProposalSubmitted(2), "Maria opens deliberation (3 days)");
        await AdvanceAsync("3d");
        await VoteAsync(2,
            ("river-foundation", ["for"]), ("basin-trust", ["for"]),
            ("flood-watch", ["for"]), ("seed-library", ["for"]), ("green-roofs", ["against"]),
            ("tomas", ["for"]));
        await AdvanceAsync("5d");
        ShowTally(2);
        await RefusedAsync("maria", new ProposalQueued(2, [], State.Now + 86_400), "queueing proposal 2");
    }

    private async Task AmendmentAsync()
    {
        Step("Proposal 3: amend the charter — grants deliberate 3 days instead of 7");
        var v2 = ProposalFile.LoadCharter(Path.Combine(_charterDir, "commons-fund-v2.yaml"));
        await DoAsync("seed-library", new ProposalCreated("amend-charter", "Shorter deliberation for grants",
            "Seven days of deliberation slows small grants; three is enough.", ProposalOption.YesNo([new ProposalAction.AmendCharter(v2)]), []),
            "Seed Library drafts proposal 3 with the new charter attached");
        await DoAsync("seed-library", new ProposalSubmitted(3), "Seed Library opens deliberation (7 days)");
        await AdvanceAsync("7d");
        await VoteAsync(3,
            ("river-foundation", ["for"]), ("basin-trust", ["for"]), ("ana", ["for"]),
            ("flood-watch", ["for"]), ("seed-library", ["for"]), ("green-roofs", ["for"]), ("youth-rowing", ["for"]),
            ("maria", ["for"]), ("tomas", ["for"]), ("aiyana", ["for"]), ("kofi", ["for"]), ("lena", ["against"]));
        await AdvanceAsync("14d");
        ShowTally(3);
        await QueueAsync("seed-library", 3);
        await AdvanceAsync("2d");
        await DoAsync("seed-library", new ProposalExecuted(3), "Seed Library executes proposal 3");
        _out.WriteLine($"  charter is now version {State.CharterVersionNumber}: grant deliberation {State.Charter.Charter.FindDecisionType("grant")!.Deliberation}");
    }

    private async Task GrantUnderNewRulesAsync()
    {
        Step("Proposal 4: a grant under charter v2 — voting opens after 3 days, not 7");
        var kit = ProposalFile.Transfer(State, "EUR", "2400", Who("youth-rowing"), "Safety kit");
        await DoAsync("youth-rowing", new ProposalCreated("grant", "Safety kit for the youth rowing programme",
            "Life jackets and a rescue throw line for 20 young rowers.", ProposalOption.YesNo([kit]), []), "Youth Rowing drafts proposal 4");
        await DoAsync("youth-rowing", new ProposalSubmitted(4), "Youth Rowing opens deliberation");
        var p = State.Proposals[4];
        _out.WriteLine($"  voting opens {Views.Time(p.VotingStartsAt!.Value)}: {p.Rules!.Deliberation} after submission");
        await AdvanceAsync("3d");
        await VoteAsync(4,
            ("maria", ["for"]), ("tomas", ["for"]), ("noor", ["for"]), ("kofi", ["for"]),
            ("flood-watch", ["for"]), ("seed-library", ["for"]), ("green-roofs", ["for"]));
        await AdvanceAsync("5d");
        ShowTally(4);
        await QueueAsync("youth-rowing", 4);
        await AdvanceAsync("2d");
        await DoAsync("youth-rowing", new ProposalExecuted(4), "Youth Rowing executes proposal 4: 2,400 EUR to Youth Rowing");
    }

    private async Task AllowanceAsync()
    {
        Step("Spending without a vote, within the stewards' allowance (500 EUR per 30 days)");
        await DoAsync("convener", new Polity.Core.Events.AllowanceSpent("EUR", ProposalFile.Minor(State, "EUR", "300"), Who("seed-library"), "Hall hire for the community assembly"),
            "the secretariat pays 300 EUR for the assembly hall");
        await RefusedAsync("convener", new Polity.Core.Events.AllowanceSpent("EUR", ProposalFile.Minor(State, "EUR", "250"), Who("seed-library"), "Catering"),
            "a further 250 EUR");
        _out.WriteLine($"  treasury now {Views.Amount(State, "EUR", State.BalanceOf("EUR"))}");
    }
}
