using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Terms;
using Focus.Quality.Rules.Validation;
using Focus.Quality.Rules.Versions;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Time;

namespace Focus.Quality.Rules.TryOut;

/// <summary>What the test bench asks: a term clock start, the facts a term rule may look at, and optionally a version to try instead of the published one.</summary>
internal sealed class TestBenchRequest
{
    public string Trigger { get; set; } = TermTriggers.ComplaintReceived;

    public DateOnly StartDate { get; set; }

    public string Channel { get; set; } = "Phone";

    public string Category { get; set; } = "Other";

    /// <summary>A draft (or older) version of the terms or the calendar to try; null for the published rules.</summary>
    public RuleSetKind? Kind { get; set; }

    public int? Number { get; set; }
}

internal sealed record TestBenchResult(string RulesVersion, IReadOnlyList<ComputedTerm> Terms, RuleWords Words);

/// <summary>
/// Every term a start date produces, with the weekend days and holidays it skipped, under the published rules or a draft;
/// each rule first runs on the input tried within the budget a rule has before it is published.
/// </summary>
internal sealed class TermTestBench(RuleSetVersions versions, RuleBook book)
{
    public async Task<Result<TestBenchResult>> RunAsync(TestBenchRequest request, CancellationToken cancellationToken)
    {
        if (!TermTriggers.All.Contains(request.Trigger))
        {
            return Result<TestBenchResult>.Invalid(nameof(request.Trigger), $"Onbekende termijnstart; kies uit {string.Join(", ", TermTriggers.All)}.");
        }

        if (request.StartDate.Year is < 2000 or > 2100)
        {
            return Result<TestBenchResult>.Invalid(nameof(request.StartDate), "Kies een startdatum tussen 2000 en 2100.");
        }

        if (request.Channel.Length > RepresentativeInputs.MaxTextLength || request.Category.Length > RepresentativeInputs.MaxTextLength)
        {
            return Result<TestBenchResult>.Invalid(nameof(request.Channel), $"Kanaal en categorie zijn hoogstens {RepresentativeInputs.MaxTextLength} tekens lang.");
        }

        var rules = book.Current;
        if (request.Kind is { } kind && request.Number is { } number)
        {
            var candidate = await versions.TryCandidateAsync(kind, number, cancellationToken);
            if (!candidate.IsSuccess)
            {
                return candidate.Status == ResultStatus.NotFound ? Result<TestBenchResult>.NotFound() : Result<TestBenchResult>.Invalid(new Dictionary<string, string[]>(candidate.Errors));
            }

            rules = candidate.Value!;
        }

        // The same budget as before publishing: what the officer types here may be heavier than any representative input.
        var input = new TermRuleInput(request.Trigger, request.Channel, request.Category);
        foreach (var rule in rules.Terms.Rules)
        {
            if (ExpressionBudget.Check(typeof(TermRuleInput), rule.Expression, [input]) is { } heavy)
            {
                return Result<TestBenchResult>.Invalid(nameof(request.Channel), $"Regel '{rules.Words.Rule(rule.RuleName)}': {heavy}.");
            }
        }

        var startedAt = AmsterdamTime.FromLocal(request.StartDate.ToDateTime(new TimeOnly(12, 0)));
        var terms = await rules.Terms.ComputeAsync(new TermRequest(request.Trigger, startedAt, request.Channel, request.Category), cancellationToken);
        return Result<TestBenchResult>.Success(new TestBenchResult(rules.Snapshot.Version, terms, rules.Words));
    }
}
