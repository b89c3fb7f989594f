using Polity.Core.Funding.Budgeting;
using YamlDotNet.RepresentationModel;

namespace Polity.Engine.Tests.Funding;

/// <summary>
/// abcvoting's committee elections as PB (each candidate a project of cost 1, budget = committee size), checked as
/// pabutools does: on candidates with at least one approval. Checked, as pabutools' test_from_abcvoting.py: <c>av</c>
/// against greedy by votes, <c>seqphragmen</c> against sequential Phragmén, and
/// <c>equal-shares-with-av-completion</c> against MES completed by greedy (<see cref="Completion.Utilitarian"/>),
/// all from the irresolute (all tied committees) entries; our resolute outcome must be one of them. Plain
/// <c>equal-shares</c> is left out, as pabutools leaves it out: abcvoting completes it by Phragmén starting from what
/// each voter spent in MES, a completion Polity does not offer (<see cref="Completion.Phragmen"/> starts from 0).
/// </summary>
public class AbcvotingTests
{
    public static TheoryData<string> Files()
    {
        var dir = PabulibReference.PathOf("abcvoting_test_instances");
        Directory.Exists(dir).ShouldBeTrue($"Reference folder missing: {dir}");
        var files = Directory.GetFiles(dir, "*.abc.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        files.Count.ShouldBe(240);
        return [.. files];
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Greedy_Phragmen_and_completed_equal_shares_give_one_of_the_expected_committees(string file)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(PabulibReference.PathOf(Path.Combine("abcvoting_test_instances", file))))
        {
            yaml.Load(reader);
        }
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var profile = ((YamlSequenceNode)root["profile"]).Select(b => ((YamlSequenceNode)b).Select(c => c.ToString()).ToList()).ToList();
        var candidates = int.Parse(root["num_cand"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        var size = long.Parse(root["committeesize"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        var instance = new PbInstance(size,
            [.. Enumerable.Range(0, candidates).Select(c => new PbProject(c.ToString(System.Globalization.CultureInfo.InvariantCulture), 1))],
            [.. profile.Select(b => new PbBallot(b))]);
        var supported = profile.SelectMany(b => b).ToHashSet();

        var rules = new[]
        {
            ("av", GreedyRule.Select(instance)),
            ("seqphragmen", SequentialPhragmen.Select(instance)),
            ("equal-shares-with-av-completion", Completion.Utilitarian(instance, EqualShares.Select(instance))),
        };
        foreach (var (ruleId, outcome) in rules)
        {
            var expected = ((YamlSequenceNode)root["compute"])
                .Cast<YamlMappingNode>()
                .Single(c => c["rule_id"].ToString() == ruleId && c["resolute"].ToString() == "false")["result"];
            var committees = ((YamlSequenceNode)expected)
                .Select(c => Key(((YamlSequenceNode)c).Select(x => x.ToString()).Where(supported.Contains)))
                .ToHashSet();
            committees.ShouldContain(Key(outcome.Selected.Where(supported.Contains)), $"{ruleId} in {file}");
        }
    }

    private static string Key(IEnumerable<string> committee) =>
        string.Join(',', committee.Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).Order());
}
