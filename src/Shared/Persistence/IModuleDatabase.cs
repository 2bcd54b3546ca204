namespace Focus.Quality.Shared.Persistence;

/// <summary>One module's database, brought up to date at start-up.</summary>
public interface IModuleDatabase
{
    string Schema { get; }

    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>The idempotent DDL of all migrations, for a DBA who applies SQL Server changes by script.</summary>
    string GenerateMigrationScript();

    /// <summary>Whether the model has changed since the last migration (a test checks this instead of every start).</summary>
    bool HasPendingModelChanges();
}
