namespace Focus.Quality.Rules.Validation;

/// <summary>One thing wrong with a rule set, in Dutch, with where it is: the rule or state it concerns and the position.</summary>
internal sealed record RuleProblem(string? Subject, string? Position, string Message)
{
    public override string ToString() =>
        string.Join(" — ", new[] { Subject, Position, Message }.Where(part => !string.IsNullOrEmpty(part)));
}
