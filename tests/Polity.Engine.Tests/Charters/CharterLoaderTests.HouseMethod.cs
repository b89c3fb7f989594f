using Polity.Engine.Charters;

namespace Polity.Engine.Tests.Charters;

public partial class CharterLoaderTests
{
    [Fact]
    public void A_voting_house_may_name_its_own_method_and_settings()
    {
        var text = Minimal.Replace("members: { threshold: 66% }", "members: { threshold: 66%, method: ranked, seats: 2 }", StringComparison.Ordinal);
        text.ShouldNotBe(Minimal);
        var rule = Loaded(text).DecisionTypes[0].Houses[0];
        rule.Method.ShouldNotBeNull().Name.ShouldBe("ranked");
        rule.Method.Settings.Get("seats").ShouldBe("2");

        var bad = Minimal.Replace("members: { threshold: 66% }", "members: { method: choice, seats: 2 }", StringComparison.Ordinal);
        Errors(bad).ShouldHaveSingleItem().ShouldContain("unknown key 'seats'");
    }
}
