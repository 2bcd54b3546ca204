using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Focus.Quality.Shared.Outbox;

/// <summary>
/// Writes the inbox rows of a delivered batch with one INSERT of many rows, where SaveChanges would prepare and run one
/// statement per row: the inbox is about a third of the rows a delivery writes. The values are EF's raw-SQL parameters,
/// which bind them with the model's type mappings, so an event id is stored exactly as the inbox queries compare it (on
/// SQLite a Guid is upper-case text; a plain ADO.NET parameter would bind a blob that no query matches).
/// </summary>
internal static class InboxRows
{
    // SQL Server takes at most 2,100 parameters and 1,000 rows in one VALUES list.
    private const int RowsPerStatement = 500;

    public static async Task InsertAsync(ModuleDbContext db, IReadOnlyList<Delivery> deliveries, DateTime handledAtUtc, CancellationToken cancellationToken)
    {
        var insert = InsertInto(db);
        foreach (var chunk in deliveries.Chunk(RowsPerStatement))
        {
            // Parameter 0 is the time every row shares; each handler's name is bound once, then each event id.
            var values = new List<object> { handledAtUtc };
            var handlerParameters = new Dictionary<string, int>();
            var sql = new StringBuilder(insert);
            var separator = string.Empty;
            foreach (var delivery in chunk)
            {
                if (!handlerParameters.TryGetValue(delivery.Invoker.HandlerName, out var handler))
                {
                    handler = values.Count;
                    handlerParameters.Add(delivery.Invoker.HandlerName, handler);
                    values.Add(delivery.Invoker.HandlerName);
                }

                sql.Append(CultureInfo.InvariantCulture, $"{separator}({{{values.Count}}}, {{{handler}}}, {{0}})");
                values.Add(delivery.Event.EventId);
                separator = ", ";
            }

            await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, cancellationToken);
        }
    }

    private static string InsertInto(ModuleDbContext db)
    {
        var inbox = db.Model.FindEntityType(typeof(InboxMessage))!;
        var table = StoreObjectIdentifier.Table(inbox.GetTableName()!, inbox.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(inbox.FindProperty(property)!.GetColumnName(table)!);
        return $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({Column(nameof(InboxMessage.EventId))}, {Column(nameof(InboxMessage.Handler))}, {Column(nameof(InboxMessage.HandledAtUtc))}) VALUES ";
    }
}
