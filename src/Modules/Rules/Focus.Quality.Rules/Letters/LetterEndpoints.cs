using System.Security.Claims;
using Focus.Quality.Rules.Api;
using Focus.Quality.Rules.Versions;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Rules.Letters;

internal sealed record PreviewRequest(string? Reference);

internal sealed record PreviewSummary(Guid Id, IReadOnlyList<string> Lines, bool HasPdf, string? PdfProblem);

/// <summary>/api/rules/letters: the letter templates as versions, as the page /regels/brieven uses them.</summary>
internal static class LetterEndpoints
{
    public static IEndpointRouteBuilder MapLetterEndpoints(this IEndpointRouteBuilder api)
    {
        var letters = api.MapGroup("/rules/letters").RequireAuthorization(AppPolicies.Rules).WithTags("Rules");
        letters.MapGet("/{template}/versions", HistoryAsync).WithSummary("The version history of a letter template (schriftelijke-reactie, niet-in-behandeling, …).");
        letters.MapGet("/{template}/versions/{number:int}/file", DownloadAsync).WithSummary("A version of the template as its file (.docx, or .txt for the e-mail), to edit in Word.");
        letters.MapPost("/{template}/versions", UploadAsync).DisableAntiforgery()
            .WithSummary("An edited template (multipart: file, comment) becomes a draft; refused with the field named when it holds an unknown merge field, lacks a required one or is no .docx.");
        letters.MapPost("/{template}/versions/{number:int}/preview", PreviewAsync).WithSummary("Fills a version with a case (reference) or sample values; the files are at /previews/{id}.");
        letters.MapGet("/previews/{id:guid}/{format:regex(^(docx|pdf|txt)$)}", PreviewFile).WithSummary("A preview made in the last half hour, as .docx, .pdf or (e-mail) .txt.");
        letters.MapPost("/{template}/versions/{number:int}/publish", PublishAsync).WithSummary("Publishes a draft with a required comment; the next letter uses it.");
        return api;
    }

    private static async Task<IResult> HistoryAsync(string template, RuleSetVersions versions, CancellationToken ct) =>
        RuleSetKinds.LetterFromSlug(template) is { } k ? TypedResults.Ok((await versions.HistoryAsync(k, ct)).Select(VersionSummary.From)) : TypedResults.NotFound();

    private static async Task<IResult> DownloadAsync(string template, int number, LetterUploads uploads, CancellationToken ct) =>
        RuleSetKinds.LetterFromSlug(template) is { } k && await uploads.DownloadAsync(k, number, ct) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.NotFound();

    private static async Task<IResult> UploadAsync(string template, IFormFile file, [Microsoft.AspNetCore.Mvc.FromForm] string? comment, ClaimsPrincipal user, LetterUploads uploads, CancellationToken ct)
    {
        if (RuleSetKinds.LetterFromSlug(template) is not { } k)
        {
            return TypedResults.NotFound();
        }

        if (file.Length > LetterUploads.MaxBytes)
        {
            return Result<SavedVersion>.Invalid("File", $"Het bestand is te groot (hoogstens {LetterUploads.MaxBytes / 1000} kB).").ToHttpResult(_ => TypedResults.Ok());
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return (await uploads.UploadAsync(k, file.FileName, buffer.ToArray(), user.Identity!.Name!, comment, ct)).ToHttpResult(saved => TypedResults.Ok(saved));
    }

    private static async Task<IResult> PreviewAsync(string template, int number, PreviewRequest request, LetterPreviews previews, CancellationToken ct)
    {
        if (RuleSetKinds.LetterFromSlug(template) is not { } k)
        {
            return TypedResults.NotFound();
        }

        var made = await previews.MakeAsync(k, number, request.Reference, ct);
        if (!made.IsSuccess)
        {
            return made.ToHttpResult(_ => TypedResults.Ok());
        }

        var preview = await previews.ConvertAsync(made.Value!, ct);
        return TypedResults.Ok(new PreviewSummary(preview.Id, preview.Lines, preview.Pdf is not null, preview.PdfProblem));
    }

    private static IResult PreviewFile(Guid id, string format, PreviewStore store)
    {
        var preview = store.Find(id);
        var file = format == "pdf" ? preview?.Pdf : preview?.File;
        return file is not null && file.FileName.EndsWith($".{format}", StringComparison.Ordinal)
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.NotFound();
    }

    private static async Task<IResult> PublishAsync(string template, int number, PublishRequest? request, ClaimsPrincipal user, RuleSetVersions versions, CancellationToken ct) =>
        RuleSetKinds.LetterFromSlug(template) is { } k
            ? (await versions.PublishAsync(k, number, user.Identity!.Name!, request?.Comment, ct)).ToHttpResult(published => TypedResults.Ok(new { number = published }))
            : TypedResults.NotFound();
}
