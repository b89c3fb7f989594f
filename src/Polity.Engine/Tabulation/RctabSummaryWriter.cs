using System.Globalization;
using System.Text;
using System.Text.Json;
using Polity.Core.Voting.Ranked;

namespace Polity.Engine.Tabulation;

/// <summary>Writes a count in RCTab's round-by-round summary shapes (the <c>*_summary.json</c>; the CSV is <see cref="RctabSummaryCsv"/>).</summary>
public static class RctabSummaryWriter
{
    /// <summary>What RCTab puts in <c>config.generatedBy</c>; comparisons ignore it.</summary>
    public const string GeneratedBy = "Polity ranked tabulator";

    /// <summary>The summary JSON (keys sorted as RCTab's Jackson output).</summary>
    public static string Json(RctabConfig config, RankedResult result) => Json(config, result, null);

    /// <summary>The summary JSON of one precinct or batch slice (its id added to <c>config</c>).</summary>
    public static string Json(RctabConfig config, RankedSlice slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        return Json(config, slice.Result, slice);
    }

    private static string Json(RctabConfig config, RankedResult result, RankedSlice? slice)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartObject("config");
            if (slice is { Kind: "batch" })
            {
                w.WriteString("batch", slice.Id);
            }
            w.WriteString("contest", config.ContestName);
            w.WriteString("date", config.ContestDate);
            w.WriteString("generatedBy", GeneratedBy);
            w.WriteString("jurisdiction", config.ContestJurisdiction);
            w.WriteString("office", config.ContestOffice);
            if (slice is { Kind: "precinct" })
            {
                w.WriteString("precinct", slice.Id);
            }
            w.WriteEndObject();
            w.WriteString("jsonFormatVersion", "1");
            w.WriteStartArray("results");
            foreach (var round in result.Rounds)
            {
                w.WriteStartObject();
                w.WriteStartObject("inactiveBallots");
                w.WriteString("exhaustedChoices", S(round.InactiveFor(InactiveReason.ExhaustedChoices)));
                if (result.UsesSurpluses && round.Number == result.Rounds.Count)
                {
                    w.WriteString("finalRoundSurplus", S(round.InactiveFor(InactiveReason.FinalRoundSurplus)));
                }
                w.WriteString("overvotes", S(round.InactiveFor(InactiveReason.Overvote)));
                w.WriteString("repeatedRankings", S(round.InactiveFor(InactiveReason.RepeatedRanking)));
                w.WriteString("skippedRankings", S(round.InactiveFor(InactiveReason.SkippedRanking)));
                w.WriteEndObject();
                w.WriteNumber("round", round.Number);
                w.WriteStartObject("tally");
                foreach (var (name, votes) in round.Tally.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    w.WriteString(name, S(votes));
                }
                w.WriteEndObject();
                w.WriteStartArray("tallyResults");
                WriteActions(w, "elected", round.Elected, round);
                WriteActions(w, "eliminated", round.Eliminated, round);
                w.WriteEndArray();
                w.WriteString("threshold", S(round.Threshold));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("summary");
            w.WriteString("finalThreshold", S(result.FinalThreshold));
            w.WriteNumber("numCandidates", result.NumCandidates);
            w.WriteNumber("numWinners", result.NumWinners);
            w.WriteString("totalNumBallots", S(result.TotalBallots));
            w.WriteNumber("undervotes", decimal.Truncate(result.Undervotes));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteActions(Utf8JsonWriter w, string kind, IReadOnlyList<string> candidates, RankedRound round)
    {
        foreach (var c in candidates)
        {
            w.WriteStartObject();
            w.WriteString(kind, c);
            w.WriteStartObject("transfers");
            if (round.Transfers.TryGetValue(c, out var targets))
            {
                foreach (var (target, value) in targets.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    w.WriteString(target, S(value));
                }
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
    }

    private static string S(decimal value) => value.ToString(CultureInfo.InvariantCulture);

}
