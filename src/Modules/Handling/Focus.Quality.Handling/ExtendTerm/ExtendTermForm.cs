namespace Focus.Quality.Handling.ExtendTerm;

internal sealed class ExtendTermForm
{
    public string TermCode { get; set; } = string.Empty;

    public DateOnly NewDueDate { get; set; }

    /// <summary>Internal: on the timeline only.</summary>
    public string? Reason { get; set; }

    /// <summary>Optional: the reason the complainant reads in the notice of the new date; empty, the notice gives none.</summary>
    public string? ReasonForComplainant { get; set; }
}
