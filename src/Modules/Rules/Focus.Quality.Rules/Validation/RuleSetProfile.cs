using Focus.Quality.Rules.Admissibility;
using Focus.Quality.Rules.Objections;
using Focus.Quality.Rules.Terms;
using Focus.Quality.Rules.Versions;

namespace Focus.Quality.Rules.Validation;

/// <summary>What a RulesEngine rule set of one kind consists of: its workflow name, the typed input its expressions see, and the properties each rule carries.</summary>
internal sealed record RuleSetProfile(string WorkflowName, Type InputType, IReadOnlyList<PropertySpec> Properties)
{
    public static RuleSetProfile For(RuleSetKind kind) => kind switch
    {
        RuleSetKind.Terms => new(TermRules.WorkflowName, typeof(TermRuleInput), PropertySpec.TermRule),
        RuleSetKind.Admissibility => new(AdmissibilityRules.WorkflowName, typeof(AdmissibilityInput), PropertySpec.AdmissibilityRule),
        RuleSetKind.Objections => new(ObjectionRules.WorkflowName, typeof(ObjectionInput), PropertySpec.ObjectionRule),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only RulesEngine rule sets have a rule profile."),
    };

}
