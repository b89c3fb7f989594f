namespace Polity.Engine.Tests.Storage;

/// <summary>Hands each contract test an empty log; one per test class.</summary>
public interface ILogLocation : IAsyncDisposable
{
    /// <summary>The --db string of a fresh, empty log.</summary>
    Task<string> EmptyLogAsync();
}
