using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Workflow;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Handling.RuleSubjects;

/// <summary>
/// Existing cases for a what-if run of draft rules. The facts a handler establishes while deciding (benefits decision,
/// earlier handling, legal proceedings, date of the conduct) are unknown until then, so they count as absent.
/// </summary>
internal sealed class CasesAsRuleSubjects(HandlingDbContext db, IComplaintDirectory complaints, WorkflowStateNames states) : IRuleSubjects
{
    public async Task<IReadOnlyList<RuleSubject>> FindAsync(RuleSubjectFilter filter, CancellationToken cancellationToken)
    {
        var cases = db.Cases.AsNoTracking();
        if (filter.OpenOnly)
        {
            cases = cases.Where(c => c.StateCategory == WorkflowStateCategory.Open);
        }

        if (filter.ReceivedFrom is { } from)
        {
            var start = AmsterdamTime.FromLocal(from.ToDateTime(TimeOnly.MinValue));
            cases = cases.Where(c => c.ReceivedAt >= start);
        }

        if (filter.ReceivedTo is { } to)
        {
            var end = AmsterdamTime.FromLocal(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            cases = cases.Where(c => c.ReceivedAt < end);
        }

        var found = await cases.OrderByDescending(c => c.Reference).Take(filter.Max)
            .Select(c => new { c.Reference, c.WorkflowVersion, c.WorkflowState, c.ReceivedAt, c.Channel, c.Category })
            .ToListAsync(cancellationToken);
        var subjects = new List<RuleSubject>(found.Count);
        foreach (var c in found)
        {
            var complaint = await complaints.FindAsync(c.Reference, cancellationToken);
            var facts = new AdmissibilityFacts(
                complaint?.Description ?? string.Empty, AmsterdamTime.DateOf(c.ReceivedAt), null, complaint?.Email is not null, complaint?.Phone is not null,
                AboutBenefitsDecision: false, SameFactsAlreadyHandled: false, InLegalProceedings: false);
            subjects.Add(new RuleSubject(c.Reference, await states.LabelAsync(c.WorkflowVersion, c.WorkflowState, cancellationToken), c.ReceivedAt, c.Channel.ToString(), c.Category.ToString(), facts));
        }

        return subjects;
    }
}
