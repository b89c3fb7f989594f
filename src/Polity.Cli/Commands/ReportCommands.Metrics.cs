using System.CommandLine;
using Polity.Core.Metrics;
using Polity.Engine.Reports;

namespace Polity.Cli.Commands;

public static partial class ReportCommands
{
    /// <summary><c>polity metrics</c>: power and participation per house, now and per month.</summary>
    public static Command BuildMetrics(Runner run)
    {
        var command = new Command("metrics",
            "Power and participation per house: members, turnout, voting-power concentration (Gini, Nakamoto, top-10), delegation, " +
            "pass rates by origin house, time to execution, recusals, funds decided, grant milestones; now and at the end of each month");
        run.On(command, async ctx =>
        {
            var report = await LoadMetricsAsync(ctx);
            ctx.Show(report, MetricsText.Write);
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command Metrics(Runner run)
    {
        var dir = new Option<string>("--dir") { Description = "Folder for metrics.html and one metrics-NAME.svg per chart (default: the current folder)", DefaultValueFactory = _ => "." };
        var command = new Command("metrics", "Charts of the metrics over time (one SVG per metric, a line per house) and an HTML page collecting them") { dir };
        run.On(command, async ctx =>
        {
            var report = await LoadMetricsAsync(ctx);
            var folder = ctx.Parse.GetValue(dir)!;
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                throw new CliException($"cannot create {folder}: {ex.Message}");
            }
            var charts = MetricsCharts.Of(report);
            var written = charts.Select(c => Write(Path.Combine(folder, $"metrics-{c.Id}.svg"), ChartSvg.Render(c))).ToList();
            written.Insert(0, Write(Path.Combine(folder, "metrics.html"), MetricsCharts.Html(report, charts)));
            ctx.Show(new { written }, (w, _) =>
            {
                w.WriteLine($"{charts.Count} charts over {report.Series.Count} month(s), {report.Series[0].Period} to {report.Latest.Period}:");
                written.ForEach(p => w.WriteLine($"wrote {p}"));
            });
            return ExitCodes.Done;
        });
        return command;
    }

    private static async Task<MetricsReport> LoadMetricsAsync(CliContext ctx)
    {
        await ctx.OpenAsync();
        return MetricsHistory.Build(await LogHistory.ReadAsync(await ctx.OpenStoreAsync()));
    }
}
