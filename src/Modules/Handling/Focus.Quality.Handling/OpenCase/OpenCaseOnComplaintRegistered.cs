using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Events;

namespace Focus.Quality.Handling.OpenCase;

/// <summary>Puts a newly registered complaint on the worklist with the terms the rules in force give it.</summary>
internal sealed class OpenCaseOnComplaintRegistered(HandlingDbContext db, ITermRules termRules) : IIntegrationEventHandler<ComplaintRegistered>
{
    public async Task HandleAsync(ComplaintRegistered integrationEvent, CancellationToken cancellationToken)
    {
        using var activity = HandlingTelemetry.Source.StartActivity("open case");
        activity?.SetTag("focus.reference", integrationEvent.Reference);
        var terms = await termRules.ComputeAsync(
            new TermRequest(TermTriggers.ComplaintReceived, integrationEvent.ReceivedAt, integrationEvent.Channel.ToString(), integrationEvent.Category.ToString()),
            cancellationToken);
        db.Cases.Add(Case.Open(integrationEvent, terms));
    }
}
