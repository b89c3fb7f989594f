using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Core.Tests;

/// <summary>A small charter built in code: funders by stake, grantees and community one-member-one-vote.</summary>
public static class TestCharter
{
    public static DecisionType Grant(
        CombineRule? combine = null,
        string method = "approval",
        ConflictOfInterestRule coi = ConflictOfInterestRule.Recuse,
        string quorum = "20%",
        string threshold = "50%",
        string deliberation = "7d",
        string timelock = "2d") => new(
        "grant",
        ["grantees", "community"],
        Duration.Parse(deliberation),
        new VotingRules(method, Duration.Parse("5d")),
        [
            new HouseVoteRule("community", Ratio.Parse(quorum), Ratio.Parse(threshold)),
            new HouseVoteRule("grantees", Ratio.Parse(quorum), Ratio.Parse(threshold)),
        ],
        combine ?? new CombineRule.AllHouses(),
        new VetoRule("funders", Ratio.Parse("66%")),
        Duration.Parse(timelock),
        DecisionType.DefaultGrace,
        coi,
        [ActionKinds.Transfer, ActionKinds.Signal]);

    public static DecisionType Policy(string method = "choice", CombineRule? combine = null) => new(
        "policy",
        [],
        Duration.Parse("3d"),
        new VotingRules(method, Duration.Parse("5d")),
        [
            new HouseVoteRule("funders", Ratio.Parse("50%"), Ratio.Parse("50%")),
            new HouseVoteRule("grantees", Ratio.Parse("40%"), Ratio.Parse("50%")),
            new HouseVoteRule("community", Ratio.Parse("40%"), Ratio.Parse("50%")),
        ],
        combine ?? new CombineRule.AllHouses(),
        null,
        Duration.Parse("1d"),
        DecisionType.DefaultGrace,
        ConflictOfInterestRule.None,
        DecisionType.DefaultActions("policy"));

    public static DecisionType Amend() => new(
        "amend-charter",
        [],
        Duration.Parse("1d"),
        new VotingRules("choice", Duration.Parse("2d")),
        [new HouseVoteRule("grantees", Ratio.Parse("50%"), Ratio.Parse("66%"))],
        new CombineRule.AllHouses(),
        null,
        Duration.Zero,
        DecisionType.DefaultGrace,
        ConflictOfInterestRule.None,
        DecisionType.DefaultActions("amend-charter"));

    public static Charter Create(params DecisionType[] types) => new(
        "test-fund",
        "Testing.",
        [
            new House("funders", WeightRule.Stake, AdmissionRule.ByProposal, []),
            new House("grantees", WeightRule.OneMemberOneVote, AdmissionRule.ByHouseVote, []),
            new House("community", WeightRule.OneMemberOneVote, AdmissionRule.OpenWithAttestation, ["grantees"]),
            new House("open-circle", WeightRule.OneMemberOneVote, AdmissionRule.Open, []),
        ],
        types.Length > 0 ? types : [Grant(), Policy(), Amend()],
        new TreasuryRules([new Asset("EUR", 2)], [new SpendAllowance("EUR", 50_000, Duration.Parse("30d"), "stewards")]),
        ["stewards"]);

    /// <summary>
    /// The test charter with grants: roles reviewers and treasurers (who disburse), an EUR budget
    /// <c>small-grants</c> capped at <paramref name="cap"/>, an optional treasury overdraft, and grant proposals
    /// that may allocate budgets and award grants.
    /// </summary>
    public static Charter WithGrants(long? cap = 500_000, long overdraft = 0, string? allowanceBudget = null) =>
        Create(Grant() with { Actions = [ActionKinds.Transfer, ActionKinds.AllocateBudget, ActionKinds.AwardGrant, ActionKinds.Signal] }, Policy(), Amend()) with
        {
            Roles = ["stewards", "reviewers", "treasurers"],
            Treasury = new TreasuryRules(
                [new Asset("EUR", 2) { Overdraft = overdraft }, new Asset("USDC", 6)],
                [new SpendAllowance("EUR", 50_000, Duration.Parse("30d"), "stewards") { Budget = allowanceBudget }])
            {
                Budgets = [new BudgetProgram("small-grants", "EUR", "Small grants", cap), new BudgetProgram("usdc-pilots", "USDC", "", null)],
                Grants = new GrantRules("reviewers", "treasurers"),
            },
        };

    public static CharterVersion Version(Charter charter, string tag = "v1") => new($"# {tag}", charter);
}
