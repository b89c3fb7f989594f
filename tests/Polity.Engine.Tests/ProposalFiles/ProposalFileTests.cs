using Polity.Core.Events;
using Polity.Engine.Proposals;
using Polity.Engine.Tests.Log;

namespace Polity.Engine.Tests.ProposalFiles;

public sealed class ProposalFileTests : IAsyncLifetime
{
    private TestNetwork _t = null!;

    public async ValueTask InitializeAsync()
    {
        _t = await TestNetwork.FoundAsync();
        await _t.OkAsync("g2", new GrantApplied("small-grants", "River sensors", "EUR", 300_000, _t.Who("g2"),
            [new MilestonePlan("Installed", 100_000), new MilestonePlan("A season of data", 200_000)], ["Earlier flood warnings"], []));
    }

    public async ValueTask DisposeAsync() => await _t.DisposeAsync();

    private ProposalCreated Parse(string actions) =>
        ProposalFile.Parse($"type: grant\ntitle: T\nactions:\n{actions}", "p.yaml", _t.Network.State);

    private IReadOnlyList<ProposalAction> ActionsOf(string actions) => Parse(actions).Options[0].Actions;

    [Fact]
    public void An_award_with_only_its_grant_takes_the_rest_from_the_application()
    {
        var award = ActionsOf("  - award-grant: { grant: 1 }").ShouldHaveSingleItem().ShouldBeOfType<ProposalAction.AwardGrant>();
        award.ShouldBe(new ProposalAction.AwardGrant(1, _t.Who("g2"), "EUR", 300_000, award.Milestones, "small-grants"));
        award.Milestones.ShouldBe([new MilestonePlan("Installed", 100_000), new MilestonePlan("A season of data", 200_000)]);
    }

    [Fact]
    public void An_award_may_trim_the_amount_and_set_its_own_milestones_recipient_and_budget()
    {
        var award = ActionsOf("""
              - award-grant:
                  grant: 1
                  recipient: G3
                  amount: "2500.50"
                  budget: ""
                  milestones:
                    - { title: Installed, amount: "500.50" }
                    - { title: Data, amount: "2000" }
            """).ShouldHaveSingleItem().ShouldBeOfType<ProposalAction.AwardGrant>();
        (award.Recipient, award.Amount, award.Budget).ShouldBe((_t.Who("g3"), 250_050L, ""));
        award.Milestones.ShouldBe([new MilestonePlan("Installed", 50_050), new MilestonePlan("Data", 200_000)]);
    }

    [Fact]
    public void Allocations_and_budget_transfers_read_in_major_units()
    {
        var actions = ActionsOf("""
              - allocate-budget: { budget: small-grants, asset: EUR, amount: "5000" }
              - transfer: { asset: EUR, amount: "12.34", to: G4, from: small-grants }
            """);
        actions[0].ShouldBe(new ProposalAction.AllocateBudget("small-grants", "EUR", 500_000));
        actions[1].ShouldBeOfType<ProposalAction.Transfer>().From.ShouldBe("small-grants");
        ActionsOf("  - transfer: { asset: EUR, amount: \"1\", to: G4 }")[0].ShouldBeOfType<ProposalAction.Transfer>().From.ShouldBeNull();
    }

    [Fact]
    public void A_return_reads_in_major_units_and_goes_to_the_treasury_unless_told()
    {
        var actions = ActionsOf("""
              - return-funds: { from: "round:spring", asset: EUR, amount: "12.34", memo: left over }
              - return-funds: { from: "budget:small-grants", to: "budget:commons", asset: EUR, amount: "5" }
            """);
        actions[0].ShouldBe(new ProposalAction.ReturnFunds("round:spring", "treasury", "EUR", 1_234, "left over"));
        actions[1].ShouldBe(new ProposalAction.ReturnFunds("budget:small-grants", "budget:commons", "EUR", 500, ""));
        ActionsOf("  - cancel-grant: { grant: 1, reason: abandoned }").ShouldBe([new ProposalAction.CancelGrant(1, "abandoned")]);
    }

    [Fact]
    public async Task The_documented_award_example_reads_as_an_allocation_then_an_award_from_that_budget()
    {
        _t.Keys["lena"] = TestNetwork.KeyOf("lena");
        await _t.OkAsync("lena", new StakeholderRegistered(_t.Who("lena"), "Lena Novak", "person", []));
        var path = Path.Combine(Charters.CharterFiles.RepositoryRoot, "docs/examples/award-grant.yaml");
        var proposal = ProposalFile.Parse(await File.ReadAllTextAsync(path), path, _t.Network.State);
        var actions = proposal.Options[0].Actions;
        actions[0].ShouldBe(new ProposalAction.AllocateBudget("small-grants", "EUR", 400_000));
        var award = actions[1].ShouldBeOfType<ProposalAction.AwardGrant>();
        (award.Grant, award.Amount, award.Budget, award.Recipient).ShouldBe((1L, 300_000L, "small-grants", _t.Who("g2")));
        proposal.Beneficiaries.ShouldBe([_t.Who("lena")]);
    }

    [Theory]
    [InlineData("  - award-grant: { grant: 7 }", "p.yaml:4:18: '7' is not the number of a grant application")]
    [InlineData("  - award-grant: { grant: 1, amount: \"10\" }", "p.yaml:4:18: an award of another amount than the one requested lists its milestones")]
    [InlineData("  - award-grant: { grant: 1, milestones: [{ title: x, amount: \"1.001\" }] }", "p.yaml:4:43: '1.001' has more than the asset's 2 decimals")]
    [InlineData("  - award-grant: { grant: 1, payee: G3 }", "p.yaml:4:30: unknown key 'payee': expected one of grant, recipient, asset, amount, milestones, budget, round")]
    [InlineData("  - allocate-budget: { budget: small-grants, asset: GBP, amount: \"1\" }", "p.yaml:4:22: unknown asset 'GBP': expected one of EUR, USDC")]
    [InlineData("  - return-funds: { from: treasury, asset: EUR, amount: \"1\", by: me }", "p.yaml:4:62: unknown key 'by': expected one of from, to, asset, amount, memo")]
    [InlineData("  - open-round: { id: r, title: t, kind: pb, rule: mes, asset: EUR, pool: \"10\", applications: soon, review: 3d, voting: 7d }",
        "p.yaml:4:17: 'applications' must be a duration such as 7d or 12h")]
    [InlineData("  - open-round: { id: r, title: t, kind: pb, rule: mes, asset: EUR, pool: \"10\", applications: 7d, review: 3d, voting: 7d, seats: 3 }",
        "p.yaml:4:123: unknown key 'seats': expected one of id, title, kind, rule, asset, pool, budget, applications, review, voting, voters, ballot, completion, points, cap, minimum, objectives")]
    public void Mistakes_in_the_new_actions_point_at_their_line_and_column(string actions, string error)
    {
        Should.Throw<FormatException>(() => Parse(actions)).Message.ShouldBe(error);
    }
}
