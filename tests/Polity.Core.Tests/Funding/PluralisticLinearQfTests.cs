using System.Numerics;
using System.Text.Json;
using Polity.Core.Funding.QuadraticFunding;

namespace Polity.Core.Tests.Funding;

/// <summary>The 7 pluralistic.js linear QF cases (src/test/linear.test.ts), compared to the smallest unit.</summary>
public sealed class PluralisticLinearQfTests
{
    private const string File = "quadratic_funding/pluralistic_linearqf_cases.json";

    public static TheoryData<string> CaseNames()
    {
        using var doc = ReferenceData.Json(File);
        var data = new TheoryData<string>();
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            data.Add(c.GetProperty("name").GetString()!);
        }
        return data;
    }

    [Fact]
    public void There_are_seven_reference_cases() => CaseNames().Count.ShouldBe(7);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Matches_the_reference_exactly(string name)
    {
        using var doc = ReferenceData.Json(File);
        var root = doc.RootElement;
        var c = root.GetProperty("cases").EnumerateArray().Single(x => x.GetProperty("name").GetString() == name);
        var raw = c.GetProperty("contributions");
        var list = raw.ValueKind == JsonValueKind.String
            ? root.GetProperty("contribution_sets").GetProperty(raw.GetString()!)
            : raw;
        var contributions = list.EnumerateArray()
            .Select(x => new Contribution(x.GetProperty("contributor").GetString()!, x.GetProperty("recipient").GetString()!, Big(x.GetProperty("amount"))))
            .ToList();

        var results = LinearQf.Calculate(contributions, Big(c.GetProperty("matchAmount")), Options(c.GetProperty("options")));

        var expected = c.GetProperty("expected");
        results.Select(r => r.Recipient).ShouldBe(expected.EnumerateObject().Select(p => p.Name), ignoreOrder: true);
        foreach (var r in results)
        {
            var e = expected.GetProperty(r.Recipient);
            r.ContributionsCount.ShouldBe(Big(e.GetProperty("contributionsCount")), $"{r.Recipient} contributionsCount");
            r.SumOfSqrt.ShouldBe(Big(e.GetProperty("sumOfSqrt")), $"{r.Recipient} sumOfSqrt");
            r.SumOfSqrtRemainder.ShouldBe(Big(e.GetProperty("sumOfSqrtRemainder")), $"{r.Recipient} sumOfSqrtRemainder");
            r.TotalReceived.ShouldBe(Big(e.GetProperty("totalReceived")), $"{r.Recipient} totalReceived");
            r.MatchedWithoutCap.ShouldBe(Big(e.GetProperty("matchedWithoutCap")), $"{r.Recipient} matchedWithoutCap");
            r.CapOverflow.ShouldBe(Big(e.GetProperty("capOverflow")), $"{r.Recipient} capOverflow");
            r.Matched.ShouldBe(Big(e.GetProperty("matched")), $"{r.Recipient} matched");
        }
        if (c.TryGetProperty("expectedTotalMatched", out var total))
        {
            var sum = results.Aggregate(BigInteger.Zero, (s, r) => s + r.Matched);
            var tolerance = Big(c.GetProperty("totalTolerance"));
            sum.ShouldBeLessThanOrEqualTo(Big(total));
            sum.ShouldBeGreaterThanOrEqualTo(Big(total) - tolerance);
        }
    }

    private static LinearQfOptions Options(JsonElement o) =>
        o.ValueKind == JsonValueKind.String
            ? LinearQfOptions.Default
            : new LinearQfOptions(
                Big(o.GetProperty("minimumAmount")),
                o.GetProperty("ignoreSaturation").GetBoolean(),
                o.GetProperty("matchingCapAmount").ValueKind == JsonValueKind.Null ? null : Big(o.GetProperty("matchingCapAmount")));

    private static BigInteger Big(JsonElement e) => BigInteger.Parse(e.GetString()!, System.Globalization.CultureInfo.InvariantCulture);
}
