using System.Globalization;
using System.Text.Json;
using Focus.Quality.Rules.Calendar;
using Focus.Quality.Rules.Editing;
using Focus.Quality.Rules.Versions;
using Focus.Quality.Rules.Workflows;
using RulesEngine.Models;

namespace Focus.Quality.Rules.Validation;

/// <summary>
/// Everything a version must pass before it may be published: well-formed JSON, the kind's JSON schema, every
/// expression compiled against its typed input and run on representative inputs within its budget, every rule's
/// properties, and (for the workflow) the graph checks.
/// </summary>
internal static class RuleSetValidator
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static IReadOnlyList<RuleProblem> Validate(RuleSetKind kind, string json)
    {
        if (kind.IsLetter())
        {
            return Letters.LetterTemplateValidator.Validate(kind, json);
        }

        if (SyntaxProblem(json) is { } syntax)
        {
            return [syntax];
        }

        var schema = kind switch
        {
            RuleSetKind.Calendar => JsonSchemas.Calendar.Value,
            RuleSetKind.Workflow => JsonSchemas.Workflow.Value,
            _ => JsonSchemas.RuleSet.Value,
        };
        var schemaProblems = JsonSchemas.Check(schema, json).ToList();
        if (schemaProblems.Count > 0)
        {
            return schemaProblems;
        }

        return kind switch
        {
            RuleSetKind.Terms or RuleSetKind.Admissibility or RuleSetKind.Objections => CheckRules(json, RuleSetProfile.For(kind)),
            RuleSetKind.Calendar => CheckCalendar(JsonSerializer.Deserialize<CalendarDefinition>(json, Json)!),
            RuleSetKind.Workflow => WorkflowValidator.Check(JsonSerializer.Deserialize<WorkflowDefinition>(json, Json)!),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static RuleProblem? SyntaxProblem(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new RuleProblem(null, null, "de regelset is leeg");
        }

        try
        {
            using var _ = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return null;
        }
        catch (JsonException error)
        {
            return new RuleProblem(null, $"regel {error.LineNumber + 1}, teken {error.BytePositionInLine + 1}", "geen geldige JSON: controleer haakjes, komma's en aanhalingstekens");
        }
    }

    private static List<RuleProblem> CheckRules(string json, RuleSetProfile profile)
    {
        var (workflowName, inputType, specs) = profile;
        var problems = new List<RuleProblem>();
        var workflows = JsonSerializer.Deserialize<Workflow[]>(json, Json)!;
        var workflow = workflows.Where(w => w.WorkflowName == workflowName).ToList();
        if (workflow.Count != 1)
        {
            return [new RuleProblem(null, null, $"er moet precies één workflow '{workflowName}' zijn")];
        }

        foreach (var duplicate in workflow[0].Rules.GroupBy(r => r.RuleName).Where(g => g.Count() > 1))
        {
            problems.Add(new RuleProblem($"Regel '{duplicate.Key}'", null, "deze naam komt meer dan eens voor"));
        }

        foreach (var rule in workflow[0].Rules)
        {
            var subject = $"Regel '{(rule.Properties?.TryGetValue(Glossary.RuleName, out var name) == true ? Convert.ToString(name, CultureInfo.InvariantCulture) : rule.RuleName)}'";
            if (RuleExpressions.Check(inputType, rule.Expression) is { } broken)
            {
                problems.Add(new RuleProblem(subject, $"teken {broken.Position} van de expressie", broken.Message));
            }
            else if (ExpressionBudget.Check(inputType, rule.Expression) is { } heavy)
            {
                problems.Add(new RuleProblem(subject, null, heavy));
            }

            problems.AddRange(CheckProperties(subject, rule.Properties ?? new Dictionary<string, object>(), specs));
        }

        return problems;
    }

    private static IEnumerable<RuleProblem> CheckProperties(string subject, IDictionary<string, object> properties, IReadOnlyList<PropertySpec> specs)
    {
        foreach (var spec in specs)
        {
            var value = Text(properties, spec.Key);
            if (value is null)
            {
                if (spec.Required)
                {
                    yield return new RuleProblem(subject, spec.Label, $"ontbreekt; verwacht {spec.Expected}");
                }
            }
            else if (!spec.IsValid(value))
            {
                yield return new RuleProblem(subject, spec.Label, $"'{value}' is ongeldig; verwacht {spec.Expected}");
            }
            else if (spec.OnlyWith is { } condition && !string.Equals(Text(properties, condition.Key), condition.Value, StringComparison.OrdinalIgnoreCase))
            {
                var other = specs.First(s => s.Key == condition.Key).Label;
                yield return new RuleProblem(subject, spec.Label, $"geldt alleen als \"{other}\" aan staat; zet \"{other}\" aan of verwijder \"{spec.Label}\"");
            }
        }

        foreach (var unknown in properties.Keys.Where(key => specs.All(spec => spec.Key != key)))
        {
            yield return new RuleProblem(subject, $"eigenschap {unknown}", "onbekende eigenschap; verwijder haar in de JSON-weergave");
        }
    }

    private static string? Text(IDictionary<string, object> properties, string key) =>
        properties.TryGetValue(key, out var raw) ? Convert.ToString(raw, CultureInfo.InvariantCulture) : null;

    private static List<RuleProblem> CheckCalendar(CalendarDefinition calendar)
    {
        var problems = new List<RuleProblem>();
        foreach (var duplicate in calendar.ClosingDays.GroupBy(d => d.Date).Where(g => g.Count() > 1))
        {
            problems.Add(new RuleProblem($"Sluitingsdag {duplicate.Key:dd-MM-yyyy}", null, "staat meer dan eens in de kalender"));
        }

        foreach (var day in calendar.ClosingDays.Where(d => d.Date.Year is < 2000 or > 2100))
        {
            problems.Add(new RuleProblem($"Sluitingsdag {day.Date:dd-MM-yyyy}", null, "ligt buiten 2000–2100"));
        }

        return problems;
    }
}
