using System.Text.Json;
using Polity.Core.Funding.Budgeting;
using Polity.Core.Primitives;

namespace Polity.Core.Tests.Funding;

/// <summary>
/// pabutools' <c>test_mes_analytics</c> (each voter's budget before every MES iteration, as exact fractions) and the
/// hand-transcribed cases: MES exhausted by raising the budget, and MES completed by greedy or by Phragmén.
/// </summary>
public sealed partial class PabutoolsRuleTests
{
    public static TheoryData<int> AnalyticsCases() => Indexes(doc => doc.RootElement.GetProperty("test_mes_analytics").GetProperty("cases"));

    public static TheoryData<int, int> AdditionalChecks()
    {
        using var doc = PabutoolsCases.Load();
        var data = new TheoryData<int, int>();
        var cases = doc.RootElement.GetProperty("additional_cases").EnumerateArray().ToList();
        for (var c = 0; c < cases.Count; c++)
        {
            for (var k = 0; k < cases[c].GetProperty("checks").GetArrayLength(); k++)
            {
                data.Add(c, k);
            }
        }
        return data;
    }

    [Fact]
    public void There_are_eight_analytics_cases_and_eleven_hand_transcribed_checks()
    {
        AnalyticsCases().Count.ShouldBe(8);
        AdditionalChecks().Count.ShouldBe(11);
    }

