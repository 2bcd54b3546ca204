using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Focus.Quality.Shared.Persistence;

/// <summary>
/// Lets SQLite itself wait for the one writer a database file allows. Without a busy timeout SQLite answers "busy" at
/// once and Microsoft.Data.Sqlite retries only every 150 ms, so under concurrent intake writers spent most of their time
/// asleep (p50 60 ms, p99 near a second); SQLite's own handler retries within milliseconds.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }
}
