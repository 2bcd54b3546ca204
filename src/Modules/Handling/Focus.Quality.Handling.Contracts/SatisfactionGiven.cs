using Focus.Quality.Shared.Events;

namespace Focus.Quality.Handling.Contracts;

/// <summary>The complainant answered the satisfaction question after closing: a score 1–5 and whether the complaint was resolved.</summary>
public sealed record SatisfactionGiven(Guid EventId, DateTimeOffset OccurredAt, string Reference, int Score, bool Resolved) : IIntegrationEvent;
