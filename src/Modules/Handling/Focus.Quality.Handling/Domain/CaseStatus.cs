namespace Focus.Quality.Handling.Domain;

internal enum CaseStatus
{
    Registered,
    Acknowledged,

    /// <summary>The written response was sent; the case waits for the objection term to pass.</summary>
    Responded,

    /// <summary>Declared not admissible with a motivated letter; the case waits for the objection term to pass.</summary>
    NotHandled,

    /// <summary>The complainant objected to the letter; the director handles it in the Objections module.</summary>
    InObjection,

    /// <summary>The objection term passed without an objection, or the objection ended.</summary>
    Closed,
}
