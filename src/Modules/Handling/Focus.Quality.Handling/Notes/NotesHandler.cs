using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Shared.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.Notes;

internal sealed record InternalNoteRequest(string? Note);

internal sealed record CommunicationRequest(CommunicationChannel Channel, CommunicationDirection Direction, DateTimeOffset At, string? Summary);

/// <summary>Internal notes (never sent) and the log of external communication, both on the case's timeline.</summary>
internal sealed class NotesHandler(HandlingDbContext db, IStringLocalizer<HandlingText> text, TimeProvider clock)
{
    private const int MaxLength = 4000;

    public Task<Result<bool>> AddNoteAsync(string reference, InternalNoteRequest request, string by, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(request.Note) || request.Note.Length > MaxLength
            ? Task.FromResult(Result<bool>.Invalid(nameof(InternalNoteRequest.Note), text["Validation.NoteText", MaxLength]))
            : ChangeAsync(reference, @case => @case.AddInternalNote(request.Note.Trim(), by, clock.GetUtcNow()), cancellationToken);

    public Task<Result<bool>> LogCommunicationAsync(string reference, CommunicationRequest request, string by, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Summary) || request.Summary.Length > MaxLength)
        {
            return Task.FromResult(Result<bool>.Invalid(nameof(CommunicationRequest.Summary), text["Validation.NoteText", MaxLength]));
        }

        if (!Enum.IsDefined(request.Channel) || !Enum.IsDefined(request.Direction) || request.At > clock.GetUtcNow().AddMinutes(5))
        {
            return Task.FromResult(Result<bool>.Invalid(nameof(CommunicationRequest.At), text["Validation.Communication"]));
        }

        return ChangeAsync(reference, @case => @case.LogCommunication(request.Channel, request.Direction, request.At, request.Summary.Trim(), by), cancellationToken);
    }

    private async Task<Result<bool>> ChangeAsync(string reference, Action<Case> change, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.Include(c => c.Timeline).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null)
        {
            return Result<bool>.NotFound();
        }

        change(@case);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<bool>.Conflict(text["Common.ChangedByOther"]);
        }

        return Result<bool>.Success(true);
    }
}
