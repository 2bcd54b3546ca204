using Focus.Quality.Rules.Calendar;
using RulesEngine.Models;

namespace Focus.Quality.Rules;

/// <summary>The rules in force: RulesEngine workflows, the calendar, and the version stamped on every term they produce.</summary>
internal sealed record RuleSetSnapshot(IReadOnlyList<Workflow> Workflows, CalendarDefinition Calendar, string Version);
