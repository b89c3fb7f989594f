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
        ["2024_alaska_dominion"] = "RCTab leaves out the three CvrExport files of tabulator 92302 (73 of 197 sessions); the rule behind that is not identified, so those ballots are counted here",
        ["unisyn_xml_cdf_city_coroner"] = "case folder missing from the staged snapshot although cases_index.json says present_here",
        ["unisyn_xml_cdf_county_sheriff"] = "case folder missing from the staged snapshot although cases_index.json says present_here",
        ["clear_ballot_with_inline_comma"] = "case folder missing from the staged snapshot although cases_index.json says present_here",
        ["hart_cedar_park_school_board"] = "case folder missing from the staged snapshot although cases_index.json says present_here",
        ["dominion_kansas"] = "not in the staged snapshot (cases_index.json: present_here false)",
        ["dominion_multi_file"] = "case folder missing from the staged snapshot although cases_index.json says present_here",
        ["2015_portland_mayor_codes"] = "case folder missing from the staged snapshot although cases_index.json says present_here",
        ["2017_minneapolis_mayor"] = "case folder missing from the staged snapshot although cases_index.json says present_here",
        ["2018_maine_governor_primary"] = "not in the staged snapshot (cases_index.json: present_here false)",
        ["minneapolis_multi_seat_threshold"] = "case folder missing from the staged snapshot although cases_index.json says present_here",
        ["multi_seat_bottoms_up_with_dynamic_threshold"] = "case folder missing from the staged snapshot although cases_index.json says present_here",
        ["test_set_5_two_skipped_choice_exhaust"] = "case folder missing from the staged snapshot although cases_index.json says present_here",
        ["test_set_multi_winner_fractional_threshold"] = "case folder missing from the staged snapshot although cases_index.json says present_here",
        ["tiebreak_previous_round_counts_then_random_test"] = "case folder missing from the staged snapshot although cases_index.json says present_here",
        ["sequential_with_continue_until_two"] = "case folder missing from the staged snapshot although cases_index.json says present_here",
        ["first_round_determines_threshold_tiebreaker_test"] = "case folder missing from the staged snapshot although cases_index.json says present_here",






































    };

    /// <summary>
    /// Cases whose CVR files were left out of the staging because they duplicate another case's file
    /// (shared/reference/rctab/README.md): every source is pointed at that file, as the README says.
    /// </summary>
    private static readonly Dictionary<string, string> StagedSubstitutes = new(StringComparer.Ordinal)
    {
        ["2013_minneapolis_mayor_scale"] = "2013_minneapolis_mayor/2013_minneapolis_mayor_cvr.xlsx",
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
        output.WriteLine($"{passed} of {total} RCTab tabulation cases match; {_slicesCompared} precinct/batch reports compared");
        output.WriteLine($"summary CSV (informational): {_csvMatched} of {_csvCompared} match line by line");
        foreach (var m in CsvMismatches.Order(StringComparer.Ordinal))
        {
            output.WriteLine($"  CSV differs: {m}");
        }
        // The staged cases hold 6 per-slice JSON reports (precinct_example, batch_example, 2 x missing_precinct_example, 2 x 2013_minneapolis_mayor).
        _slicesCompared.ShouldBe(6, "every staged precinct/batch JSON report is compared");
        Assert.Fail("show output");
        failing.Keys.Except(KnownDifferences.Keys).ShouldBeEmpty("cases failing that are not listed as known differences");
        KnownDifferences.Keys.Except(failing.Keys).ShouldBeEmpty("known differences that now pass: remove them from the list");
    }

    private static int _slicesCompared;
    private static int _csvCompared;
    private static int _csvMatched;

    /// <summary>
    /// RCTab's summary CSV, compared line by line skipping the "Generated By" line as RCTab's test does.
    /// Reported, not asserted: see docs/ranked-tabulator.md.
    /// </summary>
    private static void CsvMatches(string folder, string stem, RctabConfig config, IReadOnlyList<Polity.Core.Voting.Ranked.RankedResult> results)
    {
        for (var i = 0; i < results.Count; i++)
        {
            var path = Path.Combine(folder, results.Count == 1 ? $"{stem}_expected_detailed_report.csv" : $"{stem}_{i + 1}_expected_detailed_report.csv");
            if (!File.Exists(path))
            {
                continue;
            }
            Interlocked.Increment(ref _csvCompared);
            var expected = File.ReadAllLines(path);
            var actual = RctabSummaryCsv.Write(config, results[i]).Split('\n');
            var same = expected.Length <= actual.Length
                && expected.Select((line, n) => line.Contains("Generated By", StringComparison.Ordinal) || line == actual[n]).All(x => x);
            if (same)
            {
                Interlocked.Increment(ref _csvMatched);
            }
            else
            {
                CsvMismatches.Add($"{Path.GetFileName(path)}: first difference at line {expected.Select((line, n) => (line, n)).FirstOrDefault(x => x.n >= actual.Length || (x.line != actual[x.n] && !x.line.Contains("Generated By", StringComparison.Ordinal))).n + 1}");
            }
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentBag<string> CsvMismatches = [];

    /// <summary>The per-precinct / per-batch JSON reports the case lists (RCTab's test checks these too).</summary>
    private static string? CompareSlices(string folder, string stem, RctabConfig config, Polity.Core.Voting.Ranked.RankedResult result, JsonElement test)
    {
        foreach (var file in test.GetProperty("expected_files").EnumerateArray().Select(f => f.GetString()!))
        {
            if (!file.StartsWith("Tabulate by ", StringComparison.Ordinal) || !file.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }
            var slice = result.Slices.FirstOrDefault(s =>
                file.EndsWith($"_expected_{s.Id.Replace(' ', '_')}_{s.Kind}_detailed_report.json", StringComparison.Ordinal));
            if (slice is null)
            {
                return $"{file}: no such slice produced";
            }
            using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, file)));
            using var actual = JsonDocument.Parse(RctabSummaryWriter.Json(config, slice));
            Interlocked.Increment(ref _slicesCompared);
            if (JsonDiff.First(expected.RootElement, actual.RootElement, "$") is { } diff)
            {
                return $"{file}: {diff}";
            }
        }
        return null;
    }

    private static string WithSourcesAt(string configPath, string file)
    {
        var config = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(configPath))!;
        foreach (var source in config["cvrFileSources"]!.AsArray())
        {
            source!["filePath"] = file;
        }
        var copy = Path.Combine(Path.GetTempPath(), $"polity-rctab-{Guid.NewGuid():N}_config.json");
        File.WriteAllText(copy, config.ToJsonString());
        return copy;
    }

    private static string? RunCase(string root, string stem, JsonElement test)
    {
        var folder = Path.Combine(root, "test_data", stem);
        var configPath = Path.Combine(folder, stem + "_config.json");
        if (!File.Exists(configPath))
        {
            return "case folder not staged";
        }
        if (StagedSubstitutes.TryGetValue(stem, out var substitute))
        {
            var copy = WithSourcesAt(configPath, Path.Combine(root, "test_data", substitute));
            try
            {
                return Compare(folder, stem, copy, test);
            }
            finally
            {
                File.Delete(copy);
            }
        }
        return Compare(folder, stem, configPath, test);
    }

    private static string? Compare(string folder, string stem, string configPath, JsonElement test)
    {
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
            CsvMatches(folder, stem, config, results);
            return CompareSlices(folder, stem, config, results[0], test);
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
