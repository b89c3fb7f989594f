using System.Globalization;
using System.Text.Json;
using Polity.Core.Voting.Ranked;

namespace Polity.Engine.Tabulation;

/// <summary>An RCTab contest configuration (<c>*_config.json</c>): output settings, CVR sources, candidates and rules.</summary>
/// <param name="Path">Where the config was read from.</param>
/// <param name="ContestName"><c>outputSettings.contestName</c>.</param>
/// <param name="ContestDate"><c>outputSettings.contestDate</c>.</param>
/// <param name="ContestJurisdiction"><c>outputSettings.contestJurisdiction</c>.</param>
/// <param name="ContestOffice"><c>outputSettings.contestOffice</c>.</param>
/// <param name="Sources"><c>cvrFileSources</c>.</param>
/// <param name="Candidates"><c>candidates</c>, in configured order.</param>
/// <param name="Rules"><c>rules</c> (plus the tabulate-by switches of <c>outputSettings</c>).</param>
public sealed record RctabConfig(
    string Path,
    string ContestName,
    string ContestDate,
    string ContestJurisdiction,
    string ContestOffice,
    IReadOnlyList<RctabCvrSource> Sources,
    IReadOnlyList<RctabCandidate> Candidates,
    RankedRules Rules)
{
    /// <summary><c>outputSettings.tabulateByPrecinct</c>: RCTab refuses to count when no CVR names a precinct.</summary>
    public bool TabulateByPrecinct { get; init; }

    /// <summary>The folder relative file paths resolve against.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;

    /// <summary>True when any source counts undeclared write-ins.</summary>
    public bool CountsUndeclaredWriteIns =>
        Sources.Any(s => !string.IsNullOrWhiteSpace(s.UndeclaredWriteInLabel) || s.TreatBlankAsUndeclaredWriteIn);

    /// <summary>The contest the core counts: declared names, then the write-in placeholder if used.</summary>
    public RankedContest Contest =>
        new(Candidates.Select(c => c.Name).Concat(CountsUndeclaredWriteIns ? [RankedTabulator.UndeclaredWriteIns] : []).Distinct().ToList(),
            Candidates.Where(c => c.Excluded).Select(c => c.Name).ToHashSet(StringComparer.Ordinal));

    /// <summary>Reads and validates a config file.</summary>
    /// <exception cref="FormatException">A value is missing or malformed.</exception>
    public static RctabConfig Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        var output = root.GetProperty("outputSettings");
        var rules = root.GetProperty("rules");
        var sources = root.GetProperty("cvrFileSources").EnumerateArray().Select(s => new RctabCvrSource(
            Str(s, "provider"), Str(s, "filePath"), Str(s, "contestId"),
            Int(s, "firstVoteColumnIndex"), Int(s, "firstVoteRowIndex"), Int(s, "idColumnIndex"), Int(s, "precinctColumnIndex"), Int(s, "batchColumnIndex"),
            Str(s, "overvoteDelimiter"), Str(s, "overvoteLabel"), Str(s, "skippedRankLabel"), Str(s, "undeclaredWriteInLabel"),
            Bool(s, "treatBlankAsUndeclaredWriteIn") || Bool(rules, "treatBlankAsUndeclaredWriteIn"))).ToList();
        var candidates = root.GetProperty("candidates").EnumerateArray().Select(c => new RctabCandidate(
            Str(c, "name").Trim(), Bool(c, "excluded"),
            c.TryGetProperty("aliases", out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(x => x.GetString()!.Trim()).ToList() : [])).ToList();
        var maxRankings = Str(rules, "maxRankingsAllowed");
        var maxSkipped = Str(rules, "maxSkippedRanksAllowed");
        var declared = candidates.Count(c => !c.Excluded);
        var parsed = new RankedRules
        {
            WinnerElectionMode = Str(rules, "winnerElectionMode") switch
            {
                "singleWinnerMajority" => WinnerElectionMode.SingleWinnerMajority,
                "multiWinnerAllowMultipleWinnersPerRound" => WinnerElectionMode.MultiWinnerAllowMultipleWinnersPerRound,
                "multiWinnerAllowOnlyOneWinnerPerRound" => WinnerElectionMode.MultiWinnerAllowOnlyOneWinnerPerRound,
                "bottomsUp" => WinnerElectionMode.BottomsUp,
                "bottomsUpUsingPercentageThreshold" => WinnerElectionMode.BottomsUpUsingPercentageThreshold,
                "multiPassIrv" => WinnerElectionMode.MultiPassIrv,
                var m => throw new FormatException($"unknown winnerElectionMode '{m}'"),
            },
            TiebreakMode = Str(rules, "tiebreakMode") switch
            {
                "random" => TiebreakMode.Random,
                "stopCountingAndAsk" => TiebreakMode.StopCountingAndAsk,
                "previousRoundCountsThenRandom" => TiebreakMode.PreviousRoundCountsThenRandom,
                "previousRoundCountsThenAsk" => TiebreakMode.PreviousRoundCountsThenAsk,
                "useCandidateOrder" => TiebreakMode.UseCandidateOrder,
                "generatePermutation" => TiebreakMode.GeneratePermutation,
                var m => throw new FormatException($"unknown tiebreakMode '{m}'"),
            },
            OvervoteRule = Str(rules, "overvoteRule") switch
            {
                "exhaustImmediately" => OvervoteRule.ExhaustImmediately,
                "alwaysSkipToNextRank" => OvervoteRule.AlwaysSkipToNextRank,
                "exhaustIfMultipleContinuing" => OvervoteRule.ExhaustIfMultipleContinuing,
                var m => throw new FormatException($"unknown overvoteRule '{m}'"),
            },
            NumberOfWinners = Int(rules, "numberOfWinners") ?? 0,
            MaxSkippedRanksAllowed = maxSkipped.Equals("unlimited", StringComparison.OrdinalIgnoreCase) ? null : Int(rules, "maxSkippedRanksAllowed") ?? 0,
            MaxRankingsAllowed = maxRankings.Equals("max", StringComparison.OrdinalIgnoreCase) ? declared : Int(rules, "maxRankingsAllowed") ?? declared,
            BatchElimination = Bool(rules, "batchElimination"),
            ContinueUntilTwoCandidatesRemain = Bool(rules, "continueUntilTwoCandidatesRemain"),
            MinimumVoteThreshold = Dec(rules, "minimumVoteThreshold") ?? 0m,
            ExhaustOnDuplicateCandidate = Bool(rules, "exhaustOnDuplicateCandidate"),
            DecimalPlacesForVoteArithmetic = Int(rules, "decimalPlacesForVoteArithmetic") ?? 4,
            NonIntegerWinningThreshold = Bool(rules, "nonIntegerWinningThreshold"),
            HareQuota = Bool(rules, "hareQuota"),
            DoesFirstRoundDetermineThreshold = Bool(rules, "doesFirstRoundDetermineThreshold"),
            StopTabulationEarlyAfterRound = Int(rules, "stopTabulationEarlyAfterRound"),
            MultiSeatBottomsUpPercentageThreshold = Dec(rules, "multiSeatBottomsUpPercentageThreshold"),
            RandomSeed = Int(rules, "randomSeed"),
            CutoffElimination = Bool(rules, "cutoffElimination"),
            TabulateByPrecinct = Bool(output, "tabulateByPrecinct"),
            TabulateByBatch = Bool(output, "tabulateByBatch"),
            RulesDescription = Str(rules, "rulesDescription"),
        };
        return new RctabConfig(path, Str(output, "contestName"), Str(output, "contestDate"), Str(output, "contestJurisdiction"),
            Str(output, "contestOffice"), sources, candidates, parsed)
        {
            TabulateByPrecinct = Bool(output, "tabulateByPrecinct"),
        };
    }

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString()!,
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => "",
        } : "";

    private static int? Int(JsonElement e, string name)
    {
        var s = Str(e, name).Trim();
        return s.Length == 0 ? null
            : int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v
            : throw new FormatException($"'{name}' must be a whole number, not '{s}'");
    }

    private static decimal? Dec(JsonElement e, string name)
    {
        var s = Str(e, name).Trim();
        return s.Length == 0 ? null
            : decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v
            : throw new FormatException($"'{name}' must be a number, not '{s}'");
    }

    private static bool Bool(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && (v.ValueKind == JsonValueKind.True || (v.ValueKind == JsonValueKind.String && v.GetString() == "true"));
}
