using System.Diagnostics;
using System.Text.Json;
using Polity.Engine.Tabulation;

namespace Polity.Engine.Tests.Tabulation;

/// <summary>
/// Runs every tabulation case staged from RCTab's own regression suite (shared/reference/rctab) and
/// compares the summary JSON as RCTab's TabulatorTests does: deep equality ignoring generatedBy / GeneratedDate.
/// </summary>
public sealed class RctabConformanceTests(ITestOutputHelper output)
{
    /// <summary>Cases whose produced summary differs from RCTab's, each with the reason (kept in docs/ranked-tabulator.md too).</summary>
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {






































    };

    [Fact]
    public void Every_staged_rctab_case_matches_except_the_known_differences()
    {
        var root = Path.Combine(RctabReference.Root, "rctab");
        using var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "cases_index.json")));
        var failing = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var passed = 0;
        var total = 0;
        foreach (var test in index.RootElement.GetProperty("tests").EnumerateArray())
        {
            if (test.GetProperty("kind").GetString() != "runTabulationTest")
            {
                continue;
            }
            var stem = test.GetProperty("stem").GetString()!;
            total++;
            var watch = Stopwatch.StartNew();
            var outcome = RunCase(root, stem, test);
            if (outcome is null)
            {
                passed++;
                output.WriteLine($"PASS {stem} ({watch.ElapsedMilliseconds} ms)");
            }
            else
            {
                failing[stem] = outcome;
                output.WriteLine($"FAIL {stem} ({watch.ElapsedMilliseconds} ms): {outcome}");
            }
        }
        output.WriteLine($"{passed} of {total} RCTab tabulation cases match");
        failing.Keys.Except(KnownDifferences.Keys).ShouldBeEmpty("cases failing that are not listed as known differences");
        KnownDifferences.Keys.Except(failing.Keys).ShouldBeEmpty("known differences that now pass: remove them from the list");
    }

    private static string? RunCase(string root, string stem, JsonElement test)
    {
        var folder = Path.Combine(root, "test_data", stem);
        var configPath = Path.Combine(folder, stem + "_config.json");
        if (!File.Exists(configPath))
        {
            return "case folder not staged";
        }
        var extra = test.GetProperty("extra");
        var expectsFailure = extra.ValueKind == JsonValueKind.String && extra.GetString()!.Contains("Exception", StringComparison.Ordinal);
        try
        {
            var (config, results) = RctabSession.Run(configPath);
            if (expectsFailure)
            {
                return $"expected the tabulation to fail ({extra.GetString()}) but it succeeded";
            }
            for (var i = 0; i < results.Count; i++)
            {
                var name = results.Count == 1 ? $"{stem}_expected_summary.json" : $"{stem}_{i + 1}_expected_summary.json";
                var expectedPath = Path.Combine(folder, name);
                if (!File.Exists(expectedPath))
                {
                    expectedPath = Path.Combine(folder, name.Replace("_summary.json", "_detailed_report.json", StringComparison.Ordinal));
                }
                using var expected = JsonDocument.Parse(File.ReadAllBytes(expectedPath));
                using var actual = JsonDocument.Parse(RctabSummaryWriter.Json(config, results[i]));
                if (JsonDiff.First(expected.RootElement, actual.RootElement, "$") is { } diff)
                {
                    return $"{Path.GetFileName(expectedPath)}: {diff}";
                }
            }
            return null;
        }
        catch (Exception ex) when (expectsFailure)
        {
            _ = ex;
            return null;
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }
}