    [Theory]
    [MemberData(nameof(AnalyticsCases))]
    public void Equal_shares_leaves_each_voter_the_budget_pabutools_expects_after_every_purchase(int index)
    {
        using var doc = PabutoolsCases.Load();
        var test = doc.RootElement.GetProperty("test_mes_analytics").GetProperty("cases")[index];
        var names = new[] { "a", "b", "c", "d", "e" };
        string[] Picks(string property) => [.. test.GetProperty(property).EnumerateArray().Select(i => names[i.GetInt32()])];
        var costs = test.GetProperty("costs").EnumerateArray().Select(c => c.GetInt64()).ToList();
        List<string[]> ballots = [["a", "b"], ["a", "b"], ["a"], Picks("third_voter_approval_idxs"), Picks("fourth_voter_approval_idxs"),
            ["a", "c"], ["a", "d"], ["a", "d"], ["e"], ["e"]];
        var instance = new PbInstance(5, [.. names.Select((n, i) => new PbProject(n, costs[i]))], [.. ballots.Select(b => new PbBallot(b))]);
        var rounds = new List<IReadOnlyList<Fraction>>();

        var outcome = EqualShares.Run(instance, new Fraction(5, 10), onRound: rounds.Add);

        PabutoolsCases.Key(outcome.Selected).ShouldBe(PabutoolsCases.Key(Picks("expected_picked_project_idxs")));
        var expected = PabutoolsCases.Budgets(test.GetProperty("expected_voter_budgets_per_iteration"));
        if (test.GetProperty("as_multiprofile").GetBoolean())
        {
            // One list per distinct ballot, in order of first appearance, with its multiplicity.
            var distinct = ballots.Select(PabutoolsCases.Key).Distinct().ToList();
            distinct.Select(k => ballots.Count(b => PabutoolsCases.Key(b) == k))
                .ShouldBe(test.GetProperty("expected_voter_multiplicity").EnumerateArray().Select(m => m.GetInt32()));
            rounds = [.. rounds.Select(r => (IReadOnlyList<Fraction>)[.. distinct.Select(k => r[ballots.FindIndex(b => PabutoolsCases.Key(b) == k)])])];
        }
        rounds.Select(r => r.ToList()).ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(AdditionalChecks))]
    public void Hand_transcribed_check_gives_the_expected_outcome(int index, int check)
    {
        using var doc = PabutoolsCases.Load();
        var source = doc.RootElement.GetProperty("additional_cases")[index];
        var election = PabutoolsCases.Read(source);
        var spec = source.GetProperty("checks")[check];
        var rule = spec.GetProperty("rule").GetString()!;

        var result = Additional(rule, election);

        var expected = spec.TryGetProperty("expected_irresolute", out var all)
            ? all.EnumerateArray().Select(o => PabutoolsCases.Key(o.EnumerateArray().Select(p => p.GetString()!))).ToList()
            : [PabutoolsCases.Key((spec.TryGetProperty("expected", out var e) ? e : spec.GetProperty("expected_sorted")).EnumerateArray().Select(p => p.GetString()!))];
        expected.ShouldContain(PabutoolsCases.Key(result.Outcome.Selected), rule);
        if (spec.TryGetProperty("expected_voter_budgets_per_iteration", out var lists))
        {
            // The budgets of the final run, at the share the budget increase stopped at.
            var rounds = new List<IReadOnlyList<Fraction>>();
            EqualShares.Run(election.Instance, result.Share, onRound: rounds.Add);
            rounds.Select(r => r.Select(b => b / election.Scale).ToList()).ShouldBe(PabutoolsCases.Budgets(lists));
        }
    }

    /// <summary>Our rule for each rule string of the hand-transcribed checks (exact strings: anything else fails).</summary>
    private static (PbOutcome Outcome, Fraction Share) Additional(string rule, PabutoolsCases.Election e)
    {
        var voters = e.Instance.Ballots.Count;
        // exhaustion_by_budget_increase raises the TOTAL budget by the step: each voter's share by step / voters.
        (PbOutcome, Fraction) Exhaust(Fraction step, IReadOnlyCollection<string>? initial = null)
        {
            var result = EqualShares.WithIncrement(e.Instance, step * e.Scale / voters, MesUtility.Cost, initial);
            return (result.Outcome, result.PerVoterBudget);
        }
        (PbOutcome, Fraction) Only(PbOutcome outcome) => (outcome, Fraction.Zero);
        return rule switch
        {
            "method_of_equal_shares" => Only(EqualShares.Select(e.Instance)),
            "exhaustion_by_budget_increase(method_of_equal_shares, sat_class=Cost_Sat, budget_step=1/24)" => Exhaust(new Fraction(1, 24)),
            "exhaustion_by_budget_increase(method_of_equal_shares, sat_class=Cost_Sat, budget_step=1/24, initial_budget_allocation=[g])" =>
                Exhaust(new Fraction(1, 24), ["g"]),
            "exhaustion_by_budget_increase(method_of_equal_shares, sat_class=Cost_Sat, budget_step=5)" => Exhaust(Fraction.Whole(5)),
            "exhaustion_by_budget_increase(method_of_equal_shares, sat_class=Cost_Sat, analytics=True, budget_step=1/24)" => Exhaust(new Fraction(1, 24)),
            "completion_by_rule_combination([method_of_equal_shares(Cost_Sat), greedy_utilitarian_welfare(Cost_Sat)])" =>
                Only(Completion.Utilitarian(e.Instance, EqualShares.Select(e.Instance))),
            "completion_by_rule_combination([method_of_equal_shares(Cost_Sat), greedy_utilitarian_welfare(Cost_Sat)], initial_budget_allocation=[f])" =>
                Only(Completion.Utilitarian(e.Instance, EqualShares.Select(e.Instance, initial: ["f"]))),
            "completion_by_rule_combination([method_of_equal_shares(Cost_Sat), sequential_phragmen])" =>
                Only(Completion.Phragmen(e.Instance, EqualShares.Select(e.Instance))),
            _ => throw new InvalidOperationException($"no Polity rule for '{rule}'"),
        };
    }

    private static TheoryData<int> Indexes(Func<JsonDocument, JsonElement> array)
    {
        using var doc = PabutoolsCases.Load();
        var data = new TheoryData<int>();
        for (var i = 0; i < array(doc).GetArrayLength(); i++)
        {
            data.Add(i);
        }
        return data;
    }
}
