using Focus.Quality.Handling.Contracts;
using Focus.Quality.Objections.Domain;
using Focus.Quality.Objections.Persistence;
using Focus.Quality.Shared.Events;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Objections.LearnLetters;

/// <summary>Keeps Objections' own copy of every response and "not handled" letter, so an objection can be registered against it.</summary>
internal sealed class RememberSentLetters(ObjectionsDbContext db) :
    IIntegrationEventHandler<ComplaintResponded>, IIntegrationEventHandler<ComplaintNotHandled>
{
    public Task HandleAsync(ComplaintResponded integrationEvent, CancellationToken cancellationToken) =>
        RememberAsync(integrationEvent.Reference, LetterKind.Response, integrationEvent.LetterDate, integrationEvent.ObjectionDue, cancellationToken);

    public Task HandleAsync(ComplaintNotHandled integrationEvent, CancellationToken cancellationToken) =>
        RememberAsync(integrationEvent.Reference, LetterKind.NotHandled, integrationEvent.LetterDate, integrationEvent.ObjectionDue, cancellationToken);

    private async Task RememberAsync(string reference, LetterKind kind, DateOnly letterDate, DateOnly objectionDue, CancellationToken cancellationToken)
    {
        if (!await db.Letters.AnyAsync(l => l.Reference == reference, cancellationToken))
        {
            db.Letters.Add(new ObjectableLetter { Id = Guid.CreateVersion7(), Reference = reference, Kind = kind, LetterDate = letterDate, ObjectionDue = objectionDue });
        }
    }
}
