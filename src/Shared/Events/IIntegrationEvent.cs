namespace Focus.Quality.Shared.Events;

/// <summary>A fact one module tells the others. Implementations are past-tense sealed records in a *.Contracts project.</summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
