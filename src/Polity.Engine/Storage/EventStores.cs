using System.Data.Common;
using Npgsql;

namespace Polity.Engine.Storage;

/// <summary>
/// Opens a log from the one string a user gives (<c>--db</c>, <c>POLITY_DB</c>): a file path is SQLite; a
/// <c>postgres://</c> or <c>postgresql://</c> URL, or an Npgsql connection string (<c>Host=…;</c>), is PostgreSQL.
/// </summary>
public static class EventStores
{
    /// <summary>Opens (creating if needed) the log <paramref name="db"/> names.</summary>
    /// <param name="db">A SQLite path, a PostgreSQL URL (<c>postgres://user:password@host:port/dbname?schema=x</c>)
    /// or an Npgsql connection string, optionally with <c>Schema=x</c>.</param>
    /// <param name="ct">Cancels opening.</param>
    /// <exception cref="ArgumentException">A PostgreSQL location that cannot be read.</exception>
    public static async Task<IEventStore> OpenAsync(string db, CancellationToken ct = default)
    {
        if (TryParsePostgres(db, out var connectionString, out var schema))
        {
            return await PostgresEventStore.OpenAsync(connectionString, schema, ct);
        }
        return await SqliteEventStore.OpenAsync(db, ct);
    }

    /// <summary>True when <paramref name="db"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (db.Contains('=', StringComparison.Ordinal) && db.Contains(';', StringComparison.Ordinal)
            && (db.TrimStart().StartsWith("host=", StringComparison.OrdinalIgnoreCase) || db.Contains(";host=", StringComparison.OrdinalIgnoreCase)
                || db.TrimStart().StartsWith("server=", StringComparison.OrdinalIgnoreCase)));

    /// <summary><paramref name="db"/> fit to print: a PostgreSQL password is masked.</summary>
    public static string Describe(string db)
    {
        if (!TryParsePostgres(db, out var connectionString, out var schema))
        {
            return db;
        }
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database} (schema {schema})";
    }

    /// <summary>Splits a PostgreSQL location into an Npgsql connection string and the log's schema.</summary>
    /// <exception cref="ArgumentException">It looks like PostgreSQL but cannot be read.</exception>
    public static bool TryParsePostgres(string db, out string connectionString, out string schema)
    {
        ArgumentNullException.ThrowIfNull(db);
        connectionString = "";
        schema = PostgresEventStore.DefaultSchema;
        if (!IsPostgres(db))
        {
            return false;
        }
        NpgsqlConnectionStringBuilder builder;
        if (db.Contains("://", StringComparison.Ordinal))
        {
            (builder, schema) = FromUrl(db);
        }
        else
        {
            // Schema is ours, not Npgsql's: take it out before Npgsql reads the rest.
            var generic = new DbConnectionStringBuilder { ConnectionString = db };
            if (generic.TryGetValue("schema", out var named))
            {
                schema = Convert.ToString(named, System.Globalization.CultureInfo.InvariantCulture) ?? schema;
                generic.Remove("schema");
            }
            builder = new NpgsqlConnectionStringBuilder(generic.ConnectionString);
        }
        if (string.IsNullOrEmpty(schema))
        {
            throw new ArgumentException("the schema name is empty", nameof(db));
        }
        connectionString = builder.ConnectionString;
        return true;
    }

    private static (NpgsqlConnectionStringBuilder Builder, string Schema) FromUrl(string db)
    {
        if (!Uri.TryCreate(db, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"'{db}' is not a PostgreSQL URL: expected postgres://user@host:port/dbname?schema=x", nameof(db));
        }
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }
        var schema = PostgresEventStore.DefaultSchema;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            if (key.Equals("schema", StringComparison.OrdinalIgnoreCase))
            {
                schema = value;
            }
            else
            {
                // Any other query parameter is an Npgsql keyword (sslmode=require, timeout=5, …).
                builder[key] = value;
            }
        }
        return (builder, schema);
    }
}
