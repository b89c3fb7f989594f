using Polity.Cli.Demo;
using Polity.Core.Grants;
using Polity.Engine;
using Polity.Engine.Keys;
using Polity.Engine.Storage;

namespace Polity.Cli.Tests;

public sealed class GrantDemoTests
{
    [Fact]
    public async Task The_demos_grant_step_runs_after_the_worked_example_and_the_log_still_verifies()
    {
        var dir = Directory.CreateTempSubdirectory("polity-grant-demo-").FullName;
        try
        {
            var output = new StringWriter();
            long grant;
            await using (var store = await SqliteEventStore.OpenAsync(Path.Combine(dir, "polity.db")))
            {
                var demo = new CommonsFundDemo(output, Path.Combine(AppContext.BaseDirectory, "examples", "charters"));
                await demo.RunAsync(store, new KeyRing(Path.Combine(dir, "keys")), TimeProvider.System);
                grant = await demo.GrantWithMilestonesAsync();
                (await LogVerifier.VerifyAsync(store)).Ok.ShouldBeTrue();
                using var network = await PolityNetwork.OpenAsync(store, TimeProvider.System);
                var g = network.State.Grants[grant];
                (g.Status, g.Disbursed, g.Outstanding).ShouldBe((GrantStatus.Awarded, 150_000L, 250_000L));
            }
            var text = output.ToString();
            text.ShouldContain("refused Green Roofs reviewing its own application");
            text.ShouldContain("refused Lena's ballot (a declared beneficiary, recused)");
            text.ShouldContain("refused paying 2,000 EUR for a 1,500 EUR milestone");
            text.ShouldContain($"grant {grant} is Awarded: 1/2 milestones attested, 1500.00 EUR of 4000.00 EUR paid out, 2500.00 EUR still committed");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
