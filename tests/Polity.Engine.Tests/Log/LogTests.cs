using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Polity.Core.Events;
using Polity.Engine.Serialization;
using Polity.Engine.Storage;
using Polity.Ledger;

namespace Polity.Engine.Tests.Log;

public class LogTests
{
    [Fact]
    public async Task Every_append_is_signed_chained_and_verifies()
    {
        await using var t = await TestNetwork.FoundAsync();
        var report = await LogVerifier.VerifyAsync(t.Store);
        report.Ok.ShouldBeTrue(report.Failure?.ToString());
        report.Verified.ShouldBe(t.Network.Head.Seq);
        var first = await t.Store.ReadAsync(1).FirstAsync();
        EventEnvelope.Parse(first.Body).Prev.ShouldBe(EventEnvelope.GenesisPrev);
    }

    [Fact]
    public async Task A_row_changed_in_the_database_fails_verify_at_that_seq()
    {
        await using var t = await TestNetwork.FoundAsync();
        var id = await t.GrantInVotingAsync();
        var seq = await t.OkAsync("c1", new BallotCast(id, ["for"]));
        await t.OkAsync("c2", new BallotCast(id, ["for"]));
        await using (var db = new SqliteConnection($"Data Source={t.DbPath}"))
        {
            await db.OpenAsync();
            await using var update = db.CreateCommand();
            update.CommandText = "UPDATE events SET body = replace(body, '[\"for\"]', '[\"against\"]') WHERE seq = $seq";
            update.Parameters.AddWithValue("$seq", seq);
            (await update.ExecuteNonQueryAsync()).ShouldBe(1);
        }
        var report = await LogVerifier.VerifyAsync(t.Store);
        report.Failure.ShouldNotBeNull();
        report.Failure.Seq.ShouldBe(seq);
        report.Failure.Kind.ShouldBe("signature");
    }

    [Fact]
    public async Task A_deleted_row_fails_verify_at_the_next_seq()
    {
        await using var t = await TestNetwork.FoundAsync();
        await using (var db = new SqliteConnection($"Data Source={t.DbPath}"))
        {
            await db.OpenAsync();
            await using var delete = db.CreateCommand();
            delete.CommandText = "DELETE FROM events WHERE seq = 5";
            await delete.ExecuteNonQueryAsync();
        }
        var report = await LogVerifier.VerifyAsync(t.Store);
        report.Failure!.Seq.ShouldBe(5);
    }

    [Fact]
    public async Task A_forged_signature_is_refused_and_writes_nothing()
    {
        await using var t = await TestNetwork.FoundAsync();
        var id = await t.GrantInVotingAsync();
        var (type, payload) = EventCodec.Encode(new BallotCast(id, ["for"]));
        var time = t.Network.NextTime();
        var forged = TestNetwork.KeyOf("mallory").Sign("commons-fund", time, type, payload);
        var head = t.Network.Head;
        var outcome = await t.Network.SubmitSignedAsync(type, payload, t.Who("c1"), time, forged);
        outcome.ShouldBeOfType<AppendOutcome.Refused>().Reason.Code.ShouldBe("bad-signature");
        (await t.Store.HeadAsync()).ShouldBe(head);
    }

    [Fact]
    public async Task A_wallet_signed_event_is_accepted_like_any_other()
    {
        await using var t = await TestNetwork.FoundAsync();
        var id = await t.GrantInVotingAsync();
        var (type, payload) = EventCodec.Encode(new BallotCast(id, ["for"]));
        var time = t.Network.NextTime();
        var signature = t.Keys["c1"].Sign("commons-fund", time, type, payload);
        var outcome = await t.Network.SubmitSignedAsync(type, payload, t.Who("c1"), time, signature);
        outcome.ShouldBeOfType<AppendOutcome.Appended>();
        t.Network.State.Proposals[id].Ballots.ShouldContainKey(t.Who("c1"));
    }

