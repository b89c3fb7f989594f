using Polity.Core.Charters;
using Polity.Core.Primitives;

namespace Polity.Engine.Tests.Charters;

public partial class CharterLoaderTests
{
    private static string WithWeight(string weight) =>
        Minimal.Replace("members: {}", $"members:\n    weight: {weight}", StringComparison.Ordinal);

    [Fact]
    public void Quadratic_of_stake_is_a_weight_rule()
    {
        Loaded(WithWeight("quadratic-of-stake")).Houses.ShouldHaveSingleItem().Weight.ShouldBe(WeightRule.QuadraticOfStake);
    }

    [Fact]
    public void Reputation_reads_its_earning_events_and_half_life()
    {
        var house = Loaded(WithWeight("{ rule: reputation, earn: { ballot-cast: 1, comment-posted: 1, proposal-executed: 5 }, half-life: 90d }"))
            .Houses.ShouldHaveSingleItem();
        house.Weight.ShouldBe(WeightRule.Reputation);
        house.Reputation!.Earn.ShouldBe(new Dictionary<string, long> { ["ballot-cast"] = 1, ["comment-posted"] = 1, ["proposal-executed"] = 5 });
        house.Reputation.HalfLife.ShouldBe(Duration.FromDays(90));
    }

    [Fact]
    public void Reputation_without_a_half_life_never_fades()
    {
        Loaded(WithWeight("{ rule: reputation, earn: { ballot-cast: 2 } }")).Houses.ShouldHaveSingleItem().Reputation!.HalfLife.ShouldBeNull();
    }

    [Fact]
    public void Weight_errors_name_the_file_line_and_column()
    {
        Errors(WithWeight("{ rule: reputation, earn: { ballot: 1 }, half-life: soon }")).ShouldBe(
        [
            "tiny.yaml:5:49: houses.members.weight.earn.ballot: unknown event 'ballot': expected one of ballot-cast, comment-posted, proposal-created, proposal-executed",
            "tiny.yaml:5:65: houses.members.weight.half-life: 'soon' is not valid: expected a duration such as 7d, 12h, 30m or 1d12h (w, d, h, m, s)",
        ]);
        Errors(WithWeight("{ rule: reputation, earn: { ballot-cast: 0 } }")).ShouldBe(
            ["tiny.yaml:5:54: houses.members.weight.earn.ballot-cast: expected a positive whole number of points"]);
        Errors(WithWeight("reputation")).ShouldBe(
            ["tiny.yaml:5:13: houses.members.weight: reputation needs 'earn', the events that earn points, e.g. { rule: reputation, earn: { ballot-cast: 1 }, half-life: 90d }"]);
        Errors(WithWeight("{ rule: stake, earn: { ballot-cast: 1 } }")).ShouldBe(
            ["tiny.yaml:5:5: houses.members.weight: earn and half-life belong to rule reputation only"]);
        Errors(WithWeight("{ rul: stake }")).ShouldBe(
        [
            "tiny.yaml:5:13: missing required key 'rule' in houses.members.weight",
            "tiny.yaml:5:15: unknown key 'rul' in houses.members.weight: expected one of rule, earn, half-life (did you mean 'rule'?)",
        ]);
    }
}
