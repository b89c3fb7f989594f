using Polity.Core.Funding.Budgeting;
using Polity.Core.Primitives;

namespace Polity.Core.Tests.Funding;

/// <summary>
/// pabutools' own rule tests (COMSOC-Community/pabutools <c>tests/rules/test_rule.py</c> at 33b8575, extracted to
/// <c>shared/reference/pabulib/pabutools_rule_tests.json</c>). pabutools lists every tied outcome; our rules are
/// resolute (one tie-break), so our outcome must be one of the listed ones, and the only one when just one is listed.
/// Cases for rules or satisfaction functions we do not implement are listed below with the reason; a case that is
/// neither run nor listed fails <see cref="Every_case_is_run_or_listed_as_not_implemented"/>.
/// </summary>
public sealed partial class PabutoolsRuleTests
{
    /// <summary>pabutools rules Polity does not have.</summary>
    public static readonly IReadOnlyDictionary<string, string> RulesNotImplemented = new Dictionary<string, string>
    {
        ["max_additive_utilitarian_welfare"] =
            "the exact welfare optimum over all feasible sets (a knapsack integer program); Polity's greedy rules are the approximation cities use",
    };

    /// <summary>pabutools satisfaction functions Polity's MES and greedy rules do not take (they take cost and cardinality).</summary>
    public static readonly IReadOnlyDictionary<string, string> SatisfactionsNotImplemented = new Dictionary<string, string>
    {
        ["Cost_Log_Sat"] = "log(1 + cost) is irrational: our rules are exact in rationals",
        ["Cost_Sqrt_Sat"] = "sqrt(cost) is irrational: our rules are exact in rationals",
        ["Additive_Cost_Log_Sat"] = "log of the total approved cost is irrational: our rules are exact in rationals",
        ["Additive_Cost_Sqrt_Sat"] = "sqrt of the total approved cost is irrational: our rules are exact in rationals",
        ["Effort_Sat"] = "effort utilities (cost shared by the supporters) are not offered: no city or Polity round uses them",
        ["CC_Sat"] = "Chamberlin-Courant (1 if any approved project is funded) is not additive: MES and greedy here assume additive utilities",
    };

    /// <summary>Every (election, rule, satisfaction) case of the file.</summary>
    public static TheoryData<string, string, string> Cases()
    {
        using var doc = PabutoolsCases.Load();
        var data = new TheoryData<string, string, string>();
        foreach (var election in doc.RootElement.GetProperty("elections").EnumerateArray())
        {
            foreach (var rule in election.GetProperty("expected_irresolute_outcomes").EnumerateObject())
            {
                foreach (var sat in rule.Value.EnumerateObject())
                {
                    data.Add(election.GetProperty("name").GetString()!, rule.Name, sat.Name);
                }
            }
        }
        return data;
    }

    /// <summary>The cases we run.</summary>
    public static TheoryData<string, string, string> Implemented()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (election, rule, sat) in Cases().Select(c => c.Data))
        {
            if (WhyNot(rule, sat) is null)
            {
                data.Add(election, rule, sat);
            }
        }
        return data;
    }

    [Fact]
    public void Every_case_is_run_or_listed_as_not_implemented()
    {
        var cases = Cases().Select(c => c.Data).ToList();
        var run = cases.Count(c => WhyNot(c.Item2, c.Item3) is null);

        cases.Count.ShouldBe(119);
        run.ShouldBe(39);
        cases.Where(c => WhyNot(c.Item2, c.Item3) is null).ShouldAllBe(c => Rule(c.Item2, c.Item3) != null);
    }

    [Theory]
    [MemberData(nameof(Implemented))]
    public void Our_outcome_is_one_of_the_outcomes_pabutools_expects(string name, string rule, string sat)
    {
        using var doc = PabutoolsCases.Load();
        var source = doc.RootElement.GetProperty("elections").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);
        var election = PabutoolsCases.Read(source);
        var expected = source.GetProperty("expected_irresolute_outcomes").GetProperty(rule).GetProperty(sat).EnumerateArray()
            .Select(o => PabutoolsCases.Key(o.EnumerateArray().Select(p => p.GetString()!)))
            .ToList();

        var outcome = Rule(rule, sat)!(election);

        expected.ShouldContain(PabutoolsCases.Key(outcome.Selected), $"{rule} / {sat} on {name}");
        outcome.Spent.ShouldBeLessThanOrEqualTo(election.Instance.Budget);
    }

    /// <summary>Why a case is not run, or null when it is.</summary>
    public static string? WhyNot(string rule, string sat) =>
        RulesNotImplemented.TryGetValue(rule, out var r) ? r
        : SatisfactionsNotImplemented.TryGetValue(sat, out var s) ? s
        : null;

    /// <summary>
    /// Our rule for a pabutools (rule, satisfaction) pair. Greedy: <c>Cost_Sat</c> ranks by votes (sat / cost =
    /// approvals), <c>Cardinality_Sat</c> by votes per cost. <c>mes_iterated</c> is MES with each voter's budget
    /// raised by 1/10 (scaled) until exhaustive, as pabutools' <c>voter_budget_increment</c>.
    /// </summary>
    private static Func<PabutoolsCases.Election, PbOutcome>? Rule(string rule, string sat)
    {
        MesUtility? utility = sat switch
        {
            "Cost_Sat" => MesUtility.Cost,
            "Cardinality_Sat" => MesUtility.Cardinality,
            _ => null,
        };
        return (rule, utility) switch
        {
            ("greedy_utilitarian_welfare", { } u) => e => GreedyRule.Select(e.Instance,
                new GreedyOptions(u == MesUtility.Cost ? GreedyRanking.Votes : GreedyRanking.VotesPerCost), e.Initial),
            ("method_of_equal_shares", { } u) => e => EqualShares.Select(e.Instance, u, e.Initial),
            ("mes_iterated", { } u) => e => EqualShares.WithIncrement(e.Instance, new Fraction(e.Scale, 10), u, e.Initial).Outcome,
            ("sequential_phragmen", null) when sat == "(no satisfaction function)" => e => SequentialPhragmen.Select(e.Instance, e.Initial),
            _ => null,
        };
    }
}
