using FluentValidation;
using Focus.Quality.Objections.Domain;
using Focus.Quality.Objections.Persistence;
using Focus.Quality.Objections.Resources;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Objections.Register;

/// <summary>Registers an objection against a sent letter, with its original; a late one is flagged by the objection rules.</summary>
internal sealed class RegisterObjectionHandler(
    ObjectionsDbContext db,
    IValidator<RegisterObjectionForm> validator,
    IObjectionRules rules,
    ITermRules termRules,
    IDocumentStore documents,
    IOptions<UploadOptions> uploads,
    IStringLocalizer<ObjectionsText> text,
    TimeProvider clock)
{
    public const string FileField = "file";

    /// <summary>The advice the director sees while registering: does the objection come too late?</summary>
    public async Task<ObjectionAdvice?> LateAdviceAsync(string reference, DateOnly receivedOn, CancellationToken cancellationToken) =>
        await db.Letters.AsNoTracking().SingleOrDefaultAsync(l => l.Reference == reference, cancellationToken) is { } letter
            ? (await rules.AdviseAsync(new ObjectionFacts(receivedOn, letter.ObjectionDue), cancellationToken)).FirstOrDefault()
            : null;

    /// <param name="fileName">The original's file name; null with <paramref name="original"/> when none was attached.</param>
    public async Task<Result<Guid>> HandleAsync(RegisterObjectionForm form, string? fileName, Stream? original, string by, CancellationToken cancellationToken)
    {
        using var activity = ObjectionsTelemetry.Source.StartActivity("register objection");
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid || fileName is null || original is null)
        {
            // Every missing field at once, the original included, so the director fixes the form in one go.
            var errors = validation.ToDictionary();
            if (fileName is null || original is null)
            {
                errors[FileField] = [text["Register.OriginalRequired"]];
            }

            return Result<Guid>.Invalid(errors);
        }

        var reference = form.Reference!.Trim().ToUpperInvariant();
        var letter = await db.Letters.AsNoTracking().SingleOrDefaultAsync(l => l.Reference == reference, cancellationToken);
        if (letter is null)
        {
            return Result<Guid>.Invalid(nameof(form.Reference), text["Validation.NoLetter", reference]);
        }

        if (form.ReceivedOn < letter.LetterDate)
        {
            return Result<Guid>.Invalid(nameof(form.ReceivedOn), text["Validation.BeforeLetter", letter.LetterDate.ToString("d")]);
        }

        if (await db.Objections.AnyAsync(o => o.Reference == reference, cancellationToken))
        {
            return Result<Guid>.Conflict(text["Register.AlreadyRegistered", reference]);
        }

        var (upload, problem) = await Uploads.CheckAsync(fileName, original, uploads.Value, cancellationToken);
        if (upload is null)
        {
            return Result<Guid>.Invalid(FileField, problem switch
            {
                UploadProblem.TypeNotAllowed => text["Upload.TypeNotAllowed", string.Join(", ", uploads.Value.AllowedExtensions)],
                UploadProblem.TooLarge => text["Upload.TooLarge", uploads.Value.MaxMegabytes],
                _ => text["Upload.ContentMismatch", Path.GetExtension(fileName)],
            });
        }

        var advice = (await rules.AdviseAsync(new ObjectionFacts(form.ReceivedOn, letter.ObjectionDue), cancellationToken)).FirstOrDefault();
        var receivedMoment = AmsterdamTime.FromLocal(form.ReceivedOn.ToDateTime(new TimeOnly(12, 0)));
        var invitationTerm = ((await termRules.ComputeAsync(new TermRequest(TermTriggers.ObjectionReceived, receivedMoment, form.Via.ToString(), letter.Kind.ToString()), cancellationToken))
            .SingleOrDefault(t => t.Code == TermCodes.HearingInvitation)
            ?? throw new InvalidOperationException("The published term rules define no hearing invitation term for a received objection.")).Applied();
        var now = clock.GetUtcNow();
        string key;
        try
        {
            key = await documents.SaveAsync("objections", upload.Extension, upload.Bytes, cancellationToken);
        }
        catch (DocumentStoreUnavailableException ex)
        {
            return Result<Guid>.Unavailable(ex.Message);
        }

        var document = new ObjectionDocument(Guid.CreateVersion7(), ObjectionDocumentKind.Original, upload.FileName, upload.ContentType, upload.Bytes.Length, key, now, by);
        var (objection, registered) = Objection.Register(letter, form.ReceivedOn, form.Via, form.Grounds!.Trim(), advice, document, invitationTerm, by, now);
        db.Objections.Add(objection);
        db.Publish(registered);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique reference index: a colleague registered the same objection a moment earlier.
            return Result<Guid>.Conflict(text["Register.AlreadyRegistered", reference]);
        }

        return Result<Guid>.Success(objection.Id);
    }
}
