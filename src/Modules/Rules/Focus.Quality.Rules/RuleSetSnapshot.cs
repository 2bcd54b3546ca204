using System.Text.Json;
using Focus.Quality.Rules.Calendar;
using Focus.Quality.Rules.Validation;
using Focus.Quality.Rules.Versions;
using RulesEngine.Models;

namespace Focus.Quality.Rules;

/// <summary>The content of one rule set and the label (v3, or a file hash) it is known by.</summary>
internal sealed record RuleSetSource(string Content, string Label);

/// <summary>The rules in force: RulesEngine workflows, the calendar, and the version stamped on every term and advice they produce.</summary>
internal sealed record RuleSetSnapshot(IReadOnlyList<Workflow> Workflows, CalendarDefinition Calendar, string Version)
{
    public static RuleSetSnapshot From(IReadOnlyDictionary<RuleSetKind, RuleSetSource> sources)
    {
        Workflow[] workflows =
        [
            .. Deserialize<Workflow[]>(sources, RuleSetKind.Terms),
            .. Deserialize<Workflow[]>(sources, RuleSetKind.Admissibility),
            .. Deserialize<Workflow[]>(sources, RuleSetKind.Objections),
        ];
        var version = string.Join('+', new[] { RuleSetKind.Terms, RuleSetKind.Admissibility, RuleSetKind.Objections, RuleSetKind.Calendar }
            .Select(kind => $"{kind.Slug()}@{sources[kind].Label}"));
        return new RuleSetSnapshot(workflows, Deserialize<CalendarDefinition>(sources, RuleSetKind.Calendar), version);
    }

    private static T Deserialize<T>(IReadOnlyDictionary<RuleSetKind, RuleSetSource> sources, RuleSetKind kind) =>
        JsonSerializer.Deserialize<T>(sources[kind].Content, RuleSetValidator.Json) ?? throw new InvalidDataException($"Rule set '{kind.FileName()}' is empty.");
}
