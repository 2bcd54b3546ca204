namespace Focus.Quality.Rules;

internal sealed class RulesOptions
{
    public const string Section = "Rules";

    /// <summary>Folder with the rule files; relative paths are resolved against the application's base directory.</summary>
    public string Directory { get; set; } = "rules";

    /// <summary>How often an instance checks whether another instance on the same database published rules.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(10);
}
