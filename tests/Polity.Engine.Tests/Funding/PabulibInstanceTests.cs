using Polity.Core.Funding.Budgeting;
using Polity.Engine.Funding;

namespace Polity.Engine.Tests.Funding;

/// <summary>
/// Every real Pabulib election in shared/reference/pabulib/instances, run with the rule its META names (plus
/// Świecie's comparison step and filter), must select exactly the projects the file records as selected.
/// </summary>
public class PabulibInstanceTests
{
    public static TheoryData<string> Files()
    {
        var files = PabulibReference.Instances().ToList();
        files.ShouldNotBeEmpty("no .pb files in the reference folder");
        return [.. files];
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Rule_named_in_the_file_reproduces_the_official_outcome(string file)
    {
        var pb = PabulibFile.Load(PabulibReference.PathOf(Path.Combine("instances", file)));
        var instance = pb.ToInstance();

        var outcome = pb.Rule().Apply(instance);

        outcome.Selected.Order(StringComparer.Ordinal).ShouldBe(pb.RecordedSelected.Order(StringComparer.Ordinal));
        outcome.Spent.ShouldBeLessThanOrEqualTo(instance.Budget);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Writing_and_reading_again_gives_the_same_file(string file)
    {
        var pb = PabulibFile.Load(PabulibReference.PathOf(Path.Combine("instances", file)));

        var again = PabulibFile.Parse(pb.Write(), file);

        again.Write().ShouldBe(pb.Write());
        again.Meta.ShouldBe(pb.Meta);
        again.Projects.Count.ShouldBe(pb.Projects.Count);
        again.Votes.Count.ShouldBe(pb.Votes.Count);
    }
}
