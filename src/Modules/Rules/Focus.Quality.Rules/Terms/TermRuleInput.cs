namespace Focus.Quality.Rules.Terms;

/// <summary>The typed input of the term rules; RulesEngine caches compiled expressions per input type.</summary>
internal sealed record TermRuleInput(string Trigger, string Channel, string Category);
