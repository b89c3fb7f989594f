using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Polity.Core.Funding.Budgeting;
using Polity.Core.Primitives;

namespace Polity.Core.Tests.Funding;

/// <summary>
/// Reads <c>shared/reference/pabulib/pabutools_rule_tests.json</c> (expected outcomes of pabutools' own rule tests).
/// pabutools' costs are exact decimals or fractions ("0.9", "1/24"); ours are whole units, so every election is
/// scaled by the least common denominator of its costs and budget. Every rule here is scale-free (greedy compares
/// votes or votes per cost; MES compares q / cost or q, both scaled alike; Phragmén's moments scale with the
/// costs), so the selected projects do not change; voter budgets are divided by the scale before comparing.
/// </summary>
internal static class PabutoolsCases
{
    public const string File = "pabulib/pabutools_rule_tests.json";

    /// <summary>An election of the file, scaled to whole units.</summary>
    public sealed record Election(string Name, PbInstance Instance, BigInteger Scale, IReadOnlyList<string>? Initial, JsonElement Source);

    public static JsonDocument Load() => ReferenceData.Json(File);

    public static Election Read(JsonElement election)
    {
        var projects = election.GetProperty("projects").EnumerateArray()
            .Select(p => (Name: p.GetProperty("name").GetString()!, Cost: Exact(p.GetProperty("cost").GetString()!)))
            .ToList();
        var budget = Exact(election.GetProperty("budget_limit").GetString()!);
        var scale = projects.Select(p => p.Cost.Denominator).Append(budget.Denominator).Aggregate(BigInteger.One, Lcm);
        var ballots = election.GetProperty("ballots").EnumerateArray()
            .Select(b => new PbBallot([.. b.EnumerateArray().Select(x => x.GetString()!)]))
            .ToList();
        var instance = new PbInstance(Whole(budget, scale), [.. projects.Select(p => new PbProject(p.Name, Whole(p.Cost, scale)))], ballots);
        var initial = election.TryGetProperty("initial_budget_allocation", out var init) && init.ValueKind == JsonValueKind.Array
            ? init.EnumerateArray().Select(x => x.GetString()!).ToList()
            : null;
        var name = election.TryGetProperty("name", out var n) ? n.GetString()! : election.GetProperty("source_test").GetString()!;
        return new Election(name, instance, scale, initial, election);
    }

    /// <summary>An exact decimal ("1.09") or fraction ("1/24").</summary>
    public static Fraction Exact(string text)
    {
        if (text.Split('/') is [var numerator, var denominator])
        {
            return new Fraction(BigInteger.Parse(numerator, CultureInfo.InvariantCulture), BigInteger.Parse(denominator, CultureInfo.InvariantCulture));
        }
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0
            ? Fraction.Whole(BigInteger.Parse(text, CultureInfo.InvariantCulture))
            : new Fraction(BigInteger.Parse(text.Remove(dot, 1), CultureInfo.InvariantCulture), BigInteger.Pow(10, text.Length - dot - 1));
    }

    /// <summary>An outcome as pabutools lists it: project names in order.</summary>
    public static string Key(IEnumerable<string> projects) => string.Join(',', projects.Order(StringComparer.Ordinal));

    /// <summary>The voter-budget lists of an analytics case, one list per MES iteration.</summary>
    public static List<List<Fraction>> Budgets(JsonElement lists) =>
        [.. lists.EnumerateArray().Select(l => l.EnumerateArray().Select(x => Exact(x.GetString()!)).ToList())];

    private static long Whole(Fraction value, BigInteger scale)
    {
        var scaled = value * scale;
        scaled.Denominator.IsOne.ShouldBeTrue($"{value} x {scale} is not whole");
        return (long)scaled.Numerator;
    }

    private static BigInteger Lcm(BigInteger a, BigInteger b) => a / BigInteger.GreatestCommonDivisor(a, b) * b;
}
