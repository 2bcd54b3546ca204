using System.Text.Json;

namespace Focus.Quality.Shared.Outbox;

internal static class OutboxJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
