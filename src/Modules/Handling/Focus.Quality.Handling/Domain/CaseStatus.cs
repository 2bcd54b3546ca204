namespace Focus.Quality.Handling.Domain;

internal enum CaseStatus
{
    Registered,
    Acknowledged,

    /// <summary>The written response was sent; the case waits for the objection term to pass.</summary>
    Responded,

    /// <summary>The objection term passed without an objection.</summary>
    Closed,
}
