using Polity.Core.Charters;

namespace Polity.Engine.Charters;

/// <summary>The charter's keys and enumerated values, shared by the loader and the JSON Schema so they cannot drift.</summary>
internal static class CharterVocabulary
{
    public static readonly string[] TopKeys = ["network", "purpose", "roles", "houses", "decision-types", "treasury", "stakeholders", "chain"];
    public static readonly string[] ChainKeys = ["chain-id", "rpc", "anchor", "executor", "safe", "veto"];
    public static readonly string[] ChainVetoKeys = ["threshold", "holders"];
    public static readonly string[] HouseKeys = ["weight", "admit", "attesters", "description"];
    public static readonly string[] WeightKeys = ["rule", "earn", "half-life"];
    public static readonly string[] DecisionTypeKeys =
        ["proposers", "deliberation", "voting", "houses", "combine", "veto", "timelock", "grace", "conflict-of-interest", "actions"];
    public static readonly string[] VotingKeys = ["method", "period"];
    public static readonly string[] HouseVoteKeys = ["quorum", "threshold"];
    public static readonly string[] WeightedKeys = ["weighted", "threshold"];
    public static readonly string[] VetoKeys = ["house", "threshold"];
    public static readonly string[] TreasuryKeys = ["assets", "spend-without-vote", "budgets", "grants"];
    public static readonly string[] AssetKeys = ["code", "decimals", "overdraft"];
    public static readonly string[] AllowanceKeys = ["limit", "per", "role", "budget"];
    public static readonly string[] BudgetKeys = ["asset", "description", "cap"];
    public static readonly string[] GrantKeys = ["reviewers", "disbursers"];
    public static readonly string[] StakeholderKeys = ["relationship-types", "conflict-of-interest", "objective-stewards"];
    public static readonly string[] RelationshipTypeKeys = ["name", "inverse", "description"];

    public static readonly (string Name, WeightRule Value)[] Weights =
    [
        ("one-member-one-vote", WeightRule.OneMemberOneVote),
        ("stake", WeightRule.Stake),
        ("quadratic-of-stake", WeightRule.QuadraticOfStake),
        ("reputation", WeightRule.Reputation),
    ];

    public static readonly (string Name, AdmissionRule Value)[] Admissions =
    [
        ("by-proposal", AdmissionRule.ByProposal),
        ("by-house-vote", AdmissionRule.ByHouseVote),
        ("open", AdmissionRule.Open),
        ("open-with-attestation", AdmissionRule.OpenWithAttestation),
    ];

    public static readonly (string Name, ConflictOfInterestRule Value)[] ConflictRules =
    [
        ("recuse", ConflictOfInterestRule.Recuse),
        ("disclose", ConflictOfInterestRule.Disclose),
        ("none", ConflictOfInterestRule.None),
    ];

    public const string AllHouses = "all-houses";
    public const string MajorityOfHouses = "majority-of-houses";

    public const string RatioExpected = "a percentage such as 50% or a fraction such as 2/3";
    public const string DurationExpected = "a duration such as 7d, 12h, 30m or 1d12h (w, d, h, m, s)";
    public const string LimitExpected = "an amount and an asset code such as 500 EUR";
    public const string AssetCodeExpected = "an asset code of letters and digits such as EUR or USDC";

    /// <summary>Asset codes: a letter, then letters or digits, at most 16.</summary>
    public static bool IsAssetCode(string code) =>
        code.Length is > 0 and <= 16 && char.IsAsciiLetter(code[0]) && code.All(char.IsAsciiLetterOrDigit);
}
