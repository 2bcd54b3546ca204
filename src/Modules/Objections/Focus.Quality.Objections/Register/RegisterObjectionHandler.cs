using FluentValidation;
using Focus.Quality.Objections.Domain;
using Focus.Quality.Objections.Resources;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Time;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Objections.Register;

/// <summary>Registers a written objection against a sent letter, with its original; a late one is flagged by the objection rules.</summary>
internal sealed class RegisterObjectionHandler(
    ObjectionRegistration registration,
    IValidator<RegisterObjectionForm> validator,
    IObjectionRules rules,
    IStringLocalizer<ObjectionsText> text,
    TimeProvider clock)
{
    public const string FileField = "file";

    /// <summary>The advice the director sees while registering: does the objection come too late?</summary>
    public async Task<ObjectionAdvice?> LateAdviceAsync(string reference, DateOnly receivedOn, CancellationToken cancellationToken) =>
        await registration.LetterAsync(reference, cancellationToken) is { } letter
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
        var letter = await registration.LetterAsync(reference, cancellationToken);
        if (letter is null)
        {
            return Result<Guid>.Invalid(nameof(form.Reference), text["Validation.NoLetter", reference]);
        }

        if (form.ReceivedOn < letter.LetterDate)
        {
            return Result<Guid>.Invalid(nameof(form.ReceivedOn), text["Validation.BeforeLetter", letter.LetterDate.ToString("d")]);
        }

        var (upload, problem) = await registration.CheckAsync(fileName, original, cancellationToken);
        if (upload is null)
        {
            return Result<Guid>.Invalid(FileField, problem!);
        }

        var receivedMoment = AmsterdamTime.FromLocal(form.ReceivedOn.ToDateTime(new TimeOnly(12, 0)));
        var result = await registration.RegisterAsync(
            letter, form.ReceivedOn, receivedMoment, form.Via, form.Grounds!.Trim(), [new IncomingFile(ObjectionDocumentKind.Original, upload)], by, clock.GetUtcNow(),
            _ => [], cancellationToken);
        return result.IsSuccess ? Result<Guid>.Success(result.Value!.Id)
            : result.Status == ResultStatus.Conflict ? Result<Guid>.Conflict(result.Errors[string.Empty][0])
            : Result<Guid>.Unavailable(result.Errors[string.Empty][0]);
    }
}
