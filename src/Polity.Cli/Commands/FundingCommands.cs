using System.CommandLine;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Polity.Core.Funding.QuadraticFunding;

namespace Polity.Cli.Commands;

/// <summary>
/// <c>polity qf run FILE.json</c>: quadratic-funding matches for a file of contributions, computed offline.
/// The file is either a JSON array of contributions or an object
/// <c>{ "matchAmount": "…", "options": { "minimumAmount", "ignoreSaturation", "matchingCapAmount" },
/// "contributions": [ { "contributor", "recipient", "amount" } ], "clusters": [ ["a","b"], … ] }</c>
/// (a pluralistic.js test case has this shape). Amounts are whole minor units, as strings or integers.
/// Flags win over the file.
/// </summary>
public static class FundingCommands
{
    /// <summary>Builds the qf commands.</summary>
    public static Command Build(Runner run)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Contributions JSON (see docs/quadratic-funding.md)" };
        var pool = new Option<string?>("--pool") { Description = "Matching pool in minor units (overrides matchAmount)" };
        var cap = new Option<string?>("--cap") { Description = "Most one project may be matched, in minor units" };
        var min = new Option<string?>("--min") { Description = "Ignore contributions below this many minor units" };
        var variant = new Option<string>("--variant")
        {
            Description = "linear (exact CLR), pairwise (pairwise-bounded) or cocm (connection-oriented cluster match)",
            DefaultValueFactory = _ => "linear",
        };
        variant.AcceptOnlyFromAmong("linear", "pairwise", "cocm");
        var ignoreSaturation = new Option<bool>("--ignore-saturation") { Description = "Always spread the whole pool" };
        var threshold = new Option<double>("--threshold")
        {
            Description = "Pairwise threshold (clr.py's threshold)",
            DefaultValueFactory = _ => ClusteredQf.DefaultPairwiseThreshold,
        };
        var runCommand = new Command("run", "Compute the matches for a contributions file") { file, pool, cap, min, variant, ignoreSaturation, threshold };
        run.On(runCommand, ctx =>
        {
            var input = Read(ctx.Parse.GetValue(file)!);
            var options = input.Options with
            {
                MinimumAmount = Amount(ctx.Parse.GetValue(min), "--min") ?? input.Options.MinimumAmount,
                MatchingCapAmount = Amount(ctx.Parse.GetValue(cap), "--cap") ?? input.Options.MatchingCapAmount,
                IgnoreSaturation = ctx.Parse.GetValue(ignoreSaturation) || input.Options.IgnoreSaturation,
            };
            var matchAmount = Amount(ctx.Parse.GetValue(pool), "--pool") ?? input.MatchAmount
                ?? throw new CliException("no matching pool: give --pool or matchAmount in the file");
            var kind = Enum.Parse<QfVariant>(ctx.Parse.GetValue(variant)!, ignoreCase: true);
            var rows = ClusteredQf.Calculate(kind, input.Contributions, matchAmount, options, input.Clusters, ctx.Parse.GetValue(threshold))
                .Select(r => new QfRow(r.Recipient, S(r.ContributionsCount), S(r.TotalReceived), S(r.IdealMatch), S(r.MatchedWithoutCap), S(r.CapOverflow), S(r.Matched)))
                .ToList();
            var view = new QfView(kind.ToString().ToUpperInvariant(), S(matchAmount), S(rows.Aggregate(BigInteger.Zero, (s, r) => s + BigInteger.Parse(r.Matched, CultureInfo.InvariantCulture))), rows);
            ctx.Show(view, (o, v) =>
            {
                o.WriteLine($"{v.Variant} pool {v.MatchAmount}, matched {v.TotalMatched}");
                o.WriteLine($"{"project",-24} {"donors",7} {"received",16} {"ideal",16} {"matched",16}");
                foreach (var r in v.Projects)
                {
                    o.WriteLine($"{r.Recipient,-24} {r.ContributionsCount,7} {r.TotalReceived,16} {r.IdealMatch,16} {r.Matched,16}");
                }
            });
            return Task.FromResult(ExitCodes.Done);
        });
        return new Command("qf", "Quadratic funding (CLR) matches: linear, pairwise-bounded, cluster match") { runCommand };
    }

    private sealed record Input(BigInteger? MatchAmount, LinearQfOptions Options, List<Contribution> Contributions, List<IReadOnlyList<string>>? Clusters);

    /// <summary>One project's row; integers as decimal strings so no JSON reader loses precision.</summary>
    private sealed record QfRow(string Recipient, string ContributionsCount, string TotalReceived, string IdealMatch, string MatchedWithoutCap, string CapOverflow, string Matched);

    private sealed record QfView(string Variant, string MatchAmount, string TotalMatched, List<QfRow> Projects);

    private static string S(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    private static Input Read(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new CliException($"no such file: {file.FullName}");
        }
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file.FullName));
            var root = doc.RootElement;
            var list = root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("contributions");
            if (list.ValueKind != JsonValueKind.Array)
            {
                throw new CliException("'contributions' must be an array of {contributor, recipient, amount}");
            }
            var contributions = list.EnumerateArray()
                .Select(c => new Contribution(Text(c, "contributor"), Text(c, "recipient"), Integer(c.GetProperty("amount"), "amount") ?? 0))
                .ToList();
            if (root.ValueKind == JsonValueKind.Array)
            {
                return new Input(null, LinearQfOptions.Default, contributions, null);
            }
            var options = LinearQfOptions.Default;
            if (root.TryGetProperty("options", out var o) && o.ValueKind == JsonValueKind.Object)
            {
                options = new LinearQfOptions(
                    o.TryGetProperty("minimumAmount", out var m) ? Integer(m, "minimumAmount") ?? 0 : 0,
                    o.TryGetProperty("ignoreSaturation", out var s) && s.ValueKind == JsonValueKind.True,
                    o.TryGetProperty("matchingCapAmount", out var cap) ? Integer(cap, "matchingCapAmount") : null);
            }
            List<IReadOnlyList<string>>? clusters = root.TryGetProperty("clusters", out var cl)
                ? cl.EnumerateArray().Select(g => (IReadOnlyList<string>)g.EnumerateArray().Select(x => x.GetString() ?? "").ToList()).ToList()
                : null;
            var pool = root.TryGetProperty("matchAmount", out var ma) ? Integer(ma, "matchAmount") : null;
            return new Input(pool, options, contributions, clusters);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new CliException($"{file.Name}: {ex.Message}");
        }
    }

    private static string Text(JsonElement e, string name) =>
        e.GetProperty(name).GetString() ?? throw new CliException($"'{name}' must be a string");

    private static BigInteger? Integer(JsonElement e, string name) => e.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => Amount(e.GetString(), name),
        JsonValueKind.Number => Amount(e.GetRawText(), name),
        _ => throw new CliException($"'{name}' must be a whole number of minor units"),
    };

    private static BigInteger? Amount(string? text, string name)
    {
        if (text is null)
        {
            return null;
        }
        if (!BigInteger.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new CliException($"{name} '{text}' is not a whole, non-negative number of minor units");
        }
        return value;
    }
}
