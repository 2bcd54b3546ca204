using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.IntegrationTests.Persistence.SqlServerQueries;

/// <summary>Each module's context comes as a SQLite and a SQL Server class over one shared model class.</summary>
internal static class ProviderPairs
{
    public static IEnumerable<Type> SqliteContexts() => AppContexts().Where(t => t.Name.Contains("Sqlite", StringComparison.Ordinal));

    public static Type SqlServerSiblingOf(Type sqliteContext) =>
        AppContexts().Single(t => t.BaseType == sqliteContext.BaseType && t.Name.Contains("SqlServer", StringComparison.Ordinal));

    private static IEnumerable<Type> AppContexts() => AppDomain.CurrentDomain.GetAssemblies()
        .Where(a => a.GetName().Name!.StartsWith("Focus.Quality.", StringComparison.Ordinal) && !a.GetName().Name!.Contains("Tests", StringComparison.Ordinal))
        .SelectMany(a => a.GetTypes())
        .Where(t => t is { IsAbstract: false } && typeof(DbContext).IsAssignableFrom(t));
}
