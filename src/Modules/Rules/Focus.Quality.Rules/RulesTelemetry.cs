using System.Diagnostics;

namespace Focus.Quality.Rules;

internal static class RulesTelemetry
{
    public static readonly ActivitySource Source = new("Focus.Quality.Rules");
}
