namespace Polity.Chain.Tests;

/// <summary>PolityAnchor: append-only signed heads joined by consistency proofs.</summary>
public sealed class AnchorTests(AnvilFixture anvil) : IClassFixture<AnvilFixture>
{
    [Fact]
    public async Task Anchors_the_operators_head_then_a_larger_one_with_its_consistency_proof()
    {
        var d = await Deployed.StartAsync(anvil);
        d.Log.Fill(5);
        await d.Client.AnchorAsync(d.Anchor, d.Log.Head(5), null);
        d.Log.Fill(6);
        await d.Client.AnchorAsync(d.Anchor, d.Log.Head(11), d.Log.Consistency(5, 11));

        (await d.Client.LatestAnchoredSizeAsync(d.Anchor)).ShouldBe(11);
        (await d.Client.AnchoredRootAsync(d.Anchor, 5)).ShouldBe(d.Log.Head(5).Head.Root);
        (await d.Client.AnchoredRootAsync(d.Anchor, 11)).ShouldBe(d.Log.Head(11).Head.Root);
        (await d.Client.AnchoredRootAsync(d.Anchor, 8)).ShouldBeNull();
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(4, 9)]
    [InlineData(7, 8)]
    [InlineData(3, 16)]
    public async Task Accepts_the_logs_consistency_proofs_between_any_two_sizes(int from, int to)
    {
        var d = await Deployed.StartAsync(anvil);
        d.Log.Fill(to);
        await d.Client.AnchorAsync(d.Anchor, d.Log.Head(from), null);

        await d.Client.AnchorAsync(d.Anchor, d.Log.Head(to), d.Log.Consistency(from, to));

        (await d.Client.LatestAnchoredSizeAsync(d.Anchor)).ShouldBe(to);
    }

    [Fact]
    public async Task Refuses_a_head_not_signed_by_the_operator()
    {
        var d = await Deployed.StartAsync(anvil);
        d.Log.Fill(3);
        var stranger = Convert.FromHexString(AnvilFixture.SecondKey[2..]);

        await ChainAssert.RevertsWith("BadSignature", () => d.Client.AnchorAsync(d.Anchor, d.Log.Head(3, stranger), null));
        var tampered = d.Log.Head(3) with { Head = d.Log.Head(3).Head with { Time = 1 } };
        await ChainAssert.RevertsWith("BadSignature", () => d.Client.AnchorAsync(d.Anchor, tampered, null));
    }

    [Fact]
    public async Task Refuses_a_head_that_rewrites_history()
    {
        var d = await Deployed.StartAsync(anvil);
        d.Log.Fill(4);
        await d.Client.AnchorAsync(d.Anchor, d.Log.Head(4), null);
        // A fork: the operator signs a log whose entry 2 differs, and proves it consistent with its own past.
        var fork = new TestLog();
        fork.Fill(1);
        fork.Append("v1.comment-posted", "{\"proposal\":1,\"text\":\"rewritten\"}");
        fork.Fill(6);

        await ChainAssert.RevertsWith("Inconsistent", () => d.Client.AnchorAsync(d.Anchor, fork.Head(8), fork.Consistency(4, 8)));
        await ChainAssert.RevertsWith("NotNewer", () => d.Client.AnchorAsync(d.Anchor, fork.Head(4), null));
        await ChainAssert.RevertsWith("NotNewer", () => d.Client.AnchorAsync(d.Anchor, d.Log.Head(4), null));
        (await d.Client.AnchoredRootAsync(d.Anchor, 4)).ShouldBe(d.Log.Head(4).Head.Root);
    }

    [Fact]
    public async Task Refuses_a_larger_head_without_a_consistency_proof()
    {
        var d = await Deployed.StartAsync(anvil);
        d.Log.Fill(6);
        await d.Client.AnchorAsync(d.Anchor, d.Log.Head(3), null);

        await ChainAssert.RevertsWith("Inconsistent", () => d.Client.AnchorAsync(d.Anchor, d.Log.Head(6), null));
    }
}
