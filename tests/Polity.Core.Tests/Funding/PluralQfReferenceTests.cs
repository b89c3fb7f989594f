using System.Numerics;
using System.Text.Json;
using Polity.Core.Funding.QuadraticFunding;

namespace Polity.Core.Tests.Funding;

/// <summary>
/// Cross-implementation checks against outputs of the upstream Python (reference_runs.json): plural-qf's COCM,
/// vanilla and squared cluster match and pairwise matching, and Gitcoin's 2020 pairwise-bounded CLR. Both
/// references are floating point, so the comparison is relative, to 1e-9.
/// </summary>
public sealed class PluralQfReferenceTests
{
    private const string File = "quadratic_funding/reference_runs/reference_runs.json";
    private const double Tolerance = 1e-9;

    public static TheoryData<int> PluralRuns()
    {
        using var doc = ReferenceData.Json(File);
        var data = new TheoryData<int>();
        for (var i = 0; i < doc.RootElement.GetProperty("plural_qf").GetProperty("runs").GetArrayLength(); i++)
        {
            data.Add(i);
        }
        return data;
    }

    [Fact]
    public void There_are_five_plural_qf_runs() => PluralRuns().Count.ShouldBe(5);

    [Theory]
    [MemberData(nameof(PluralRuns))]
    public void Plural_qf_mechanisms_match_the_reference(int index)
    {
        using var doc = ReferenceData.Json(File);
        var run = doc.RootElement.GetProperty("plural_qf").GetProperty("runs")[index];
        var groups = run.GetProperty("groups").EnumerateArray()
            .Select(g => (IReadOnlyList<int>)g.EnumerateArray().Select(x => x.GetInt32()).ToList()).ToList();
        var contributions = run.GetProperty("contributions").EnumerateArray().Select(x => x.GetDouble()).ToList();
        var actual = run.GetProperty("mechanism").GetString() switch
        {
            "cocm" => PluralQf.ConnectionOrientedClusterMatch(groups, contributions),
            "vcm" => PluralQf.VanillaClusterMatch(groups, contributions),
            "scm" => PluralQf.SquaredClusterMatch(groups, contributions),
            "pm" => PluralQf.PairwiseMatch(contributions, run.GetProperty("M").GetDouble()),
            var m => throw new InvalidOperationException($"unknown mechanism {m}"),
        };
        Close(actual, run.GetProperty("output").GetDouble());
    }

    [Fact]
    public void Pairwise_bounded_clr_matches_gitcoin_clr_py()
    {
        using var doc = ReferenceData.Json(File);
        var clr = doc.RootElement.GetProperty("gitcoin_clr_pairwise");
        // GRANT_CONTRIBUTIONS_EXAMPLE from clr.py, as the reference file describes it.
        var example = new (string Grant, string User, double Amount)[]
        {
            ("4", "1", 10), ("4", "2", 5), ("4", "2", 10), ("4", "3", 7), ("4", "5", 5), ("4", "4", 10), ("4", "5", 5), ("4", "5", 5),
            ("5", "1", 10), ("5", "1", 5), ("5", "2", 20), ("5", "3", 3), ("5", "8", 2), ("5", "9", 10), ("5", "7", 7), ("5", "2", 5),
        };
        var results = PairwiseBoundedClr.Calculate(example, threshold: 25.0, pot: 5000);
        var expected = clr.GetProperty("output").EnumerateArray().ToList();
        results.Count.ShouldBe(expected.Count);
        foreach (var (r, e) in results.Zip(expected))
        {
            r.Recipient.ShouldBe(e.GetProperty("id").GetString());
            r.ContributorCount.ShouldBe(e.GetProperty("number_contributions").GetInt32());
            r.TotalReceived.ShouldBe(e.GetProperty("contribution_amount").GetDouble());
            Close(r.ClrAmount, e.GetProperty("clr_amount").GetDouble());
        }
    }

    [Fact]
    public void Cocm_over_singleton_clusters_is_plain_quadratic_funding()
    {
        // Nobody is connected, so every contribution counts in full towards the other clusters: (√4 + √9 + √16)².
        PluralQf.ConnectionOrientedClusterMatch([[0], [1], [2]], [4, 9, 16]).ShouldBe(81, 1e-12);
    }

    [Fact]
    public void Cocm_damps_a_cluster_that_gives_together()
    {
        // Two donors in one cluster get no cross-cluster match from each other: their funding is just their gifts.
        PluralQf.ConnectionOrientedClusterMatch([[0, 1]], [4, 9]).ShouldBe(13, 1e-12);
        PluralQf.ConnectionOrientedClusterMatch([[0], [1]], [4, 9]).ShouldBe(25, 1e-12);
    }

    [Fact]
    public void Cocm_round_floors_the_reference_subsidy_once()
    {
        // The README example as a round: agents 0,1,2 = a,b,c. The pool exceeds the subsidies, so the round is
        // not saturated and each project gets its floored subsidy.
        var contributions = new[] { new Contribution("a", "p", 10), new Contribution("b", "p", 20), new Contribution("c", "q", 5) };
        var results = ClusteredQf.Calculate(QfVariant.Cocm, contributions, 1000, clusters: [["a", "b"], ["b", "c"]]);
        var p = results.Single(r => r.Recipient == "p");
        // Contributor c gave nothing to p, so p's COCM total is 36.9486884552..., its subsidy 6.948... -> 6.
        p.IdealMatch.ShouldBe(new BigInteger(6));
        p.Matched.ShouldBe(new BigInteger(6));
        results.Single(r => r.Recipient == "q").Matched.ShouldBe(BigInteger.Zero);
    }

    [Fact]
    public void Linear_variant_agrees_with_linear_qf()
    {
        var contributions = new[]
        {
            new Contribution("s1", "p1", 100), new Contribution("s2", "p1", 400), new Contribution("s1", "p2", 900),
            new Contribution("s3", "p2", 99), new Contribution("s4", "p2", 7),
        };
        var options = new LinearQfOptions(MatchingCapAmount: 500);
        var linear = LinearQf.Calculate(contributions, 800, options);
        var variant = ClusteredQf.Calculate(QfVariant.Linear, contributions, 800, options);
        variant.Select(v => (v.Recipient, v.Matched, v.MatchedWithoutCap, v.CapOverflow))
            .ShouldBe(linear.Select(l => (l.Recipient, l.Matched, l.MatchedWithoutCap, l.CapOverflow)));
    }

    [Fact]
    public void Pairwise_damps_a_pair_that_backs_every_project_together()
    {
        // Two colluders give to both projects; two independent donors give to one project each with a partner.
        var colluding = new[] { new Contribution("x", "p1", 100), new Contribution("y", "p1", 100), new Contribution("x", "p2", 100), new Contribution("y", "p2", 100) };
        var results = ClusteredQf.Calculate(QfVariant.Pairwise, colluding, 1_000_000, pairwiseThreshold: 25);
        // Each project gets sqrt(100*100) / (200 / 26) = 13 (exact in floating point), not linear QF's 200.
        results.Select(r => r.IdealMatch).ShouldBe([new BigInteger(13), new BigInteger(13)]);
    }

    private static void Close(double actual, double expected) =>
        Math.Abs(actual - expected).ShouldBeLessThanOrEqualTo(Tolerance * Math.Abs(expected), $"{actual} vs {expected}");
}
