using Focus.Quality.Shared.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Shared.Persistence;

public static class PersistenceRegistration
{
    private static readonly SqliteBusyTimeout BusyTimeout = new();

    /// <summary>
    /// Registers a module's context for both providers (each with its own migrations) and resolves
    /// <typeparamref name="TContext"/> to the one configured in <see cref="DatabaseOptions"/>.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TSqlServer>(this IServiceCollection services, string schema)
        where TContext : DbContext
        where TSqlite : TContext
        where TSqlServer : TContext
    {
        var historyTable = "__EFMigrationsHistory";
        // A case or an objection is read with its terms and timeline in one statement, so what a handler sees is one
        // snapshot; those collections stay small. Said explicitly, so EF Core does not warn at every start.
        const QuerySplittingBehavior oneStatement = QuerySplittingBehavior.SingleQuery;
        // Pooled: a registration at intake load spent a fifth of its CPU setting up a fresh context's internal services.
        services.AddDbContextPool<TSqlite>((sp, options) =>
        {
            options.UseSqlite(SqliteConnectionString(sp, schema), sqlite => sqlite.MigrationsHistoryTable(historyTable).UseQuerySplittingBehavior(oneStatement))
                .AddInterceptors(BusyTimeout)
                .ConfigureWarnings(SkipModelDiffAtStart);
            AddOutboxSignal(sp, options);
        });
        services.AddDbContextPool<TSqlServer>((sp, options) =>
        {
            var connectionString = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString
                ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is SqlServer.");
            options.UseSqlServer(connectionString, sql => sql.MigrationsHistoryTable(historyTable, schema).UseQuerySplittingBehavior(oneStatement))
                .ConfigureWarnings(SkipModelDiffAtStart);
            AddOutboxSignal(sp, options);
        });
        services.AddScoped<TContext>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.SqlServer
                ? sp.GetRequiredService<TSqlServer>()
                : sp.GetRequiredService<TSqlite>());
        services.TryAddSingleton<WriteTurns>();
        services.AddSingleton<IModuleDatabase>(sp => new ModuleDatabase<TContext>(sp.GetRequiredService<IServiceScopeFactory>(), schema));
        if (typeof(ModuleDbContext).IsAssignableFrom(typeof(TContext)))
        {
            var storeType = typeof(OutboxStore<>).MakeGenericType(typeof(TContext));
            services.AddSingleton(sp => (IOutboxStore)ActivatorUtilities.CreateInstance(sp, storeType, schema));
        }

        return services;
    }

    /// <summary>
    /// Migrating compares the whole model with the last migration's snapshot before it applies anything, unless this
    /// warning is ignored: 0.3 CPU-seconds of every start (profiled) spent on a question a test already answers
    /// (<c>ModelSnapshotTests</c> fails when a model change has no migration).
    /// </summary>
    private static void SkipModelDiffAtStart(WarningsConfigurationBuilder warnings) => warnings.Ignore(RelationalEventId.PendingModelChangesWarning);

    public static async Task MigrateModuleDatabasesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        foreach (var database in services.GetServices<IModuleDatabase>())
        {
            await database.MigrateAsync(cancellationToken);
        }
    }

    /// <summary>Writes one SQL script per module schema into <paramref name="directory"/>.</summary>
    public static async Task WriteMigrationScriptsAsync(this IServiceProvider services, string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var database in services.GetServices<IModuleDatabase>())
        {
            await File.WriteAllTextAsync(Path.Combine(directory, $"{database.Schema}.sql"), database.GenerateMigrationScript());
        }
    }

    private static string SqliteConnectionString(IServiceProvider sp, string schema)
    {
        var configured = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.DataDirectory;
        var directory = Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, configured);
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, schema + ".db")};Default Timeout=30";
    }

    private static void AddOutboxSignal(IServiceProvider sp, DbContextOptionsBuilder options)
    {
        var interceptor = sp.GetService<OutboxCommitInterceptor>();
        if (interceptor is not null)
        {
            options.AddInterceptors(interceptor);
        }
    }
}
