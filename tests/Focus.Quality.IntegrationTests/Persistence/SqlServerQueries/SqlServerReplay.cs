using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query.Internal;

#pragma warning disable EF1001 // The replay hands recorded expressions to EF's query compiler, as a DbSet would.

namespace Focus.Quality.IntegrationTests.Persistence.SqlServerQueries;

/// <summary>A recorded query that SQL Server's EF provider could not turn into a statement.</summary>
internal sealed record UntranslatedQuery(RecordedQuery Query, string Reason);

/// <summary>Runs recorded queries again on SQL Server contexts backed by a <see cref="StatementCatcher"/>.</summary>
internal sealed class SqlServerReplay : IDisposable
{
    private readonly StatementCatcher _catcher = new();
    private readonly Dictionary<Type, DbContext> _contexts = [];

    public IReadOnlyList<string> Statements => _catcher.Statements;

    public List<UntranslatedQuery> Untranslated { get; } = [];

    public int RawSqlQueries { get; private set; }

    /// <summary>The SQL Server context of the module whose SQLite context is <paramref name="sqliteContext"/>.</summary>
    public DbContext ContextFor(Type sqliteContext)
    {
        if (!_contexts.TryGetValue(sqliteContext, out var context))
        {
            var sqlServer = ProviderPairs.SqlServerSiblingOf(sqliteContext);
            var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(sqlServer))!;
            builder.UseSqlServer("Server=sql.invalid;Database=FocusQuality;Integrated Security=true;Encrypt=true").AddInterceptors(_catcher);
            context = _contexts[sqliteContext] = (DbContext)Activator.CreateInstance(sqlServer, builder.Options)!;
        }

        return context;
    }

    public async Task ReplayAsync(RecordedQuery query)
    {
        var context = ContextFor(query.SqliteContext);
        var roots = new SqlServerRoots(context.Model);
        var expression = roots.Visit(query.Expression);
        if (roots.HasRawSql)
        {
            RawSqlQueries++;
            return;
        }

        var sent = _catcher.Statements.Count;
        try
        {
            var compiler = context.GetService<IQueryCompiler>();
            var execute = typeof(IQueryCompiler).GetMethod(query.Async ? nameof(IQueryCompiler.ExecuteAsync) : nameof(IQueryCompiler.Execute))!
                .MakeGenericMethod(query.Result);
            await DrainAsync(execute.Invoke(compiler, query.Async ? [expression, CancellationToken.None] : [expression]));
        }
        catch (Exception exception) when (_catcher.Statements.Count == sent)
        {
            Untranslated.Add(new UntranslatedQuery(query, (exception as TargetInvocationException)?.InnerException?.Message ?? exception.Message));
        }
        catch (Exception) when (_catcher.Statements.Count > sent)
        {
            // The statement was sent; what failed is reading a row from an empty answer ("Sequence contains no elements").
        }
    }

    public void Dispose()
    {
        foreach (var context in _contexts.Values)
        {
            context.Dispose();
        }
    }

    private static async Task DrainAsync(object? result)
    {
        switch (result)
        {
            case Task task:
                await task;
                break;
            case not null when AsyncElementType(result.GetType()) is { } element:
                await (Task)typeof(SqlServerReplay).GetMethod(nameof(DrainSequenceAsync), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(element).Invoke(null, [result])!;
                break;
            case System.Collections.IEnumerable sequence:
                foreach (var _ in sequence)
                {
                }

                break;
        }
    }

    private static Type? AsyncElementType(Type type) => type.GetInterfaces().Append(type)
        .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))?.GetGenericArguments()[0];

    private static async Task DrainSequenceAsync<T>(IAsyncEnumerable<T> sequence)
    {
        await foreach (var _ in sequence)
        {
        }
    }
}
