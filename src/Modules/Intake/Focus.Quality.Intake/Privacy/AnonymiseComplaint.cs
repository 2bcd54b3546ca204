using Focus.Quality.Handling.Contracts;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Shared.Events;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Intake.Privacy;

/// <summary>Erases the complaint as filed once Handling has anonymised its case after the retention period.</summary>
internal sealed class AnonymiseComplaint(IntakeDbContext db) : IIntegrationEventHandler<CaseAnonymised>
{
    public async Task HandleAsync(CaseAnonymised integrationEvent, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Reference == integrationEvent.Reference, cancellationToken);
        complaint?.Anonymise();
        await db.SaveChangesAsync(cancellationToken);
    }
}
