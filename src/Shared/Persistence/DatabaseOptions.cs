namespace Focus.Quality.Shared.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQL Server connection string; unused for SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder for the SQLite files (one per module, mirroring SQL Server's schemas), relative to the content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";
}
