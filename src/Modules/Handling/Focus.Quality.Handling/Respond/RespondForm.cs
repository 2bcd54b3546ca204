using Focus.Quality.Handling.Contracts;

namespace Focus.Quality.Handling.Respond;

/// <summary>The written response: (a) summary of the complaint, (b) proposed solution or measures, the judgement and the letter date.</summary>
internal sealed class RespondForm
{
    public string? Summary { get; set; }

    public string? Solution { get; set; }

    public Judgement Judgement { get; set; } = Judgement.Founded;

    public DateOnly LetterDate { get; set; }
}
