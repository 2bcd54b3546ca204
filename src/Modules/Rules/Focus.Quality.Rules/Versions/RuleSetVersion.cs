namespace Focus.Quality.Rules.Versions;

internal enum RuleSetState
{
    /// <summary>Saved, maybe invalid; never used by cases.</summary>
    Draft,

    /// <summary>The one version of its kind in force.</summary>
    Published,

    /// <summary>Was published; kept because terms and cases name it.</summary>
    Retired,
}

/// <summary>One saved version of a rule set. Content never changes after saving: an edit is a new version.</summary>
internal sealed class RuleSetVersion
{
    public Guid Id { get; init; }

    public RuleSetKind Kind { get; init; }

    public int Number { get; init; }

    public RuleSetState State { get; private set; }

    public required string Content { get; init; }

    public required string Author { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string Comment { get; init; }

    /// <summary>Whether validation passed when it was saved; an invalid draft can never be published.</summary>
    public bool IsValid { get; init; }

    public string? PublishedBy { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Why it was published, as the quality officer confirmed it; null for versions published before this was asked.</summary>
    public string? PublishComment { get; private set; }

    /// <summary>What changed against the version it replaced, one Dutch line each, for the publication list.</summary>
    public string? PublishChanges { get; private set; }

    public string Label => $"v{Number}";

    public static RuleSetVersion Draft(RuleSetKind kind, int number, string content, string author, string comment, bool isValid, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        Kind = kind,
        Number = number,
        State = RuleSetState.Draft,
        Content = content,
        Author = author,
        Comment = comment,
        IsValid = isValid,
        CreatedAt = now,
    };

    public void Publish(string by, DateTimeOffset now, string comment, IReadOnlyList<string> changes)
    {
        if (State != RuleSetState.Draft || !IsValid)
        {
            throw new InvalidOperationException($"{Kind} {Label} is {State} and {(IsValid ? "valid" : "invalid")}; only a valid draft can be published.");
        }

        State = RuleSetState.Published;
        PublishedBy = by;
        PublishedAt = now;
        PublishComment = comment;
        PublishChanges = string.Join('\n', changes);
    }

    public void Retire() => State = RuleSetState.Retired;
}
