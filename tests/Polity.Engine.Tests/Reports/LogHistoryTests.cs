using Polity.Core.Events;
using Polity.Core.Metrics;
using Polity.Core.Primitives;
using Polity.Engine.Reports;
using Polity.Engine.Tests.Log;

namespace Polity.Engine.Tests.Reports;

/// <summary>Metrics read the stored log back, event by event, with each entry's author, seq and time.</summary>
public sealed class LogHistoryTests
{
    [Fact]
    public async Task The_stored_log_reads_back_in_order_and_its_metrics_match_the_votes_cast()
    {
        await using var t = await TestNetwork.FoundAsync();
        var id = await t.GrantInVotingAsync();
        await t.OkAsync("c1", new BallotCast(id, ["for"]));
        await t.OkAsync("c2", new BallotCast(id, ["for"]));
        await t.OkAsync("g3", new BallotCast(id, ["for"]));
        await t.OkAsync("operator", new ClockAdvanced(Duration.FromDays(5).Seconds));

        var log = await LogHistory.ReadAsync(t.Store);
        log.Count.ShouldBe((int)t.Network.Head.Seq);
        log.Select(e => e.Context.Seq).ShouldBe(Enumerable.Range(1, log.Count).Select(i => (long)i));
        log[^2].Context.Author.ShouldBe(t.Who("g3"));

        var report = MetricsHistory.Build(log);
        report.Latest.Houses.Single(h => h.House == "community").Members.ShouldBe(5);
        var turnout = report.Proposals.Single().Houses.ToDictionary(h => h.House, h => h.Turnout);
        turnout["community"].ShouldBe(new Fraction(2, 5));
        turnout["grantees"].ShouldBe(new Fraction(1, 3)); // g2 is paid, so recused: g1, g3 and g4 remain
    }
}
