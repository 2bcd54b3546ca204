namespace Focus.Quality.Intake.Contracts;

/// <summary>
/// A mail from the complaints mailbox that a handler took for an objection to the letter of case
/// <paramref name="Reference"/>. Its original (<paramref name="EmlDocumentKey"/>) is the written objection and its
/// arrival the day it was received.
/// </summary>
public sealed record ObjectionMail(Guid Id, string Reference, DateTimeOffset ArrivedAt, string? Subject, string? Text, string FileName, string EmlDocumentKey);

/// <summary>For the director's objection registration: the mails waiting to be registered as objections.</summary>
public interface IObjectionMails
{
    Task<IReadOnlyList<ObjectionMail>> WaitingAsync(CancellationToken cancellationToken);

    Task<ObjectionMail?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The objection was registered from this mail; it leaves the director's list.</summary>
    Task RegisteredAsync(Guid id, string by, CancellationToken cancellationToken);
}
