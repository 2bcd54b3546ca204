using Focus.Quality.Handling.Contracts;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Shared.Events;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Reporting.ReadModel;

internal sealed class ComplaintRegisteredProjection(ReportingDbContext db) : IIntegrationEventHandler<ComplaintRegistered>
{
    public Task HandleAsync(ComplaintRegistered integrationEvent, CancellationToken cancellationToken)
    {
        db.Facts.Add(new ComplaintFact
        {
            Id = integrationEvent.ComplaintId,
            Reference = integrationEvent.Reference,
            Channel = integrationEvent.Channel,
            Category = integrationEvent.Category,
            ReceivedAt = integrationEvent.ReceivedAt,
        });
        return Task.CompletedTask;
    }
}

internal sealed class SignalRecordedProjection(ReportingDbContext db) : IIntegrationEventHandler<SignalRecorded>
{
    public Task HandleAsync(SignalRecorded integrationEvent, CancellationToken cancellationToken)
    {
        db.Facts.Add(new ComplaintFact
        {
            Id = integrationEvent.SignalId,
            IsSignal = true,
            Channel = integrationEvent.Channel,
            Category = integrationEvent.Category,
            ReceivedAt = integrationEvent.ReceivedAt,
        });
        return Task.CompletedTask;
    }
}

internal sealed class ComplaintAcknowledgedProjection(ReportingDbContext db) : IIntegrationEventHandler<ComplaintAcknowledged>
{
    public async Task HandleAsync(ComplaintAcknowledged integrationEvent, CancellationToken cancellationToken)
    {
        // Events of different modules may arrive in any order; failing here makes the dispatcher retry until the fact exists.
        var fact = await db.Facts.SingleAsync(f => f.Reference == integrationEvent.Reference, cancellationToken);
        fact.AcknowledgedAt = integrationEvent.AcknowledgedAt;
        fact.AcknowledgementDue = integrationEvent.DueDate;
        fact.AcknowledgedOnTime = integrationEvent.OnTime;
    }
}
