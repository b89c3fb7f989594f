using Polity.Core.Charters;

namespace Polity.Engine.Tests.Charters;

public partial class CharterLoaderTests
{
    private const string Funded = """
        network: tiny
        purpose: Test the loader.
        roles: [stewards, reviewers, treasurers]
        houses:
          members: {}
        decision-types:
          amend-charter:
            voting: { method: choice, period: 7d }
            houses:
              members: { threshold: 66% }
        treasury:
          assets:
            - { code: EUR, decimals: 2, overdraft: 1000 EUR }
            - { code: USDC, decimals: 6 }
          spend-without-vote:
            - { limit: 500 EUR, per: 30d, role: stewards, budget: small-grants }
          budgets:
            small-grants:
              asset: EUR
              description: Small grants.
              cap: 20000.50 EUR
            pilots:
              asset: USDC
          grants:
            reviewers: reviewers
            disbursers: treasurers
        """;

    [Fact]
    public void Budgets_grant_roles_and_overdrafts_load_exactly_in_minor_units()
    {
        var treasury = Loaded(Funded).Treasury;
        treasury.Assets.ShouldBe([new Asset("EUR", 2) { Overdraft = 100_000 }, new Asset("USDC", 6)]);
        treasury.SpendWithoutVote.ShouldHaveSingleItem().Budget.ShouldBe("small-grants");
        treasury.Budgets.ShouldBe([new BudgetProgram("small-grants", "EUR", "Small grants.", 2_000_050), new BudgetProgram("pilots", "USDC", "", null)]);
        treasury.Grants.ShouldBe(new GrantRules("reviewers", "treasurers"));
    }

    [Fact]
    public void Without_a_grants_key_there_are_no_grants_and_disbursers_default_to_the_reviewers()
    {
        Loaded(Minimal).Treasury.Grants.ShouldBeNull();
        Loaded(Minimal).Treasury.Budgets.ShouldBeEmpty();
        Loaded(Funded.Replace("\n    disbursers: treasurers", "", StringComparison.Ordinal)).Treasury.Grants.ShouldBe(new GrantRules("reviewers", "reviewers"));
    }

    [Fact]
    public void Budget_mistakes_are_reported_at_their_line_and_column()
    {
        var text = Funded
            .Replace("cap: 20000.50 EUR", "cap: 20000 USDC", StringComparison.Ordinal)
            .Replace("asset: USDC", "asset: GBP", StringComparison.Ordinal)
            .Replace("budget: small-grants", "budget: big-grants", StringComparison.Ordinal)
            .Replace("overdraft: 1000 EUR", "overdraft: 10 USDC", StringComparison.Ordinal);
        Errors(text).ShouldBe(
        [
            "tiny.yaml:13:44: treasury.assets.0.overdraft: expected an amount in EUR, found USDC",
            "tiny.yaml:16:59: treasury.spend-without-vote.0.budget: unknown budget 'big-grants': expected one of pilots, small-grants",
            "tiny.yaml:21:12: treasury.budgets.small-grants.cap: expected an amount in EUR, found USDC",
            "tiny.yaml:23:14: treasury.budgets.pilots.asset: unknown asset 'GBP': expected one of EUR, USDC",
        ]);
    }

    [Fact]
    public void A_budget_key_is_checked_and_spelling_is_suggested()
    {
        Errors(Funded.Replace("description: Small grants.", "descripton: Small grants.", StringComparison.Ordinal)).ShouldBe(
        [
            "tiny.yaml:20:7: unknown key 'descripton' in treasury.budgets.small-grants: expected one of asset, description, cap (did you mean 'description'?)",
        ]);
        Errors(Funded.Replace("      asset: EUR\n", "", StringComparison.Ordinal)).ShouldBe(
        [
            "tiny.yaml:19:7: missing required key 'asset' in treasury.budgets.small-grants",
        ]);
    }

    [Fact]
    public void An_allowance_tied_to_a_budget_in_another_asset_and_a_zero_cap_are_refused()
    {
        var text = Funded
            .Replace("- { limit: 500 EUR, per: 30d, role: stewards, budget: small-grants }", "- { limit: 500 EUR, per: 30d, role: stewards, budget: pilots }", StringComparison.Ordinal)
            .Replace("cap: 20000.50 EUR", "cap: 0 EUR", StringComparison.Ordinal);
        Errors(text).ShouldBe(
        [
            "tiny.yaml:16:59: treasury.spend-without-vote.0.budget: budget 'pilots' holds USDC, but the allowance is in EUR",
            "tiny.yaml:21:12: treasury.budgets.small-grants.cap: expected a cap above zero (leave it out for no cap)",
        ]);
    }

    [Fact]
    public void Grant_roles_must_be_declared_and_reviewers_are_required()
    {
        Errors(Funded.Replace("reviewers: reviewers", "reviewers: auditors", StringComparison.Ordinal)).ShouldBe(
        [
            "tiny.yaml:25:16: treasury.grants.reviewers: unknown role 'auditors': declare it under 'roles'",
        ]);
        Errors(Funded.Replace("    reviewers: reviewers\n", "", StringComparison.Ordinal)).ShouldBe(
        [
            "tiny.yaml:25:5: missing required key 'reviewers' in treasury.grants",
        ]);
    }
}
