using Focus.Quality.Handling.Contracts;

namespace Focus.Quality.Handling.Domain;

internal sealed record Acknowledgement(AcknowledgementMethod Method, DateTimeOffset At, string By, string? Note);
