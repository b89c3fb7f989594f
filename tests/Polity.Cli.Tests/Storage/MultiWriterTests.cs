using Polity.Engine.Tests.Storage;

namespace Polity.Cli.Tests.Storage;

/// <summary>
/// Several real OS processes writing one log ("Verifiable log at scale"): no gaps, no forks, nothing
/// acknowledged lost, whether they finish or are killed mid-append. Each case runs on SQLite and PostgreSQL.
/// </summary>
public class MultiWriterTests
{
    private const int PerWriter = 150;

    private static async Task<WriterLog> LogAsync(string database, string test) => await WriterLog.CreateAsync(
        database == "postgres" ? await PostgresCluster.FreshLogAsync($"t_{test}_{Environment.ProcessId}_{Random.Shared.Next(1_000_000)}") : null);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Two_writer_processes_appending_at_once_leave_one_gapless_verifiable_log(string database)
    {
        await using var log = await LogAsync(database, "two_writers");
        using var w1 = log.Start("w1", PerWriter);
        using var w2 = log.Start("w2", PerWriter);
        await w1.FinishAsync(TimeSpan.FromMinutes(3));
        await w2.FinishAsync(TimeSpan.FromMinutes(3));
        w1.Acknowledged.Count.ShouldBe(PerWriter, await w1.ErrorsAsync());
        w2.Acknowledged.Count.ShouldBe(PerWriter, await w2.ErrorsAsync());
        var total = await log.CheckAsync(w1.Acknowledged.Concat(w2.Acknowledged));
        total.ShouldBe(log.Setup + 2 * PerWriter);
        w1.Acknowledged.Select(a => a.Seq).Intersect(w2.Acknowledged.Select(a => a.Seq)).ShouldBeEmpty("two writers were told they hold the same seq");
    }

    [Theory]
    [InlineData("sqlite", 10)]
    [InlineData("postgres", 6)]
    public async Task A_writer_killed_mid_append_leaves_a_verifiable_log_holding_every_acknowledged_entry(string database, int rounds)
    {
        await using var log = await LogAsync(database, "crash");
        var acknowledged = new List<(long, string)>();
        for (var round = 0; round < rounds; round++)
        {
            using var writer = log.Start(round % 2 == 0 ? "w1" : "w2", 1_000_000);
            var first = writer.FirstCommit;
            if (await Task.WhenAny(first, Task.Delay(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken)) != first)
            {
                throw new TimeoutException($"round {round}: no commit within 60 s: {await writer.ErrorsAsync()}");
            }
            if (!first.IsCompletedSuccessfully)
            {
                throw new InvalidOperationException($"round {round}: the writer ended before its first commit: {await writer.ErrorsAsync()}");
            }
            await Task.Delay(Random.Shared.Next(5, 250), TestContext.Current.CancellationToken);
            await writer.KillAsync();
            writer.Acknowledged.Count.ShouldBeGreaterThan(0);
            acknowledged.AddRange(writer.Acknowledged);
            var total = await log.CheckAsync(acknowledged);
            total.ShouldBeGreaterThanOrEqualTo(log.Setup + acknowledged.Count);
        }
    }
}
