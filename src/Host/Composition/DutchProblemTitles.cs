using Microsoft.AspNetCore.Http;

namespace Focus.Quality.Host.Composition;

/// <summary>
/// Problem answers carry ASP.NET's English default titles ("One or more validation errors occurred.") unless a title is
/// given; API clients show them to Dutch staff, so every default title is replaced by a Dutch one per status code.
/// </summary>
internal static class DutchProblemTitles
{
    private static readonly Dictionary<int, string> ByStatus = new()
    {
        [StatusCodes.Status400BadRequest] = "Ongeldige invoer",
        [StatusCodes.Status401Unauthorized] = "Niet aangemeld",
        [StatusCodes.Status403Forbidden] = "Geen toegang",
        [StatusCodes.Status404NotFound] = "Niet gevonden",
        [StatusCodes.Status409Conflict] = "Gelijktijdige wijziging",
        [StatusCodes.Status413PayloadTooLarge] = "Bestand te groot",
        [StatusCodes.Status415UnsupportedMediaType] = "Verkeerd soort gegevens",
        [StatusCodes.Status422UnprocessableEntity] = "Ongeldige invoer",
        [StatusCodes.Status429TooManyRequests] = "Te veel verzoeken",
        [StatusCodes.Status500InternalServerError] = "Er ging iets mis",
        [StatusCodes.Status503ServiceUnavailable] = "Tijdelijk niet beschikbaar",
    };

    /// <summary>ASP.NET's own titles; a title a use case chose itself is kept.</summary>
    private static readonly HashSet<string> EnglishDefaults =
    [
        "One or more validation errors occurred.",
        "Bad Request",
        "Unauthorized",
        "Forbidden",
        "Not Found",
        "Conflict",
        "Payload Too Large",
        "Unsupported Media Type",
        "Unprocessable Entity",
        "Too Many Requests",
        "An error occurred while processing your request.",
        "Internal Server Error",
        "Service Unavailable",
    ];

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if ((problem.Title is null || EnglishDefaults.Contains(problem.Title)) && ByStatus.TryGetValue(status, out var dutch))
        {
            problem.Title = dutch;
        }
    }
}
