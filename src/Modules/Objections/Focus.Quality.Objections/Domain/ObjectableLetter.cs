namespace Focus.Quality.Objections.Domain;

internal enum LetterKind
{
    Response,
    NotHandled,
}

/// <summary>Objections' own copy of a sent response or "not handled" letter, learned from Handling's events: what an objection is against.</summary>
internal sealed class ObjectableLetter
{
    public Guid Id { get; init; }

    public required string Reference { get; init; }

    public LetterKind Kind { get; init; }

    public DateOnly LetterDate { get; init; }

    /// <summary>The complainant's objection term as Handling stored it when the letter was sent.</summary>
    public DateOnly ObjectionDue { get; init; }
}
