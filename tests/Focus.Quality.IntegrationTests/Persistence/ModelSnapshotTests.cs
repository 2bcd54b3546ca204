using Focus.Quality.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Persistence;

/// <summary>An app no longer compares its model with the migrations at every start; this test does, for both providers.</summary>
public sealed class ModelSnapshotTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Every_model_change_of_a_module_has_its_migration(DatabaseProvider provider)
    {
        using var services = ModuleServices.For(provider);
        var databases = services.GetServices<IModuleDatabase>().ToList();

        Assert.Equal(6, databases.Count);
        Assert.All(databases, database => Assert.False(database.HasPendingModelChanges(), $"{database.Schema} ({provider}) has model changes without a migration: run dotnet ef migrations add (README)."));
    }
}
