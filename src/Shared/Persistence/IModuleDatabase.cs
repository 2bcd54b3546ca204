namespace Focus.Quality.Shared.Persistence;

/// <summary>One module's database, brought up to date at start-up.</summary>
public interface IModuleDatabase
{
    string Schema { get; }

    Task MigrateAsync(CancellationToken cancellationToken);
}
