using System.Text.RegularExpressions;
using Polity.Core.Charters;
using Polity.Engine.Charters;

namespace Polity.Engine.Tests.Charters;

public partial class CharterLoaderTests
{
    [Fact]
    public void House_written_with_no_value_gets_every_default()
    {
        var charter = Loaded(Minimal.Replace("members: {}", "members:", StringComparison.Ordinal));
        charter.Houses.ShouldHaveSingleItem().Weight.ShouldBe(WeightRule.OneMemberOneVote);
    }

    [Fact]
    public void Weighted_combine_naming_a_house_that_does_not_vote_is_reported_at_its_weight()
    {
        var text = Minimal.Replace("members: {}", "members: {}\n  guests: {}", StringComparison.Ordinal)
            + "\n    combine: { weighted: { members: 1, guests: 2 } }";
        Errors(text).ShouldBe(
        [
            "tiny.yaml:11:48: decision-types.amend-charter.combine.weighted.guests: house 'guests' does not vote on 'amend-charter': expected one of members",
        ]);
    }

    [Fact]
    public void Anchors_and_aliases_are_followed()
    {
        var text = Minimal.Replace("{ threshold: 66% }", "&rule { threshold: 66% }", StringComparison.Ordinal)
            .Replace("members: {}", "members: {}\n  guests: {}", StringComparison.Ordinal)
            + "\n      guests: *rule";
        Loaded(text).DecisionTypes[0].Houses.Select(h => h.Threshold).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public void Reference_shows_errors_exactly_as_the_loader_prints_them()
    {
        var printed = Errors(CharterFiles.Read("examples/charters/invalid/many-errors.yaml"), "many-errors.yaml");
        var documented = CharterFiles.Read("docs/charter.md").Split('\n').Where(l => l.StartsWith("many-errors.yaml:", StringComparison.Ordinal)).ToList();
        documented.ShouldNotBeEmpty();
        documented.ShouldAllBe(line => printed.Contains(line));
    }

    [Fact]
    public void Reference_states_the_threshold_and_quorum_rules()
    {
        var doc = Regex.Replace(CharterFiles.Read("docs/charter.md"), @"\s+", " ");
        doc.ShouldContain("strictly greater than the threshold, except that 100% means every decisive vote");
        doc.ShouldContain("must be **at least** the quorum");
        doc.ShouldContain("# yaml-language-server: $schema=");
    }

    [Fact]
    public void Houses_that_cannot_be_read_do_not_cascade_into_unknown_house_errors()
    {
        var text = Minimal.Replace("houses:\n  members: {}", "houses: [members]", StringComparison.Ordinal);
        Errors(text).ShouldBe(["tiny.yaml:3:9: houses: expected a mapping of house names to their rules, found a list"]);
    }
}
