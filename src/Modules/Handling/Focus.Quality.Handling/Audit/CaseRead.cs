namespace Focus.Quality.Handling.Audit;

/// <summary>Someone opened a case file (page or API): kept apart from the case so reading never conflicts with editing.</summary>
internal sealed class CaseRead
{
    public long Id { get; init; }

    public required string Reference { get; init; }

    public required string ReadBy { get; init; }

    public DateTimeOffset ReadAt { get; init; }
}
