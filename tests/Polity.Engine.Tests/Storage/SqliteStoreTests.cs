namespace Polity.Engine.Tests.Storage;

/// <summary>The store contract on SQLite files.</summary>
public sealed class SqliteStoreTests(SqliteLogs logs) : EventStoreContract(logs), IClassFixture<SqliteLogs>;
