using System.Globalization;
using Polity.Core.Funding.Budgeting;

namespace Polity.Engine.Funding;

public sealed partial class PabulibFile
{
    /// <summary>The projects the file records as selected (<c>selected</c> = 1), in file order.</summary>
    public IReadOnlyList<string> RecordedSelected =>
        [.. Projects.Where(p => p["selected"]?.Trim() == "1").Select(p => p["project_id"]!.Trim())];

    /// <summary>The election as the budgeting rules see it; a bad cell fails with its line.</summary>
    public PbInstance ToInstance()
    {
        var budget = ParseWhole(MetaValue("budget"), "budget", Name, MetaLine());
        var voteType = (MetaValue("vote_type") ?? "approval") switch
        {
            "approval" => PbVoteType.Approval,
            "choose-1" => PbVoteType.ChooseOne,
            "cumulative" => PbVoteType.Cumulative,
            "ordinal" => PbVoteType.Ordinal,
            var other => throw new PabulibFormatException(Name, MetaLine(), $"vote_type '{other}' is not supported (approval, choose-1, cumulative, ordinal)"),
        };
        Require(ProjectColumns, "PROJECTS", "project_id", "cost");
        Require(VoteColumns, "VOTES", "vote");
        var projects = new List<PbProject>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Projects)
        {
            var id = row["project_id"]!.Trim();
            if (id.Length == 0 || !ids.Add(id))
            {
                throw new PabulibFormatException(Name, row.Line, id.Length == 0 ? "empty project_id" : $"project '{id}' is listed twice");
            }
            projects.Add(new PbProject(id, ParseWhole(row["cost"], "cost", Name, row.Line)));
        }
        var hasPoints = VoteColumns.Contains("points");
        var ballots = new List<PbBallot>();
        foreach (var row in Votes)
        {
            var named = Split(row["vote"]);
            foreach (var id in named)
            {
                if (!ids.Contains(id))
                {
                    throw new PabulibFormatException(Name, row.Line, $"vote names unknown project '{id}'");
                }
            }
            if (named.Distinct(StringComparer.Ordinal).Count() != named.Count)
            {
                throw new PabulibFormatException(Name, row.Line, "vote names a project twice");
            }
            IReadOnlyList<long>? points = null;
            if (hasPoints && voteType == PbVoteType.Cumulative)
            {
                var cells = Split(row["points"]);
                if (cells.Count != named.Count)
                {
                    throw new PabulibFormatException(Name, row.Line, $"{cells.Count} points for {named.Count} projects");
                }
                points = [.. cells.Select(c => ParseWhole(c, "points", Name, row.Line))];
            }
            ballots.Add(new PbBallot(named, points));
        }
        return new PbInstance(budget, projects, ballots, voteType);
    }

    /// <summary>
    /// The rule this file's election used: META <c>rule</c> (or <paramref name="name"/> when given), with META
    /// <c>min_project_score_threshold</c> for the greedy rules. Świecie 2023 also ran the comparison step and its
    /// eligibility filter (equalshares.net), which its META does not say; both are added for that city.
    /// </summary>
    public PbRule Rule(string? name = null)
    {
        var rule = name ?? MetaValue("rule")
            ?? throw new PabulibFormatException(Name, MetaLine(), "META has no rule: name one");
        long? threshold = MetaValue("min_project_score_threshold") is { Length: > 0 } t
            ? ParseWhole(t, "min_project_score_threshold", Name, MetaLine())
            : null;
        var swiecie = MetaValue("unit") == "Świecie" && rule.StartsWith("equalshares/add1", StringComparison.Ordinal) && name is null;
        if (swiecie)
        {
            return new PbRule("equalshares/add1-comparison", EligibilityFilter: true);
        }
        if (!PbRule.IsKnown(rule))
        {
            throw new PabulibFormatException(Name, MetaLine(), $"rule '{rule}' is not supported (known: {string.Join(", ", PbRule.Known)})");
        }
        return new PbRule(rule, rule.StartsWith("greedy", StringComparison.Ordinal) ? threshold : null);
    }

    private void Require(IReadOnlyList<string> columns, string section, params string[] names)
    {
        foreach (var column in names.Where(n => !columns.Contains(n)))
        {
            var line = (section == "PROJECTS" ? Projects : Votes).Select(r => r.Line).DefaultIfEmpty(1).First();
            throw new PabulibFormatException(Name, Math.Max(1, line - 1), $"{section} has no '{column}' column");
        }
    }

    private static List<string> Split(string? cell) =>
        string.IsNullOrWhiteSpace(cell) ? [] : [.. cell.Split(',').Select(s => s.Trim())];

    // META lines are not kept per key; errors about META point at the line after the "META" title.
    private static int MetaLine() => 2;

    /// <summary>Formats a whole amount for display.</summary>
    public static string Amount(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
