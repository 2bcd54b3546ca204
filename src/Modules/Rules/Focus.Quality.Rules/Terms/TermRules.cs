using System.Diagnostics;
using Focus.Quality.Rules.Calendar;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Time;
using RulesEngine.Models;

namespace Focus.Quality.Rules.Terms;

/// <summary>Runs the "Terms" workflow on one singleton engine and turns every rule that fires into a computed term.</summary>
internal sealed class TermRules : ITermRules
{
    public const string WorkflowName = "Terms";

    private readonly RulesEngine.RulesEngine _engine;
    private readonly Dictionary<string, TermRuleProperties> _propertiesByRule;
    private readonly IWorkingDayCalendar _calendar;
    private readonly string _version;

    public TermRules(RuleSetSnapshot snapshot, IWorkingDayCalendar calendar)
    {
        var workflow = snapshot.Workflows.SingleOrDefault(w => w.WorkflowName == WorkflowName)
            ?? throw new InvalidOperationException($"The term rules contain no workflow named '{WorkflowName}'.");
        Rules = [.. workflow.Rules];
        _propertiesByRule = workflow.Rules.ToDictionary(r => r.RuleName, TermRuleProperties.From);
        _engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
        _calendar = calendar;
        _version = snapshot.Version;
    }

    /// <summary>The rules in the order they run, e.g. for the test bench to try each within its budget.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>
    /// Every term whose rule fires, and every term whose rule failed on this request, marked with the error: one broken
    /// rule must neither drop a deadline silently nor keep the others (and the case) from being made.
    /// </summary>
    public async Task<IReadOnlyList<ComputedTerm>> ComputeAsync(TermRequest request, CancellationToken cancellationToken)
    {
        using var activity = RulesTelemetry.Source.StartActivity("compute terms");
        activity?.SetTag("focus.term.trigger", request.Trigger);
        var input = new TermRuleInput(request.Trigger, request.Channel, request.Category);
        var results = await _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("input", input));
        var start = AmsterdamTime.DateOf(request.StartedAt);
        var terms = new List<ComputedTerm>();
        foreach (var result in results.Where(r => r.IsSuccess || !string.IsNullOrEmpty(r.ExceptionMessage)))
        {
            var failure = string.IsNullOrEmpty(result.ExceptionMessage) ? null : result.ExceptionMessage;
            if (failure is not null)
            {
                activity?.SetStatus(ActivityStatusCode.Error, $"Term rule '{result.Rule.RuleName}' failed");
            }

            var term = _propertiesByRule[result.Rule.RuleName];
            var (due, skipped) = TermCalculator.DueDate(_calendar, start, term.Unit, term.Count, term.RunsToNextWorkingDay, term.ExtendsWhenEndingOn);
            terms.Add(new ComputedTerm(
                term.Term, result.Rule.RuleName, start, due, TermCalculator.WarnFrom(_calendar, due, term.WarnBeforeWorkingDays),
                term.Unit, term.Count, term.RunsToNextWorkingDay, term.ExtendsWhenEndingOn, skipped, _version, term.Owner, failure));
        }

        return terms;
    }
}
