using Focus.Quality.Handling.Contracts;

namespace Focus.Quality.Handling.Domain;

/// <summary>The written response: (a) the summary of the complaint, (b) the proposed solution or measures, and the judgement.</summary>
internal sealed record WrittenResponse(Judgement Judgement, string Summary, string Solution, DateOnly LetterDate, string By);
