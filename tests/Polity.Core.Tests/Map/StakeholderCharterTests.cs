using Polity.Core.Charters;

namespace Polity.Core.Tests.Map;

public sealed class StakeholderCharterTests
{
    private static IReadOnlyList<CharterProblem> Problems(StakeholderRules rules) =>
        (TestCharter.Create() with { Stakeholders = rules }).Validate();

    [Fact]
    public void Built_in_types_have_inverses_and_either_name_resolves_to_the_type()
    {
        var rules = StakeholderRules.Empty;
        rules.Resolve("funded-by").ShouldBe((RelationshipTypes.Funds, true));
        rules.Resolve("employs").ShouldBe((RelationshipTypes.Employs, false));
        rules.Resolve("partners-with")!.Value.Type.Symmetric.ShouldBeTrue();
        rules.Resolve("likes").ShouldBeNull();
    }

    [Fact]
    public void A_custom_type_may_not_reuse_a_built_in_or_declared_name()
    {
        Problems(new StakeholderRules([new("funded-by", "funds-back"), new("mentors", "mentored-by"), new("coaches", "mentored-by")], []))
            .ShouldBe([
                new CharterProblem("stakeholders.relationship-types.0.name", "relationship name 'funded-by' is already taken by a built-in type: each name and inverse must be new"),
                new CharterProblem("stakeholders.relationship-types.2.inverse", "relationship name 'mentored-by' is already taken: each name and inverse must be new"),
            ]);
    }

    [Fact]
    public void Reports_bad_names_unknown_conflict_relationships_and_an_unknown_stewards_role()
    {
        Problems(new StakeholderRules([new("Mentors", "Mentors")], ["employs", "likes"], "elders")).ShouldBe([
            new CharterProblem("stakeholders.relationship-types.0.name", "'Mentors' is not a valid relationship name: expected lowercase letters, digits and hyphens"),
            new CharterProblem("stakeholders.conflict-of-interest.1", "unknown relationship 'likes': expected one of funds, funded-by, serves, served-by, represents, represented-by, employs, employed-by, partners-with, Mentors"),
            new CharterProblem("stakeholders.objective-stewards", "unknown role 'elders': declare it under 'roles'"),
        ]);
    }
}
