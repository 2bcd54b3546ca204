using Focus.Quality.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Objections.Persistence;

/// <summary>The objections schema; today it holds the module's outbox and inbox, the objection tables follow.</summary>
internal abstract class ObjectionsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "objections";

    protected override string Schema => SchemaName;
}

internal sealed class ObjectionsSqliteDbContext(DbContextOptions<ObjectionsSqliteDbContext> options) : ObjectionsDbContext(options);

internal sealed class ObjectionsSqlServerDbContext(DbContextOptions<ObjectionsSqlServerDbContext> options) : ObjectionsDbContext(options);
