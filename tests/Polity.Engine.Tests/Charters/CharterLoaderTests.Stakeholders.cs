using Polity.Core.Charters;

namespace Polity.Engine.Tests.Charters;

public partial class CharterLoaderTests
{
    private const string Mapped = """
        network: tiny
        purpose: Test the loader.
        roles: [stewards]
        houses:
          members: {}
        decision-types:
          amend-charter:
            voting: { method: choice, period: 7d }
            houses:
              members: { threshold: 66% }
        stakeholders:
          relationship-types:
            - { name: mentors, inverse: mentored-by, description: Coaches. }
            - name: neighbours
          conflict-of-interest: [employs, funded-by, mentored-by]
          objective-stewards: stewards
        """;

    [Fact]
    public void The_stakeholders_section_loads_custom_types_conflicts_and_stewards()
    {
        var rules = Loaded(Mapped).Stakeholders;
        rules.RelationshipTypes.ShouldBe([new RelationshipType("mentors", "mentored-by", "Coaches."), new RelationshipType("neighbours", "neighbours")]);
        rules.ConflictOfInterest.ShouldBe(["employs", "funded-by", "mentored-by"]);
        rules.ObjectiveStewards.ShouldBe("stewards");
        Loaded(Minimal).Stakeholders.ShouldBe(StakeholderRules.Empty);
    }

    [Fact]
    public void Bad_relationship_types_are_reported_at_their_line_and_column()
    {
        var text = Mapped
            .Replace("inverse: mentored-by", "inverse: employed-by", StringComparison.Ordinal)
            .Replace("[employs, funded-by, mentored-by]", "[employs, likes]", StringComparison.Ordinal)
            .Replace("objective-stewards: stewards", "objective-stewards: elders", StringComparison.Ordinal)
            .Replace("- name: neighbours", "- name: Neighbours", StringComparison.Ordinal);
        Errors(text).ShouldBe(
        [
            "tiny.yaml:13:33: stakeholders.relationship-types.0.inverse: relationship name 'employed-by' is already taken by a built-in type: each name and inverse must be new",
            "tiny.yaml:14:13: stakeholders.relationship-types.1.name: 'Neighbours' is not a valid relationship name: expected lowercase letters, digits and hyphens",
            "tiny.yaml:15:35: stakeholders.conflict-of-interest.1: unknown relationship 'likes': expected one of funds, funded-by, serves, served-by, represents, represented-by, employs, employed-by, partners-with, mentors, Neighbours",
            "tiny.yaml:16:23: stakeholders.objective-stewards: unknown role 'elders': declare it under 'roles'",
        ]);
    }

    [Fact]
    public void A_misspelt_stakeholders_key_is_suggested()
    {
        Errors(Mapped.Replace("conflict-of-interest:", "conflicts-of-interest:", StringComparison.Ordinal)).ShouldBe(
        [
            "tiny.yaml:15:3: unknown key 'conflicts-of-interest' in stakeholders: expected one of relationship-types, conflict-of-interest, objective-stewards (did you mean 'conflict-of-interest'?)",
        ]);
    }
}
