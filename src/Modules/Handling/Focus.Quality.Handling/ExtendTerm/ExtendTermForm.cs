namespace Focus.Quality.Handling.ExtendTerm;

internal sealed class ExtendTermForm
{
    public string TermCode { get; set; } = string.Empty;

    public DateOnly NewDueDate { get; set; }

    public string? Reason { get; set; }
}
