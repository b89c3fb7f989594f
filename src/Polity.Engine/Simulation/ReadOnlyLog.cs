using Polity.Core.Events;
using Polity.Core.Rules;
using Polity.Engine.Reports;
using Polity.Engine.Storage;

namespace Polity.Engine.Simulation;

/// <summary>Reads a log for replay without any way to write to it.</summary>
public static class ReadOnlyLog
{
    /// <summary>
    /// Every event at <paramref name="db"/>, in log order: a SQLite file opened read-only (its bytes stay as
    /// they were), or a PostgreSQL log, only read from. A missing SQLite file is not created.
    /// </summary>
    /// <exception cref="FileNotFoundException">No SQLite file at <paramref name="db"/>.</exception>
    /// <exception cref="LogDamagedException">An entry cannot be parsed.</exception>
    public static async Task<List<(PolityEvent Event, EventContext Context)>> ReadAsync(string db, CancellationToken ct = default)
    {
        if (!EventStores.IsPostgres(db) && !File.Exists(db))
        {
            throw new FileNotFoundException($"no network at {db}", db);
        }
        await using IEventStore store = EventStores.IsPostgres(db)
            ? await EventStores.OpenAsync(db, ct)
            : await SqliteEventStore.OpenReadOnlyAsync(db, ct);
        return await LogHistory.ReadAsync(store, ct);
    }
}
