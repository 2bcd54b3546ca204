namespace Focus.Quality.Handling.Domain;

internal enum DocumentKind
{
    ResponseLetter,
    NotHandledLetter,
    Attachment,
}

/// <summary>A file on the case; the bytes live in the document store under <see cref="DocumentKey"/>.</summary>
internal sealed class CaseDocument
{
    public Guid Id { get; init; }

    public DocumentKind Kind { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long Size { get; init; }

    public required string DocumentKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }
}
