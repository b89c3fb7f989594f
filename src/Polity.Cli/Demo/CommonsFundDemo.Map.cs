using Polity.Core.Events;
using Polity.Engine.Proposals;

namespace Polity.Cli.Demo;

public sealed partial class CommonsFundDemo
{
    /// <summary>
    /// The stakeholder map: who funds, employs, mentors and represents whom, two objectives with measures
    /// and a progress report, profiles that link stakeholders to the objectives, and a grant proposal on
    /// which a community member is recused because the map shows she works for the grantee.
    /// </summary>
    private async Task StakeholderMapAsync()
    {
        Step("Stakeholder map — relationships, objectives, profiles, and a recusal that follows from the map");
        long Years(int n) => State.Now - n * 365L * 86_400;
        await DoAsync("river-foundation", new RelationshipDeclared("funds", Who("river-foundation").Value, Who("flood-watch").Value, Years(2), "River Foundation annual report 2026, p. 12"),
            "River Foundation declares: River Foundation funds Flood Watch Collective");
        await DoAsync("aiyana", new RelationshipDeclared("employed-by", Who("aiyana").Value, Who("flood-watch").Value, Years(1), "Field coordinator, part time"),
            "Aiyana declares: Aiyana Clearwater employed-by Flood Watch Collective (held as Flood Watch employs Aiyana)");
        await DoAsync("green-roofs", new RelationshipDeclared("mentors", Who("green-roofs").Value, Who("youth-rowing").Value, Years(1), ""),
            "Green Roofs declares: Green Roofs Network mentors Youth Rowing Club (a type the charter adds)");
        await DoAsync("maria", new RelationshipDeclared("represents", Who("maria").Value, "community", State.Now, "Chosen at the spring residents' meeting"),
            "Maria declares: Maria Santos represents the community house");
        await DoAsync("seed-library", new RelationshipDeclared("partners-with", Who("seed-library").Value, Who("green-roofs").Value, Years(3), ""),
            "Seed Library declares: Seed Library Co-op partners-with Green Roofs Network");
        await RefusedAsync("tomas", new RelationshipDeclared("funds", Who("basin-trust").Value, Who("seed-library").Value, State.Now, ""),
            "Tomás declaring a relationship he is not a party to");

        var deadline = State.Now + 365L * 86_400;
        await DoAsync("convener", new ObjectiveSet("river-sites", "Monitor water quality along the whole river", "river sites sampled every month", "sites", 3, 15, deadline,
            "Sites from the source to the estuary, sampled monthly and published as open data."), "the secretariat sets objective river-sites: 3 → 15 sites sampled monthly, within a year");
        await DoAsync("convener", new ObjectiveSet("flood-warning", "Earlier flood warnings", "minutes of warning before the river crosses the flood line", "minutes", 20, 80, deadline, ""),
            "the secretariat sets objective flood-warning: 20 → 80 minutes of warning");
        await DoAsync("convener", new ObjectiveProgressReported("river-sites", 9, "Flood Watch sampling log, spring 2027"), "the secretariat reports river-sites at 9 sites");
        var progress = State.Objectives["river-sites"].Progress(State.Now);
        _out.WriteLine($"  river-sites: {progress.Current} of 15 sites, {progress.Share} of the way from the baseline ({progress.Percent}%)");
        await DoAsync("flood-watch", new StakeholderProfileUpdated(["Sensors and a data plan", "Volunteers on the upper river"], ["Volunteer staff; field work in daylight only"],
            ["river-sites", "flood-warning"]), "Flood Watch writes its profile: needs, constraints, and the two objectives it pursues");

        var proposal = State.Proposals.Count + 1;
        await DoAsync("maria", new ProposalCreated("grant", "Sensors for six more river sites", "Flood Watch extends monthly sampling upriver.",
            ProposalOption.YesNo([ProposalFile.Transfer(State, "EUR", "500", Who("flood-watch"), "Sensors for six river sites")]), [], Objectives: ["river-sites"]),
            $"Maria drafts proposal {proposal}: 500 EUR to Flood Watch for sensors, serving objective river-sites");
        await DoAsync("maria", new ProposalSubmitted(proposal), "Maria opens deliberation");
        var rules = State.Proposals[proposal].Rules!;
        await AdvanceAsync(rules.Deliberation.ToString());
        await RefusedAsync("aiyana", new BallotCast(proposal, ["for"]), "Aiyana's ballot (she works for Flood Watch, the payee)");
        await VoteAsync(proposal, ("maria", ["for"]), ("tomas", ["for"]), ("seed-library", ["for"]), ("green-roofs", ["for"]));
        await AdvanceAsync(rules.Voting.Period.ToString());
        ShowTally(proposal);
        _out.WriteLine("  see the map and the objectives: polity report map --svg map.svg | map show | objective list");
    }
}
