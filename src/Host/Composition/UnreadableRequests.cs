using System.Text.Json;

namespace Focus.Quality.Host.Composition;

/// <summary>
/// A body that cannot be read (no JSON, a value that fits no field type such as an unknown category) gets the same
/// Dutch validation problem as any other bad input, naming the field, instead of an empty 400.
/// </summary>
internal static class UnreadableRequests
{
    public static IServiceCollection AddUnreadableRequestAnswers(this IServiceCollection services) =>
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

    public static IApplicationBuilder UseUnreadableRequestAnswers(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
            {
                var field = FieldOf(ex);
                var message = field is null
                    ? "De gegevens konden niet worden gelezen. Stuur een geldig formulier of geldige JSON."
                    : $"Het veld '{field}' heeft een waarde die hier niet kan: kies een van de toegestane waarden of een geldige datum.";
                await TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field ?? "body"] = [message] }, title: "Ongeldige invoer")
                    .ExecuteAsync(context);
            }
        });

    private static string? FieldOf(Exception ex) => ex.InnerException is JsonException { Path: { Length: > 2 } path } ? path.TrimStart('$', '.') : null;
}
