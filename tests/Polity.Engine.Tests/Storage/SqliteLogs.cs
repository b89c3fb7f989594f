namespace Polity.Engine.Tests.Storage;

/// <summary>SQLite: a temp folder per class, a new file per test.</summary>
public sealed class SqliteLogs : ILogLocation
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("polity-store-");
    private int _count;

    public Task<string> EmptyLogAsync() => Task.FromResult(Path.Combine(_dir.FullName, $"log-{Interlocked.Increment(ref _count)}.db"));

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