    [Fact]
    public async Task Refused_events_write_nothing()
    {
        await using var t = await TestNetwork.FoundAsync();
        var id = await t.GrantInVotingAsync();
        await t.OkAsync("c1", new BallotCast(id, ["for"]));
        (await t.RefusedAsync("c1", new BallotCast(id, ["for"]))).ShouldBe("already-voted");
        (await t.RefusedAsync("f1", new BallotCast(id, ["for"]))).ShouldBe("not-in-electorate");
        (await t.RefusedAsync("g2", new BallotCast(id, ["for"]))).ShouldBe("recused");
        (await t.RefusedAsync("c2", new BallotCast(99, ["for"]))).ShouldBe("unknown-proposal");
        (await t.RefusedAsync("g1", new Core.Events.MemberAdmitted("community", Core.Primitives.Address.Zero, 0))).ShouldBe("unknown-stakeholder");
    }

    [Fact]
    public async Task A_second_writer_on_the_same_file_catches_up_instead_of_forking()
    {
        await using var t = await TestNetwork.FoundAsync();
        await using var otherStore = await SqliteEventStore.OpenAsync(t.DbPath);
        using var other = await PolityNetwork.OpenAsync(otherStore, TimeProvider.System);
        await t.OkAsync("f2", new FundsDeposited("EUR", 1, "first writer"));
        var outcome = await other.SubmitAsync(new FundsDeposited("EUR", 2, "second writer"), t.Keys["f3"]);
        outcome.ShouldBeOfType<AppendOutcome.Appended>().Seq.ShouldBe(t.Network.Head.Seq + 1);
        (await LogVerifier.VerifyAsync(t.Store)).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task Reopening_the_store_folds_to_the_same_state()
    {
        await using var t = await TestNetwork.FoundAsync();
        var id = await t.GrantInVotingAsync();
        await t.OkAsync("c1", new BallotCast(id, ["for"]));
        using var reopened = await PolityNetwork.OpenAsync(t.Store, TimeProvider.System);
        StateDigest.Of(reopened.State).ShouldBe(StateDigest.Of(t.Network.State));
        reopened.Head.ShouldBe(t.Network.Head);
    }

    [Fact]
    public void The_codec_refuses_unknown_and_missing_keys()
    {
        Should.Throw<EventFormatException>(() => EventCodec.Decode("v1.ballot-cast", JsonNode.Parse("""{"proposal":1,"choices":["for"],"extra":1}""")!.AsObject()));
        Should.Throw<EventFormatException>(() => EventCodec.Decode("v1.ballot-cast", JsonNode.Parse("""{"choices":["for"]}""")!.AsObject()));
        Should.Throw<EventFormatException>(() => EventCodec.Decode("v1.no-such-event", new JsonObject()));
        Should.Throw<EventFormatException>(() => EventCodec.Encode(new FundsDeposited("EUR", long.MaxValue, "")));
    }

    [Fact]
    public void Every_event_type_round_trips_through_its_canonical_payload()
    {
        var charter = Proposals.ProposalFile.LoadCharter(Path.Combine(Charters.CharterFiles.RepositoryRoot, "examples/charters/commons-fund.yaml"));
        var a = TestNetwork.KeyOf("x").Address;
        PolityEvent[] samples =
        [
            new NetworkCreated("commons-fund", ClockMode.System, charter), new ClockAdvanced(60), new NetworkLaunched(),
            new StakeholderRegistered(a, "X", "person", ["stewards"]), new MemberAdmitted("funders", a, 5), new MemberLeft("funders"),
            new FundsDeposited("EUR", 100, "m"), new AllowanceSpent("EUR", 5, a, "m"),
            new ProposalCreated("grant", "T", "B", [new ProposalOption("x", [new ProposalAction.Transfer("EUR", 1, a, ""), new ProposalAction.AddMember("funders", a, 3), new ProposalAction.RemoveMember("funders", a), new ProposalAction.AmendCharter(charter), new ProposalAction.Signal(),
                new ProposalAction.Transfer("EUR", 1, a, "") { From = "small-grants" }, new ProposalAction.AllocateBudget("small-grants", "EUR", 5),
                new ProposalAction.AwardGrant(1, a, "EUR", 3, [new MilestonePlan("m", 3)], "small-grants")])], [a]),
            new ProposalAmended(1, "T", "B", ProposalOption.YesNo([]), [], "why"), new ProposalSubmitted(1), new CommentPosted(1, "comment", "t", 0), new ObjectionWithdrawn(1, 1),
            new BallotCast(1, ["a", "b"]), new ProposalCancelled(1, "r"), new ProposalQueued(1, ["for"], 9), new VetoCast(1, "r"), new ProposalExecuted(1),
            new DelegationSet("funders", [new DelegateShare(a, 1, 2)]), new DelegationSet("funders", [new DelegateShare(a, 1, 1)], "grant"),
            new DelegationRevoked("funders"), new DelegationRevoked("funders", "grant"),
            new GrantApplied("small-grants", "T", "EUR", 3, a, [new MilestonePlan("m", 3)], ["o"], [a]), new GrantReviewed(1, true, "n"),
            new MilestoneReported(1, 1, "r"), new MilestoneAttested(1, 1, false, "n"), new GrantDisbursed(1, 1, 3, "m"), new GrantClosed(1, "r"),
            new GrantApplied("", "T", "EUR", 3, a, [new MilestonePlan("m", 3)], [], [], "spring"),
            new ProposalCreated("grant", "R", "", [new ProposalOption("x", [
                new ProposalAction.OpenRound(new RoundPlan("spring", "S", "pb", "mes", "EUR", 9, "", 1, 1, 1, ["community"], "approval", "add1", Objectives: ["o"])),
                new ProposalAction.OpenRound(new RoundPlan("match", "M", "qf", "cocm", "EUR", 9, "small-grants", 1, 1, 1, [], Cap: 5, Minimum: 1)),
                new ProposalAction.AwardGrant(1, a, "EUR", 3, [new MilestonePlan("m", 3)], "", "spring")])], []),
            new RoundBallotCast("spring", [1, 2]), new RoundBallotCast("spring", [1, 2], [3, 4]), new RoundContributed("match", 1, 100),
            new RelationshipDeclared("employs", a.Value, "funders", 1_700_000_000, "https://example.org"), new RelationshipEnded(1, "r"),
            new StakeholderProfileUpdated(["n"], ["c"], ["o"]), new StakeholderProfileUpdated([], [], [], a),
            new ObjectiveSet("o", "T", "m", "u", 0, 10, 1_900_000_000, "d"), new ObjectiveProgressReported("o", 5, "e"),
            new ProposalCreated("grant", "T", "B", ProposalOption.YesNo([]), [], Objectives: ["o"]),
            new ChainBatchApproved("0x" + new string('a', 64), "yes", 1), new ChainReceipt("0x" + new string('a', 64), "executed", 31337, "0x" + new string('b', 64), 9, true),
            new ProposalCreated("chain", "T", "B", [new ProposalOption("yes", [new ProposalAction.ChainBatch("0x" + new string('a', 64), [new BatchCall("0x" + new string('c', 40), "5", "0x")], "m")])], []),
            new ProposalCreated("grant", "T", "B", [new ProposalOption("yes", [new ProposalAction.ReturnFunds("round:spring", "budget:small-grants", "EUR", 5, "m"), new ProposalAction.CancelGrant(1, "r")])], []),
        ];
        samples.Select(s => s.GetType()).Distinct().Count().ShouldBe(EventNames.All.Count, "every event type needs a sample here");
        foreach (var e in samples)
        {
            var (type, payload) = EventCodec.Encode(e);
            var bytes = CanonicalJson.Serialize(payload);
            var decoded = EventCodec.Decode(type, JsonNode.Parse(bytes)!.AsObject());
            CanonicalJson.Serialize(EventCodec.Encode(decoded).Payload).ShouldBe(bytes, type);
        }
    }

    [Fact]
    public void An_application_outside_any_round_keeps_the_bytes_it_had_before_rounds()
    {
        var a = TestNetwork.KeyOf("x").Address;
        EventCodec.Encode(new GrantApplied("", "T", "EUR", 3, a, [new MilestonePlan("m", 3)], [], [])).Payload.ToJsonString()
            .ShouldBe($$$"""{"program":"","title":"T","asset":"EUR","amount":3,"recipient":"{{{a}}}","milestones":[{"title":"m","amount":3}],"objectives":[],"beneficiaries":[]}""");
        EventCodec.Encode(new RoundBallotCast("spring", [1])).Payload.ToJsonString().ShouldBe("""{"round":"spring","grants":[1]}""");
    }

    [Fact]
    public void A_house_wide_delegation_leaves_the_decision_type_out_of_its_payload()
    {
        var a = TestNetwork.KeyOf("x").Address;
        EventCodec.Encode(new DelegationSet("funders", [new DelegateShare(a, 1, 2)])).Payload.ToJsonString()
            .ShouldBe($$$"""{"house":"funders","to":[{"delegate":"{{{a}}}","numerator":1,"denominator":2}]}""");
        EventCodec.Encode(new DelegationRevoked("funders", "grant")).Payload.ToJsonString().ShouldBe("""{"house":"funders","decisionType":"grant"}""");
    }

    [Fact]
    public void Payloads_carry_only_what_the_author_stated()
    {
        var (_, payload) = EventCodec.Encode(new ProposalCreated("grant", "T", "", [new ProposalOption("x", [new ProposalAction.Transfer("EUR", 1, TestNetwork.KeyOf("x").Address, "")])], []));
        payload.ToJsonString().ShouldBe(
            $$$"""{"decisionType":"grant","title":"T","body":"","options":[{"name":"x","actions":[{"kind":"transfer","asset":"EUR","amount":1,"to":"{{{TestNetwork.KeyOf("x").Address}}}","memo":""}]}],"beneficiaries":[]}""");
    }

    [Fact]
    public void A_transfer_names_its_budget_only_when_it_draws_on_one()
    {
        var to = TestNetwork.KeyOf("x").Address;
        var (_, payload) = EventCodec.Encode(new ProposalCreated("grant", "T", "", [new ProposalOption("x", [new ProposalAction.Transfer("EUR", 1, to, "") { From = "small-grants" }])], []));
        payload.ToJsonString().ShouldContain($$$"""{"kind":"transfer","asset":"EUR","amount":1,"to":"{{{to}}}","memo":"","from":"small-grants"}""");
        var decoded = (ProposalCreated)EventCodec.Decode("v1.proposal-created", payload);
        ((ProposalAction.Transfer)decoded.Options[0].Actions[0]).From.ShouldBe("small-grants");
    }

    [Fact]
    public async Task A_replayed_signature_is_refused_and_a_replay_in_the_database_fails_verify()
    {
        await using var t = await TestNetwork.FoundAsync();
        var (type, payload) = EventCodec.Encode(new FundsDeposited("EUR", 500, "gift"));
        var time = t.Network.NextTime();
        var signature = t.Keys["f2"].Sign("commons-fund", time, type, payload);
        (await t.Network.SubmitSignedAsync(type, payload, t.Who("f2"), time, signature)).ShouldBeOfType<AppendOutcome.Appended>();
        var again = await t.Network.SubmitSignedAsync(type, payload, t.Who("f2"), time, signature);
        again.ShouldBeOfType<AppendOutcome.Refused>().Reason.Code.ShouldBe("replayed");

        // Write the copy straight into the store, correctly chained: only the replay check catches it.
        var head = await t.Store.HeadAsync();
        var copy = new EventEnvelope(head.Seq + 1, head.Hash, time, type, t.Who("f2").Value, payload, signature).ToCanonicalBytes();
        await t.Store.AppendAsync([new StoredEvent(head.Seq + 1, type, Hashing.ToHex(Hashing.Sha256(copy)), copy)], head.Seq);
        var report = await LogVerifier.VerifyAsync(t.Store);
        report.Failure!.Seq.ShouldBe(head.Seq + 1);
        report.Failure.Kind.ShouldBe("replay");
    }

    [Fact]
    public async Task A_payload_the_fold_cannot_apply_is_reported_with_its_seq_not_thrown()
    {
        await using var t = await TestNetwork.FoundAsync();
        var id = await t.GrantInVotingAsync();
        var seq = await t.OkAsync("c1", new BallotCast(id, ["for"]));
        await using (var db = new SqliteConnection($"Data Source={t.DbPath}"))
        {
            await db.OpenAsync();
            await using var update = db.CreateCommand();
            update.CommandText = $"UPDATE events SET body = replace(body, '\"proposal\":{id}', '\"proposal\":99') WHERE seq = {seq}";
            (await update.ExecuteNonQueryAsync()).ShouldBe(1);
        }
        var report = await LogVerifier.VerifyAsync(t.Store);
        report.Failure!.Seq.ShouldBe(seq);
        await using var store = await SqliteEventStore.OpenAsync(t.DbPath);
        (await Should.ThrowAsync<LogDamagedException>(() => PolityNetwork.OpenAsync(store, TimeProvider.System))).Seq.ShouldBe(seq);
    }
}
