using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Polity.Core.Voting.Ranked;

namespace Polity.Engine.Tabulation;

public static partial class CvrReaders
{
    /// <summary>NIST SP 1500-103 CDF JSON: CVR[] / CVRSnapshot[] / CVRContest[] / CVRContestSelection[] / SelectionPosition[].</summary>
    private static IEnumerable<RankedBallot> ReadCdfJson(string path, RctabCvrSource source, CandidateNames names)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        var selectionToLabel = new Dictionary<string, string>(StringComparer.Ordinal);
        var candidateNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var contestNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var election in Array(root, "Election"))
        {
            foreach (var c in Array(election, "Candidate"))
            {
                candidateNames[Text(c, "@id")] = Text(c, "Name");
            }
            foreach (var contest in Array(election, "Contest"))
            {
                contestNames[Text(contest, "@id")] = Text(contest, "Name");
                foreach (var sel in Array(contest, "ContestSelection"))
                {
                    var ids = Array(sel, "CandidateIds").Select(x => x.GetString()!).ToList();
                    var label = sel.TryGetProperty("IsWriteIn", out var wi) && (wi.ValueKind == JsonValueKind.True || wi.GetRawText() == "\"true\"") ? WriteInSelection
                        : ids.Count > 0 && candidateNames.TryGetValue(ids[0], out var n) ? n
                        : sel.TryGetProperty("Name", out var nm) ? nm.GetString()! : Text(sel, "@id");
                    selectionToLabel[Text(sel, "@id")] = label;
                }
            }
        }
        foreach (var cvr in Array(root, "CVR"))
        {
            var current = cvr.TryGetProperty("CurrentSnapshotId", out var cs) ? cs.GetString() : null;
            var snapshot = Array(cvr, "CVRSnapshot").FirstOrDefault(s => Text(s, "@id") == current);
            if (snapshot.ValueKind != JsonValueKind.Object)
            {
                snapshot = Array(cvr, "CVRSnapshot").FirstOrDefault();
            }
            var marks = new List<(int, string)>();
            foreach (var contest in Array(snapshot, "CVRContest"))
            {
                if (!ContestMatches(source, Text(contest, "ContestId"), contestNames))
                {
                    continue;
                }
                foreach (var sel in Array(contest, "CVRContestSelection"))
                {
                    var selId = Text(sel, "ContestSelectionId");
                    var label = selectionToLabel.TryGetValue(selId, out var l) ? l : selId;
                    foreach (var pos in Array(sel, "SelectionPosition"))
                    {
                        if (pos.TryGetProperty("HasIndication", out var hi) && hi.GetString() != "yes")
                        {
                            continue;
                        }
                        var rank = pos.TryGetProperty("Rank", out var rk) ? rk.GetInt32() : 1;
                        if ((label == WriteInSelection ? RankedTabulator.UndeclaredWriteIns : names.Resolve(label)) is { } name)
                        {
                            marks.Add((rank, name));
                        }
                    }
                }
            }
            var id = cvr.TryGetProperty("BallotPrePrintedId", out var bid) ? bid.GetString() : null;
            var precinct = cvr.TryGetProperty("BallotStyleUnitId", out var bsu) ? bsu.GetString() : null;
            yield return FromMarks(marks, id, precinct);
        }
    }

    /// <summary>NIST SP 1500-103 CDF XML.</summary>
    private static IEnumerable<RankedBallot> ReadCdfXml(string path, RctabCvrSource source, CandidateNames names)
    {
        var doc = XDocument.Load(path);
        static IEnumerable<XElement> Named(XContainer e, string name) => e.Elements().Where(x => x.Name.LocalName == name);
        static string Val(XElement e, string name) => Named(e, name).FirstOrDefault()?.Value ?? "";
        var root = doc.Root!;
        var candidateNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var selectionToLabel = new Dictionary<string, string>(StringComparer.Ordinal);
        var contestNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var election in Named(root, "Election"))
        {
            foreach (var c in Named(election, "Candidate"))
            {
                candidateNames[(string?)c.Attribute("ObjectId") ?? ""] = Val(c, "Name");
            }
            foreach (var contest in Named(election, "Contest"))
            {
                contestNames[(string?)contest.Attribute("ObjectId") ?? ""] = Val(contest, "Name");
                foreach (var sel in Named(contest, "ContestSelection"))
                {
                    var cid = Val(sel, "CandidateIds").Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
                    selectionToLabel[(string?)sel.Attribute("ObjectId") ?? ""] =
                        Val(sel, "IsWriteIn") == "true" ? WriteInSelection
                        : cid is not null && candidateNames.TryGetValue(cid, out var n) ? n : (string?)sel.Attribute("ObjectId") ?? "";
                }
            }
        }
        foreach (var cvr in Named(root, "CVR"))
        {
            var current = Val(cvr, "CurrentSnapshotId");
            var snapshot = Named(cvr, "CVRSnapshot").FirstOrDefault(s => (string?)s.Attribute("ObjectId") == current) ?? Named(cvr, "CVRSnapshot").FirstOrDefault();
            var marks = new List<(int, string)>();
            var found = false;
            foreach (var contest in snapshot is null ? [] : Named(snapshot, "CVRContest"))
            {
                if (!ContestMatches(source, Val(contest, "ContestId"), contestNames))
                {
                    continue;
                }
                found = true;
                foreach (var sel in Named(contest, "CVRContestSelection"))
                {
                    var selId = Val(sel, "ContestSelectionId");
                    var label = selectionToLabel.TryGetValue(selId, out var l) ? l : selId;
                    foreach (var pos in Named(sel, "SelectionPosition"))
                    {
                        if (Val(pos, "HasIndication") is { Length: > 0 } hi && hi != "yes")
                        {
                            continue;
                        }
                        var rank = int.TryParse(Val(pos, "Rank"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var rk) ? rk : 1;
                        if ((label == WriteInSelection ? RankedTabulator.UndeclaredWriteIns : names.Resolve(label)) is { } name)
                        {
                            marks.Add((rank, name));
                        }
                    }
                }
            }
            if (found)
            {
                yield return FromMarks(marks, Val(cvr, "BallotPrePrintedId"), Val(cvr, "BallotStyleUnitId"));
            }
        }
    }

    /// <summary>
    /// Dominion JSON export folder: every <c>CvrExport*.json</c>; each session's "Original" record, or its
    /// adjudicated "Modified" one when the original is no longer current; marks flagged ambiguous are ignored.
    /// Candidates are named by their manifest id, matched through the config's aliases.
    /// </summary>
    private static IEnumerable<RankedBallot> ReadDominion(string path, RctabCvrSource source, CandidateNames names)
    {
        if (!Directory.Exists(path))
        {
            throw new FormatException($"no Dominion export folder at {path}");
        }
        foreach (var file in Directory.GetFiles(path, "CvrExport*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var session in Array(doc.RootElement, "Sessions"))
            {
                // The original record unless it was superseded by adjudication; superseded without a
                // "Modified" record, the session is skipped (as RCTab does).
                var record = session.GetProperty("Original");
                if (record.TryGetProperty("IsCurrent", out var current) && current.ValueKind == JsonValueKind.False)
                {
                    if (!session.TryGetProperty("Modified", out record))
                    {
                        continue;
                    }
                }
                var cards = Array(record, "Cards");
                var contests = cards.Count > 0 ? cards.SelectMany(c => Array(c, "Contests")).ToList() : Array(record, "Contests");
                var found = false;
                var marks = new List<(int, string)>();
                foreach (var contest in contests.Where(c => Text(c, "Id") == source.ContestId))
                {
                    found = true;
                    foreach (var mark in Array(contest, "Marks"))
                    {
                        if (mark.TryGetProperty("IsAmbiguous", out var amb) && amb.ValueKind == JsonValueKind.True)
                        {
                            continue;
                        }
                        if (names.Resolve(Text(mark, "CandidateId")) is { } name)
                        {
                            marks.Add((mark.GetProperty("Rank").GetInt32(), name));
                        }
                    }
                }
                if (found)
                {
                    yield return FromMarks(marks, $"{Text(session, "TabulatorId")}-{Text(session, "BatchId")}-{Text(session, "RecordId")}", Text(record, "PrecinctPortionId"));
                }
            }
        }
    }

    /// <summary>Hart InterCivic: a folder of XML files, one ballot each; options of the contest carry the candidate id and the rank.</summary>
    private static IEnumerable<RankedBallot> ReadHart(string path, RctabCvrSource source, CandidateNames names)
    {
        if (!Directory.Exists(path))
        {
            throw new FormatException($"no Hart CVR folder at {path}");
        }
        static IEnumerable<XElement> Named(XContainer e, string name) => e.Elements().Where(x => x.Name.LocalName == name);
        static string Val(XElement e, string name) => Named(e, name).FirstOrDefault()?.Value ?? "";
        foreach (var file in Directory.GetFiles(path, "*.xml").Order(StringComparer.Ordinal))
        {
            var cvr = XDocument.Load(file).Root!;
            var contests = Named(cvr, "Contests").SelectMany(c => Named(c, "Contest")).Where(c => Val(c, "Id") == source.ContestId).ToList();
            if (contests.Count == 0)
            {
                continue;
            }
            var marks = new List<(int, string)>();
            foreach (var option in contests.SelectMany(c => Named(c, "Options")).SelectMany(o => Named(o, "Option")))
            {
                var rank = int.Parse(Val(option, "Value"), NumberStyles.Integer, CultureInfo.InvariantCulture);
                if (names.Resolve(Val(option, "Id")) is { } name)
                {
                    marks.Add((rank, name));
                }
            }
            var precinct = Named(cvr, "PrecinctSplit").FirstOrDefault() is { } split ? Val(split, "Name") : null;
            yield return FromMarks(marks, Val(cvr, "CvrGuid"), precinct);
        }
    }

    // A CDF selection flagged IsWriteIn counts as an undeclared write-in whatever its candidate is called.
    private const string WriteInSelection = "\u0000write-in";

    private static bool ContestMatches(RctabCvrSource source, string contestId, Dictionary<string, string> contestNames) =>
        string.IsNullOrEmpty(source.ContestId) || contestId == source.ContestId
        || (contestNames.TryGetValue(contestId, out var name) && name == source.ContestId);

    private static List<JsonElement> Array(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray()] : [];

    private static string Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText() : "";
}
