using Polity.Core.Voting.Ranked;

namespace Polity.Engine.Tabulation;

/// <summary>Reads the cast vote records of every configured source into ranked ballots.</summary>
public static partial class CvrReaders
{
    /// <summary>All ballots of <paramref name="config"/>, source by source, in file order.</summary>
    /// <exception cref="FormatException">A source is malformed or names an unknown candidate.</exception>
    public static List<RankedBallot> ReadAll(RctabConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var ballots = new List<RankedBallot>();
        // Sources that repeat a file with the same settings are read once (RCTab's scale test loads one file 13 times).
        var cache = new Dictionary<(string, RctabCvrSource), List<RankedBallot>>();
        foreach (var source in config.Sources)
        {
            var path = Path.GetFullPath(Path.Combine(config.Directory, source.FilePath));
            if (cache.TryGetValue((path, source with { FilePath = "" }), out var seen))
            {
                ballots.AddRange(seen);
                continue;
            }
            var names = new CandidateNames(config, source);
            var read = new List<RankedBallot>();
            cache[(path, source with { FilePath = "" })] = read;
            read.AddRange(source.Provider switch
            {
                "ess" => ReadEss(path, source, names, config.Rules.MaxRankingsAllowed),
                "genericCsv" => ReadGenericCsv(path, source, names, config.Rules.MaxRankingsAllowed),
                "clearBallot" => ReadClearBallot(path, source, names),
                "cdf" when path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) => ReadCdfXml(path, source, names),
                "cdf" => ReadCdfJson(path, source, names),
                "dominion" => ReadDominion(path, source, names),
                "hart" => ReadHart(path, source, names),
                var p => throw new FormatException($"unsupported CVR provider '{p}'"),
            });
            ballots.AddRange(read);
        }
        return ballots;
    }

    /// <summary>Builds a ballot from (rank, candidate) marks; ranks are 1-based.</summary>
    internal static RankedBallot FromMarks(IEnumerable<(int Rank, string Candidate)> marks, string? id, string? precinct)
    {
        var list = marks.ToList();
        var max = list.Count == 0 ? 0 : list.Max(m => m.Rank);
        var rankings = new List<string>[max];
        for (var i = 0; i < max; i++)
        {
            rankings[i] = [];
        }
        foreach (var (rank, candidate) in list)
        {
            if (!rankings[rank - 1].Contains(candidate))
            {
                rankings[rank - 1].Add(candidate);
            }
        }
        return new RankedBallot(rankings, id, precinct);
    }

    /// <summary>
    /// ES&amp;S spreadsheet: the .xlsx itself (first worksheet, every row element from firstVoteRowIndex on),
    /// or a CSV export when the path names one.
    /// </summary>
    private static IEnumerable<RankedBallot> ReadEss(string path, RctabCvrSource source, CandidateNames names, int maxRankings)
    {
        var sheet = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? XlsxSheet.ReadFirstSheet(path)
            : CsvText.ReadFile(path).Select((cells, i) => (RowNumber: i + 1, Cells: cells)).ToList();
        var firstRow = source.FirstVoteRowIndex ?? 2;
        var firstCol = (source.FirstVoteColumnIndex ?? 2) - 1;
        foreach (var (rowNumber, row) in sheet)
        {
            if (rowNumber < firstRow)
            {
                continue;
            }
            var r = rowNumber - 1;
            var marks = new List<(int, string)>();
            for (var rank = 1; rank <= maxRankings && firstCol + rank - 1 < row.Count; rank++)
            {
                foreach (var c in names.ResolveCell(row[firstCol + rank - 1]))
                {
                    marks.Add((rank, c));
                }
            }
            var id = source.IdColumnIndex is { } idc && idc - 1 < row.Count ? row[idc - 1] : (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var precinct = source.PrecinctColumnIndex is { } pc && pc - 1 < row.Count ? row[pc - 1] : null;
            var batch = source.BatchColumnIndex is { } bc && bc - 1 < row.Count ? row[bc - 1] : null;
            yield return FromMarks(marks, id, precinct) with { Batch = batch };
        }
    }

    /// <summary>Generic CSV: a header of candidate names; each cell the rank given to that column's candidate.</summary>
    private static IEnumerable<RankedBallot> ReadGenericCsv(string path, RctabCvrSource source, CandidateNames names, int maxRankings)
    {
        var rows = CsvText.ReadFile(path);
        var firstCol = (source.FirstVoteColumnIndex ?? 1) - 1;
        var firstRow = (source.FirstVoteRowIndex ?? 2) - 1;
        var header = rows[0];
        var candidates = header.Select((h, i) => i >= firstCol ? names.Resolve(h) : null).ToList();
        for (var r = firstRow; r < rows.Count; r++)
        {
            var row = rows[r];
            var marks = new List<(int, string)>();
            for (var c = firstCol; c < row.Count && c < candidates.Count; c++)
            {
                var cell = row[c].Trim();
                if (cell.Length == 0 || candidates[c] is not { } name)
                {
                    continue;
                }
                var rank = int.Parse(cell, System.Globalization.CultureInfo.InvariantCulture);
                if (rank > maxRankings)
                {
                    throw new FormatException($"row {r + 1} of {path} uses rank {rank}, beyond maxRankingsAllowed {maxRankings}");
                }
                marks.Add((rank, name));
            }
            yield return FromMarks(marks, row.ElementAtOrDefault(source.IdColumnIndex is { } i ? i - 1 : 0), source.PrecinctColumnIndex is { } p ? row.ElementAtOrDefault(p - 1) : null)
                with { Batch = source.BatchColumnIndex is { } b ? row.ElementAtOrDefault(b - 1) : null };
        }
    }

    /// <summary>Clear Ballot CSV: one 0/1 column per (rank, candidate), named <c>Choice_n_1:contest:rank:Vote For 1:candidate:party</c>.</summary>
    private static IEnumerable<RankedBallot> ReadClearBallot(string path, RctabCvrSource source, CandidateNames names)
    {
        var rows = CsvText.ReadFile(path);
        var header = rows[0];
        var columns = new List<(int Column, int Rank, string Candidate)>();
        for (var i = 0; i < header.Count; i++)
        {
            if (!header[i].StartsWith("Choice_", StringComparison.Ordinal))
            {
                continue;
            }
            var parts = header[i].Split(':');
            if (parts.Length < 5 || parts[1] != source.ContestId)
            {
                continue;
            }
            var rank = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
            var candidate = names.Resolve(string.Join(':', parts[4..^1]));
            if (candidate is not null)
            {
                columns.Add((i, rank, candidate));
            }
        }
        var idCol = header.IndexOf("BallotID");
        var precinctCol = header.IndexOf("PrecinctID");
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            var marks = columns.Where(c => c.Column < row.Count && row[c.Column].Trim() == "1").Select(c => (c.Rank, c.Candidate));
            yield return FromMarks(marks, idCol >= 0 ? row.ElementAtOrDefault(idCol) : null, precinctCol >= 0 ? row.ElementAtOrDefault(precinctCol) : null);
        }
    }
}
