using Focus.Quality.Rules.Admissibility;
using Focus.Quality.Rules.Calendar;
using Focus.Quality.Rules.Objections;
using Focus.Quality.Rules.Terms;
using Focus.Quality.Rules.TryOut;
using Focus.Quality.Rules.Workflows;

namespace Focus.Quality.Rules.Versions;

/// <summary>One complete set of rules, compiled: the published one, or a draft combined with the published rest (what-if, test bench).</summary>
internal sealed class CompiledRules
{
    public CompiledRules(IReadOnlyDictionary<RuleSetKind, RuleSetSource> sources, CompiledWorkflow workflow)
    {
        Sources = sources;
        Snapshot = RuleSetSnapshot.From(sources);
        Calendar = new WorkingDayCalendar(Snapshot.Calendar);
        Terms = new TermRules(Snapshot, Calendar);
        Admissibility = new AdmissibilityRules(Snapshot);
        Objections = new ObjectionRules(Snapshot);
        Workflow = workflow;
        Words = RuleWords.Of(sources, Snapshot);
    }

    public RuleWords Words { get; }

    public IReadOnlyDictionary<RuleSetKind, RuleSetSource> Sources { get; }

    public RuleSetSnapshot Snapshot { get; }

    public WorkingDayCalendar Calendar { get; }

    public TermRules Terms { get; }

    public AdmissibilityRules Admissibility { get; }

    public ObjectionRules Objections { get; }

    public CompiledWorkflow Workflow { get; }

    /// <summary>The same rules with one rule set replaced, e.g. by a draft.</summary>
    public CompiledRules With(RuleSetKind kind, RuleSetSource source, CompiledWorkflow? workflow = null) =>
        new(new Dictionary<RuleSetKind, RuleSetSource>(Sources) { [kind] = source }, workflow ?? Workflow);
}
