using Polity.Core.Events;
using Polity.Ledger;
using Polity.Ledger.Merkle;

namespace Polity.Engine.Tests.Log;

public class MerkleTests
{
    [Fact]
    public async Task Every_entry_proves_inclusion_against_the_head_and_every_earlier_head_is_consistent_with_it()
    {
        await using var t = await TestNetwork.FoundAsync();
        var bodies = new List<byte[]>();
        await foreach (var stored in t.Store.ReadAsync(1))
        {
            bodies.Add(stored.Body);
        }

        var head = await t.Network.TreeHeadAsync();
        head.Size.ShouldBe(t.Network.Head.Seq);
        var independent = new MerkleTree();
        bodies.ForEach(b => independent.Append(b));
        head.Root.ShouldBe(Hashing.ToHex(independent.Root));

        for (var seq = 1; seq <= head.Size; seq++)
        {
            var proof = await t.Network.ProveInclusionAsync(seq);
            proof.Root.ShouldBe(head.Root);
            proof.VerifyEntry(bodies[seq - 1]).ShouldBeTrue($"seq {seq}");
            proof.VerifyEntry(bodies[seq % bodies.Count]).ShouldBeFalse();
            var earlier = await t.Network.ProveInclusionAsync(seq, seq);
            earlier.Root.ShouldBe(Hashing.ToHex(independent.RootAt(seq)));
            earlier.VerifyEntry(bodies[seq - 1]).ShouldBeTrue();

            var consistency = await t.Network.ProveConsistencyAsync(seq, head.Size);
            consistency.NewRoot.ShouldBe(head.Root);
            consistency.Verify().ShouldBeTrue($"{seq} -> {head.Size}");
        }
    }

    [Fact]
    public async Task The_tree_follows_appends_and_the_old_head_stays_provably_a_prefix()
    {
        await using var t = await TestNetwork.FoundAsync();
        var before = await t.Network.TreeHeadAsync();
        var id = await t.GrantInVotingAsync();
        await t.OkAsync("c1", new BallotCast(id, ["for"]));
        var after = await t.Network.TreeHeadAsync();

        after.Size.ShouldBe(before.Size + 4);
        var proof = await t.Network.ProveConsistencyAsync(before.Size, after.Size);
        proof.OldRoot.ShouldBe(before.Root);
        proof.NewRoot.ShouldBe(after.Root);
        proof.Verify().ShouldBeTrue();
        (proof with { OldRoot = after.Root }).Verify().ShouldBeFalse();

        // A fresh instance over the same store rebuilds the same tree.
        using var reopened = await PolityNetwork.OpenAsync(t.Store, TimeProvider.System);
        (await reopened.TreeHeadAsync()).Root.ShouldBe(after.Root);
    }

    [Fact]
    public async Task Only_the_operator_signs_tree_heads_and_the_signature_verifies_against_the_operator()
    {
        await using var t = await TestNetwork.FoundAsync();
        var signed = await t.Network.SignTreeHeadAsync(t.Keys["operator"]);
        signed.Head.Size.ShouldBe(t.Network.Head.Seq);
        TreeHeadSigning.Verify("commons-fund", signed, t.Who("operator").Value).ShouldBeTrue();
        TreeHeadSigning.Verify("commons-fund", signed, t.Who("f1").Value).ShouldBeFalse();
        await Should.ThrowAsync<UnauthorizedAccessException>(() => t.Network.SignTreeHeadAsync(t.Keys["f1"]));
    }

    [Fact]
    public async Task Refuses_proofs_outside_the_log()
    {
        await using var t = await TestNetwork.FoundAsync();
        var size = t.Network.Head.Seq;
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => t.Network.ProveInclusionAsync(0));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => t.Network.ProveInclusionAsync(size + 1));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => t.Network.ProveInclusionAsync(5, 4));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => t.Network.ProveConsistencyAsync(0, size));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => t.Network.ProveConsistencyAsync(3, size + 1));
    }
}
