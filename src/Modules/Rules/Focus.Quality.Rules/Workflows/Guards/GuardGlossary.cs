using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Rules.Editing;
using Focus.Quality.Rules.Resources;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Rules.Workflows.Guards;

/// <summary>
/// The Dutch words of a transition's condition, so the rules' condition builder can offer a guard's fields. A workflow
/// definition has no glossary of its own: the fields of <see cref="WorkflowGuardInput"/> are named here, and the
/// channels and categories take the names the published terms rule set gives them.
/// </summary>
internal static class GuardGlossary
{
    private static readonly string[] FromTerms = [nameof(WorkflowGuardInput.Channel), nameof(WorkflowGuardInput.Category)];

    private static readonly string[] Own =
    [
        nameof(WorkflowGuardInput.ActorIsHandler), nameof(WorkflowGuardInput.Actor), nameof(WorkflowGuardInput.AssignedTo), nameof(WorkflowGuardInput.DaysOpen),
    ];

    public static Glossary For(Glossary terms, IStringLocalizer<RulesText> text)
    {
        var fields = Own.ToDictionary(code => code, code => new GlossaryEntry(text[$"Guard.Field.{code}"], text[$"Guard.Field.{code}.Help"]));
        foreach (var code in FromTerms)
        {
            if (terms.Fields.TryGetValue(code, out var entry))
            {
                fields[code] = entry;
            }
        }

        return new Glossary(text["Guard.Glossary"], string.Empty) { Fields = fields };
    }
}
