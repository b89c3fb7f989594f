namespace Polity.Chain.Tests;

internal static class ChainAssert
{
    /// <summary>Runs a transaction that must revert with the named custom error.</summary>
    public static async Task RevertsWith(string error, Func<Task> action)
    {
        var e = await Should.ThrowAsync<ChainRevertedException>(action);
        e.Error.ShouldBe(error, $"revert data {e.Data0x}");
    }
}
