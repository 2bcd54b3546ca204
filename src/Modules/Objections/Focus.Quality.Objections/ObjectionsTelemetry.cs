using System.Diagnostics;

namespace Focus.Quality.Objections;

internal static class ObjectionsTelemetry
{
    public const string Name = "Focus.Quality.Objections";

    public static readonly ActivitySource Source = new(Name);
}
