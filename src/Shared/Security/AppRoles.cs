namespace Focus.Quality.Shared.Security;

public static class AppRoles
{
    public const string Handler = "Handler";
    public const string Director = "Director";
    public const string QualityOfficer = "QualityOfficer";
    public const string Management = "Management";
    public const string Administrator = "Administrator";

    public static IReadOnlyList<string> All { get; } = [Handler, Director, QualityOfficer, Management, Administrator];
}
