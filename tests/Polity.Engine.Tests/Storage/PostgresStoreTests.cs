namespace Polity.Engine.Tests.Storage;

/// <summary>The store contract on PostgreSQL, in a schema of its own.</summary>
public sealed class PostgresStoreTests(PostgresLogs logs) : EventStoreContract(logs), IClassFixture<PostgresLogs>;
