using System.Text.Json;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Rules.Editing;
using Focus.Quality.Rules.Editing.Conditions;
using Focus.Quality.Rules.Resources;
using Focus.Quality.Rules.Validation;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Rules.Workflows.Guards;

/// <summary>Transitions' guards as the officer reads them on the canvas and in the side panel, never as the expression.</summary>
internal static class GuardWords
{
    public static string Describe(string guard, Glossary glossary, IStringLocalizer<RulesText> text) =>
        ConditionSentence.Describe(guard, glossary, glossary.ConditionFields(typeof(WorkflowGuardInput)), key => text[key]) ?? text["Guard.Written"];

    /// <summary>Expression → sentence for every guard of a definition (JSON), for the canvas to label its edges with.</summary>
    public static Dictionary<string, string> Of(string definitionJson, Glossary glossary, IStringLocalizer<RulesText> text)
    {
        try
        {
            var definition = JsonSerializer.Deserialize<WorkflowDefinition>(definitionJson, RuleSetValidator.Json);
            return Of([.. definition?.Transitions.Select(t => t.Guard).OfType<string>() ?? []], glossary, text);
        }
        catch (JsonException)
        {
            // A definition that does not read has its problems listed elsewhere; its edges say "met voorwaarde".
            return [];
        }
    }

    public static Dictionary<string, string> Of(IReadOnlyList<string> guards, Glossary glossary, IStringLocalizer<RulesText> text) =>
        guards.Where(g => g.Length > 0).Distinct().ToDictionary(g => g, g => Describe(g, glossary, text));
}
