using Focus.Quality.Objections.Domain;
using Focus.Quality.Objections.Persistence;
using Focus.Quality.Objections.Resources;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Events;
using Focus.Quality.Shared.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Objections.Register;

/// <summary>A file of a new objection with the kind it is filed as.</summary>
internal sealed record IncomingFile(ObjectionDocumentKind Kind, CheckedUpload Upload);

/// <summary>
/// What registering an objection is, however it arrived (a written one the director registers, or one the complainant
/// made on the status page): the late check, the hearing invitation term, the files, one objection per case.
/// </summary>
internal sealed class ObjectionRegistration(
    ObjectionsDbContext db,
    IObjectionRules rules,
    ITermRules termRules,
    IDocumentStore documents,
    IOptions<UploadOptions> uploads,
    IStringLocalizer<ObjectionsText> text)
{
    public Task<ObjectableLetter?> LetterAsync(string reference, CancellationToken cancellationToken) =>
        db.Letters.AsNoTracking().SingleOrDefaultAsync(l => l.Reference == reference, cancellationToken);

    /// <summary>The upload checks staff uploads get, with the Dutch reason a refused file gets.</summary>
    public async Task<(CheckedUpload? Upload, string? Problem)> CheckAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        var (upload, problem) = await Uploads.CheckAsync(fileName, content, uploads.Value, cancellationToken);
        return (upload, problem switch
        {
            null => null,
            UploadProblem.TypeNotAllowed => text["Upload.TypeNotAllowed", string.Join(", ", uploads.Value.AllowedExtensions)].Value,
            UploadProblem.TooLarge => text["Upload.TooLarge", uploads.Value.MaxMegabytes].Value,
            _ => text["Upload.ContentMismatch", Path.GetExtension(fileName)].Value,
        });
    }

    /// <summary>
    /// Registers the objection received at <paramref name="receivedAt"/> (its day is the received date) and saves it with
    /// its event and whatever <paramref name="alsoPublish"/> adds; a conflict when the case has one already.
    /// </summary>
    public async Task<Result<Objection>> RegisterAsync(
        ObjectableLetter letter, DateOnly receivedOn, DateTimeOffset receivedAt, ReceivedVia via, string grounds, IReadOnlyList<IncomingFile> files, string by,
        DateTimeOffset now, Func<Objection, IEnumerable<IIntegrationEvent>> alsoPublish, CancellationToken cancellationToken)
    {
        if (await db.Objections.AnyAsync(o => o.Reference == letter.Reference, cancellationToken))
        {
            return Result<Objection>.Conflict(text["Register.AlreadyRegistered", letter.Reference]);
        }

        var advice = (await rules.AdviseAsync(new ObjectionFacts(receivedOn, letter.ObjectionDue), cancellationToken)).FirstOrDefault();
        var invitationTerm = ((await termRules.ComputeAsync(new TermRequest(TermTriggers.ObjectionReceived, receivedAt, via.ToString(), letter.Kind.ToString()), cancellationToken))
            .SingleOrDefault(t => t.Code == TermCodes.HearingInvitation)
            ?? throw new InvalidOperationException("The published term rules define no hearing invitation term for a received objection.")).Applied();
        var stored = new List<ObjectionDocument>();
        try
        {
            foreach (var (kind, upload) in files)
            {
                var key = await documents.SaveAsync("objections", upload.Extension, upload.Bytes, cancellationToken);
                stored.Add(new ObjectionDocument(Guid.CreateVersion7(), kind, upload.FileName, upload.ContentType, upload.Bytes.Length, key, now, by));
            }
        }
        catch (DocumentStoreUnavailableException ex)
        {
            return Result<Objection>.Unavailable(ex.Message);
        }

        var (objection, registered) = Objection.Register(letter, receivedOn, via, grounds, advice, stored, invitationTerm, by, now);
        db.Objections.Add(objection);
        db.Publish(registered);
        foreach (var also in alsoPublish(objection))
        {
            db.Publish(also);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique reference index: the same objection was registered a moment earlier (a colleague, or a second submit).
            db.ChangeTracker.Clear();
            return Result<Objection>.Conflict(text["Register.AlreadyRegistered", letter.Reference]);
        }

        return Result<Objection>.Success(objection);
    }
}
