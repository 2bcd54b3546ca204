using System.Text.Json;

namespace Focus.Quality.Host.Composition;

/// <summary>
/// A body that cannot be read (no JSON, a value that fits no field type such as an unknown category) gets the same
/// Dutch validation problem as any other bad input, naming the field, instead of an empty 400.
/// </summary>
/// <remarks>
/// Endpoints built at compile time (the request delegate generator) do not throw for a header or query value that does
/// not parse, such as an idempotency key that is no Guid or an unknown channel; they answer an empty 400, which gets
/// the same Dutch problem without a field name.
/// </remarks>
internal static class UnreadableRequests
{
    private const string Unreadable = "De gegevens konden niet worden gelezen. Stuur een geldig formulier of geldige JSON.";

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
                    ? Unreadable
                    : $"Het veld '{field}' heeft een waarde die hier niet kan: kies een van de toegestane waarden of een geldige datum.";
                await ProblemAsync(context, field ?? "body", message);
                return;
            }

            if (context.Response is { StatusCode: StatusCodes.Status400BadRequest, HasStarted: false })
            {
                await ProblemAsync(context, "body", Unreadable);
            }
        });

    private static Task ProblemAsync(HttpContext context, string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Ongeldige invoer").ExecuteAsync(context);

    private static string? FieldOf(Exception ex) => ex.InnerException is JsonException { Path: { Length: > 2 } path } ? path.TrimStart('$', '.') : null;
}
