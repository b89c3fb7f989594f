using Polity.Core.Charters;
using Polity.Core.Primitives;
using Polity.Engine.Charters;

namespace Polity.Engine.Tests.Charters;

public partial class CharterLoaderTests
{
    private static Charter LoadExample() => Loaded(CharterFiles.Example, "commons-fund.yaml");

    [Fact]
    public void Example_loads_with_its_source_unchanged()
    {
        var text = CharterFiles.Example;
        var result = CharterLoader.Load(text, "commons-fund.yaml");
        var loaded = result.ShouldBeOfType<CharterLoadResult.Loaded>();
        loaded.Source.ShouldBeSameAs(text);
        loaded.Charter.Network.ShouldBe("commons-fund");
        loaded.Charter.Purpose.ShouldBe("Fund community-led climate resilience projects in the river basin.");
        loaded.Charter.Roles.ShouldBe(["stewards"]);
    }

    [Fact]
    public void Example_houses_keep_order_weights_admission_and_attesters()
    {
        var charter = LoadExample();
        charter.Houses.Select(h => h.Id).ShouldBe(["funders", "grantees", "community"]);

        var funders = charter.FindHouse("funders")!;
        funders.Weight.ShouldBe(WeightRule.Stake);
        funders.Admit.ShouldBe(AdmissionRule.ByProposal);
        funders.Attesters.ShouldBeEmpty();
        funders.Description.ShouldBe("Foundations and donors who put money into the fund.");

        var grantees = charter.FindHouse("grantees")!;
        grantees.Weight.ShouldBe(WeightRule.OneMemberOneVote);
        grantees.Admit.ShouldBe(AdmissionRule.ByHouseVote);

        var community = charter.FindHouse("community")!;
        community.Weight.ShouldBe(WeightRule.OneMemberOneVote);
        community.Admit.ShouldBe(AdmissionRule.OpenWithAttestation);
        community.Attesters.ShouldBe(["grantees"]);
    }

    [Fact]
    public void Example_grant_type_is_as_written()
    {
        var grant = LoadExample().FindDecisionType("grant")!;
        grant.Proposers.ShouldBe(["grantees", "community"]);
        grant.Deliberation.Seconds.ShouldBe(7 * 86_400);
        grant.Voting.ShouldBe(new VotingRules("approval", new Duration(5 * 86_400)));
        grant.Houses.ShouldBe(
        [
            new HouseVoteRule("community", new Ratio(1, 5), new Ratio(1, 2)),
            new HouseVoteRule("grantees", new Ratio(1, 5), new Ratio(1, 2)),
        ]);
        grant.Combine.ShouldBeOfType<CombineRule.AllHouses>();
        grant.Veto.ShouldBe(new VetoRule("funders", new Ratio(66, 100)));
        grant.Timelock.Seconds.ShouldBe(2 * 86_400);
        grant.Grace.ShouldBe(DecisionType.DefaultGrace);
        grant.ConflictOfInterest.ShouldBe(ConflictOfInterestRule.Recuse);
        grant.Actions.ShouldBe([ActionKinds.Transfer, ActionKinds.AllocateBudget, ActionKinds.AwardGrant, ActionKinds.OpenRound, ActionKinds.Signal]);
    }

    [Fact]
    public void Example_types_without_actions_or_veto_get_the_defaults()
    {
        var charter = LoadExample();
        charter.DecisionTypes.Select(d => d.Id).ShouldBe(["grant", "policy", "membership", "amend-charter"]);

        var policy = charter.FindDecisionType("policy")!;
        policy.Veto.ShouldBeNull();
        policy.ConflictOfInterest.ShouldBe(ConflictOfInterestRule.None);
        policy.Actions.ShouldBe(DecisionType.DefaultActions("policy"));
        policy.Voting.Method.ShouldBe("choice");
        policy.Houses.Select(h => (h.House, h.Quorum)).ShouldBe(
            [("funders", new Ratio(1, 2)), ("grantees", new Ratio(2, 5)), ("community", new Ratio(2, 5))]);
        policy.Timelock.Seconds.ShouldBe(86_400);

        var membership = charter.FindDecisionType("membership")!;
        membership.Actions.ShouldBe([ActionKinds.AddMember, ActionKinds.RemoveMember]);
        membership.ConflictOfInterest.ShouldBe(ConflictOfInterestRule.Recuse);
        membership.Voting.Period.Seconds.ShouldBe(3 * 86_400);

        var amend = charter.FindDecisionType("amend-charter")!;
        amend.Actions.ShouldBe([ActionKinds.AmendCharter, ActionKinds.Signal]);
        amend.Voting.Period.Seconds.ShouldBe(14 * 86_400);
        amend.Houses.Single(h => h.House == "community").ShouldBe(new HouseVoteRule("community", new Ratio(3, 10), new Ratio(66, 100)));
    }

    [Fact]
    public void Example_treasury_converts_the_allowance_exactly_to_minor_units()
    {
        var treasury = LoadExample().Treasury;
        treasury.Assets.ShouldBe([new Asset("EUR", 2), new Asset("USDC", 6)]);
        treasury.SpendWithoutVote.ShouldBe([new SpendAllowance("EUR", 50_000, Duration.FromDays(30), "stewards")]);
    }

    [Fact]
    public void Example_runs_a_small_grants_budget_whose_grants_the_stewards_review_and_pay()
    {
        var treasury = LoadExample().Treasury;
        treasury.Budgets.ShouldBe([new BudgetProgram("small-grants", "EUR", "Small grants for community-led resilience projects, paid by milestone.", 2_000_000)]);
        treasury.Grants.ShouldBe(new GrantRules("stewards", "stewards"));
    }

    [Fact]
    public void Loading_is_deterministic()
    {
        var text = CharterFiles.Example.Replace("quorum: 20%", "quorom: lots", StringComparison.Ordinal);
        var first = CharterLoader.Load(text, "c.yaml").ShouldBeOfType<CharterLoadResult.Invalid>();
        var second = CharterLoader.Load(text, "c.yaml").ShouldBeOfType<CharterLoadResult.Invalid>();
        first.Errors.ShouldBe(second.Errors);
    }
}
