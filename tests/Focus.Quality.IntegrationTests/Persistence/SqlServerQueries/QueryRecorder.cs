using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

#pragma warning disable EF1001 // EF's query compiler is the one place that sees every LINQ query a context runs.

namespace Focus.Quality.IntegrationTests.Persistence.SqlServerQueries;

/// <summary>A LINQ query as one of the app's SQLite contexts ran it, to be compiled again for SQL Server.</summary>
internal sealed record RecordedQuery(Type SqliteContext, Type Result, Expression Expression, bool Async);

/// <summary>Collects every LINQ query that the app's SQLite contexts run while it works.</summary>
internal sealed class QueryRecorder
{
    private readonly ConcurrentQueue<RecordedQuery> _queries = new();

    public IReadOnlyCollection<RecordedQuery> Queries => _queries;

    public void Add(RecordedQuery query) => _queries.Enqueue(query);

    /// <summary>Makes every SQLite context of the app report its queries to this recorder.</summary>
    public void AttachTo(IServiceCollection services)
    {
        services.AddSingleton(this);
        var configure = typeof(EntityFrameworkServiceCollectionExtensions).GetMethods()
            .Single(m => m.Name == nameof(EntityFrameworkServiceCollectionExtensions.ConfigureDbContext)
                && m.GetParameters()[1].ParameterType == typeof(Action<DbContextOptionsBuilder>));
        Action<DbContextOptionsBuilder> record = options => options.ReplaceService<IQueryCompiler, RecordingQueryCompiler>();
        foreach (var context in ProviderPairs.SqliteContexts())
        {
            configure.MakeGenericMethod(context).Invoke(null, [services, record, ServiceLifetime.Scoped]);
        }
    }
}

internal sealed class RecordingQueryCompiler(
    IQueryContextFactory queryContextFactory,
    ICompiledQueryCache compiledQueryCache,
    ICompiledQueryCacheKeyGenerator compiledQueryCacheKeyGenerator,
    IDatabase database,
    IDiagnosticsLogger<DbLoggerCategory.Query> logger,
    ICurrentDbContext currentDbContext,
    IEvaluatableExpressionFilter evaluatableExpressionFilter,
    IModel model,
    IDbContextOptions options)
    : QueryCompiler(queryContextFactory, compiledQueryCache, compiledQueryCacheKeyGenerator, database, logger, currentDbContext, evaluatableExpressionFilter, model)
{
    private readonly Type _context = currentDbContext.Context.GetType();

    public override TResult Execute<TResult>(Expression query)
    {
        Record(typeof(TResult), query, async: false);
        return base.Execute<TResult>(query);
    }

    public override TResult ExecuteAsync<TResult>(Expression query, CancellationToken cancellationToken = default)
    {
        Record(typeof(TResult), query, async: true);
        return base.ExecuteAsync<TResult>(query, cancellationToken);
    }

    private void Record(Type result, Expression query, bool async) =>
        options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<QueryRecorder>()
            ?.Add(new RecordedQuery(_context, result, new InlinedQueryables().Visit(query), async));
}
