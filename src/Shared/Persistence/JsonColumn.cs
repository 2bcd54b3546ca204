using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Focus.Quality.Shared.Persistence;

/// <summary>A small list kept as JSON in one column beside its row, e.g. the days a term skipped: an explanation, never queried.</summary>
public static class JsonColumn<T>
{
    public static readonly ValueConverter<List<T>, string> Converter = new(
        items => JsonSerializer.Serialize(items, JsonSerializerOptions.Web),
        json => JsonSerializer.Deserialize<List<T>>(json, JsonSerializerOptions.Web) ?? new List<T>());

    public static readonly ValueComparer<List<T>> Comparer = new(
        (a, b) => a!.SequenceEqual(b!),
        items => items.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        items => items.ToList());
}
