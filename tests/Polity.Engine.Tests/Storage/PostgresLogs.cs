namespace Polity.Engine.Tests.Storage;

/// <summary>PostgreSQL: a schema per class on the test cluster, emptied (dropped) before each test.</summary>
public sealed class PostgresLogs : ILogLocation
{
    private readonly string _schema = PostgresCluster.SchemaFor(typeof(PostgresStoreTests));

    public Task<string> EmptyLogAsync() => PostgresCluster.FreshLogAsync(_schema);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await PostgresCluster.DropSchemaAsync(_schema);
        }
        catch (InvalidOperationException)
        {
            // No cluster: every test of the class has already failed saying so.
        }
    }
}
