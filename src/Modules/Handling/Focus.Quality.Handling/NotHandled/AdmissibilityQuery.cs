using Focus.Quality.Handling.Persistence;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Handling.NotHandled;

/// <summary>Asks the admissibility rules about a case, with what intake knows and what the handler established.</summary>
internal sealed class AdmissibilityQuery(HandlingDbContext db, IComplaintDirectory complaints, IAdmissibilityRules rules)
{
    public async Task<IReadOnlyList<AdmissibilityAdvice>?> AdviseAsync(string reference, NotHandledForm facts, CancellationToken cancellationToken)
    {
        var receivedAt = await db.Cases.Where(c => c.Reference == reference).Select(c => (DateTimeOffset?)c.ReceivedAt).SingleOrDefaultAsync(cancellationToken);
        var complaint = await complaints.FindAsync(reference, cancellationToken);
        if (receivedAt is null || complaint is null)
        {
            return null;
        }

        return await rules.AdviseAsync(
            new AdmissibilityFacts(
                complaint.Description, AmsterdamTime.DateOf(receivedAt.Value), facts.ConductOn, complaint.Email is not null, complaint.Phone is not null,
                facts.AboutBenefitsDecision, facts.SameFactsAlreadyHandled, facts.InLegalProceedings),
            cancellationToken);
    }
}
