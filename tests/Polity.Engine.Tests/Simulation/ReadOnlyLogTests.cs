using System.Security.Cryptography;
using Polity.Core.Events;
using Polity.Engine.Serialization;
using Polity.Engine.Simulation;
using Polity.Engine.Storage;
using Polity.Engine.Tests.Log;
using Polity.Ledger;

namespace Polity.Engine.Tests.Simulation;

public class ReadOnlyLogTests
{
    [Fact]
    public async Task Reading_a_log_for_simulation_leaves_the_database_file_byte_for_byte_unchanged_and_refuses_writes()
    {
        string path;
        long events;
        await using (var t = await TestNetwork.FoundAsync())
        {
            path = t.DbPath;
            events = t.Network.Head.Seq;
            var copy = Path.Combine(Path.GetDirectoryName(path)!, "copy.db");
            await using (var source = await SqliteEventStore.OpenAsync(copy))
            {
                await foreach (var e in t.Store.ReadAsync())
                {
                    await source.AppendAsync([e], e.Seq - 1);
                }
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var before = SHA256.HashData(await File.ReadAllBytesAsync(copy));

            var history = await ReadOnlyLog.ReadAsync(copy);

            history.Count.ShouldBe((int)events);
            history[0].Event.ShouldBeOfType<NetworkCreated>();
            SHA256.HashData(await File.ReadAllBytesAsync(copy)).ShouldBe(before);
            await using var readOnly = await SqliteEventStore.OpenReadOnlyAsync(copy);
            var head = await readOnly.HeadAsync();
            var (type, payload) = EventCodec.Encode(new ClockAdvanced(1));
            var entry = StoredEvent.Seal(new EventEnvelope(head.Seq + 1, head.Hash, 1, type, t.Who("operator").Value, payload, "0x" + new string('1', 130)));
            await Should.ThrowAsync<Exception>(() => readOnly.AppendAsync([entry], head.Seq));
            SHA256.HashData(await File.ReadAllBytesAsync(copy)).ShouldBe(before);
        }
    }

    [Fact]
    public async Task A_missing_log_is_reported_not_created()
    {
        var path = Path.Combine(Path.GetTempPath(), $"polity-missing-{Guid.NewGuid():N}.db");

        await Should.ThrowAsync<FileNotFoundException>(() => ReadOnlyLog.ReadAsync(path));
        File.Exists(path).ShouldBeFalse();
    }

    [Fact]
    public void An_attached_simulation_travels_in_the_proposal_payload_and_back()
    {
        var charter = Proposals.ProposalFile.LoadCharter(Path.Combine(Charters.CharterFiles.RepositoryRoot, "examples/charters/commons-fund-v2.yaml"));
        var sim = new SimulationAttachment(new string('a', 64), SimulationAttachment.HashOf(charter), "1 of 13 proposals would change");
        var created = new ProposalCreated("amend-charter", "T", "", ProposalOption.YesNo([new ProposalAction.AmendCharter(charter)]), [], sim);

        var (type, payload) = EventCodec.Encode(created);

        payload["simulation"]!.ToJsonString().ShouldBe($$"""{"reportSha256":"{{sim.ReportSha256}}","charterSha256":"{{sim.CharterSha256}}","summary":"1 of 13 proposals would change"}""");
        ((ProposalCreated)EventCodec.Decode(type, payload)).Simulation.ShouldBe(sim);
    }
}
