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
        _propertiesByRule = workflow.Rules.ToDictionary(r => r.RuleName, TermRuleProperties.From);
        _engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
        _calendar = calendar;
        _version = snapshot.Version;
    }

    public async Task<IReadOnlyList<ComputedTerm>> ComputeAsync(TermRequest request, CancellationToken cancellationToken)
    {
        using var activity = RulesTelemetry.Source.StartActivity("compute terms");
        activity?.SetTag("focus.term.trigger", request.Trigger);
        var input = new TermRuleInput(request.Trigger, request.Channel, request.Category);
        var results = await _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("input", input));
        var start = AmsterdamTime.DateOf(request.StartedAt);
        var terms = new List<ComputedTerm>();
        if (results.FirstOrDefault(r => !string.IsNullOrEmpty(r.ExceptionMessage)) is { } broken)
        {
            // A broken rule must not silently drop a deadline.
            throw new InvalidOperationException($"Term rule '{broken.Rule.RuleName}' failed: {broken.ExceptionMessage}");
        }

        foreach (var fired in results.Where(r => r.IsSuccess))
        {
            var term = _propertiesByRule[fired.Rule.RuleName];
            var (due, skipped) = TermCalculator.DueDate(_calendar, start, term.Unit, term.Count, term.RunsToNextWorkingDay, term.ExtendsWhenEndingOn);
            terms.Add(new ComputedTerm(
                term.Term, fired.Rule.RuleName, start, due, TermCalculator.WarnFrom(_calendar, due, term.WarnBeforeWorkingDays),
                term.Unit, term.Count, term.RunsToNextWorkingDay, term.ExtendsWhenEndingOn, skipped, _version, term.Owner));
        }

        return terms;
    }
}
