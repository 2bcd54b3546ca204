using System.Security.Claims;
using Focus.Quality.Objections.Conclude;
using Focus.Quality.Objections.Domain;
using Focus.Quality.Objections.Hearings;
using Focus.Quality.Objections.Late;
using Focus.Quality.Objections.ObjectionFile;
using Focus.Quality.Objections.Persistence;
using Focus.Quality.Objections.Register;
using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Objections;

internal sealed record ObjectionStepDone(Guid Id);

internal static class ObjectionEndpoints
{
    public static void MapObjectionSteps(this IEndpointRouteBuilder api)
    {
        var objections = api.MapGroup("/objections").RequireAuthorization(AppPolicies.Objections).WithTags("Objections");
        objections.MapGet("/", async (bool? open, ObjectionQuery query, CancellationToken ct) => TypedResults.Ok(await query.ListAsync(open ?? true, ct)))
            .WithName("ListObjections").WithSummary("The director's worklist of objections, by the nearest term.");
        objections.MapGet("/open-to-objection", async (ObjectionQuery query, CancellationToken ct) => TypedResults.Ok(await query.OpenToObjectionAsync(ct)))
            .WithName("ListOpenToObjection").WithSummary("References of sent letters that have no objection yet.");
        objections.MapGet("/{reference}", async Task<IResult> (string reference, ObjectionQuery query, CancellationToken ct) =>
                await query.FindAsync(reference, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("GetObjection").WithSummary("One objection with its terms, documents and steps.");
        objections.MapPost("/", RegisterAsync)
            // API clients send a bearer token, which a foreign site cannot; the screens register inside the Blazor circuit.
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("RegisterObjection").WithSummary("Registers a written objection with its original (multipart: reference, receivedOn, via, grounds, file).");
        Step<LateDecisionForm, LateDecisionHandler>(objections, "late-decision", (h, r, f, by, ct) => h.HandleAsync(r, f, by, ct));
        Step<InviteForm, HearingHandler>(objections, "invitation", (h, r, f, by, ct) => h.InviteAsync(r, f, by, ct));
        Step<HearingReportForm, HearingHandler>(objections, "hearing-report", (h, r, f, by, ct) => h.RecordAsync(r, f, by, ct));
        Step<WaiveForm, HearingHandler>(objections, "waiver", (h, r, f, by, ct) => h.WaiveAsync(r, f, by, ct));
        Step<SettleForm, ConcludeHandler>(objections, "settlement", (h, r, f, by, ct) => h.SettleAsync(r, f, by, ct));
        Step<DecideForm, ConcludeHandler>(objections, "decision", (h, r, f, by, ct) => h.DecideAsync(r, f, by, ct));
        objections.MapGet("/{reference}/documents/{documentId:guid}", DownloadAsync)
            .WithName("DownloadObjectionDocument").WithSummary("Downloads the original or a letter of an objection.");
    }

    private static void Step<TForm, THandler>(
        RouteGroupBuilder group, string path, Func<THandler, string, TForm, string, CancellationToken, Task<Result<Guid>>> run)
        where THandler : notnull =>
        group.MapPost($"/{{reference}}/{path}", async (string reference, TForm form, ClaimsPrincipal user, THandler handler, CancellationToken ct) =>
                (await run(handler, reference, form, user.Identity!.Name!, ct)).ToHttpResult(id => TypedResults.Ok(new ObjectionStepDone(id))))
            .WithName($"Objection-{path}")
            .Produces<ObjectionStepDone>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces(StatusCodes.Status404NotFound);

    private static async Task<IResult> RegisterAsync(
        [FromForm] string? reference, [FromForm] DateOnly receivedOn, [FromForm] ReceivedVia via, [FromForm] string? grounds, IFormFile? file,
        ClaimsPrincipal user, RegisterObjectionHandler handler, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream();
        var form = new RegisterObjectionForm { Reference = reference, ReceivedOn = receivedOn, Via = via, Grounds = grounds };
        var result = await handler.HandleAsync(form, file?.FileName, content, user.Identity!.Name!, cancellationToken);
        return result.ToHttpResult(id => TypedResults.Created($"/api/objections/{form.Reference}", new ObjectionStepDone(id)));
    }

    private static async Task<IResult> DownloadAsync(string reference, Guid documentId, ObjectionsDbContext db, IDocumentStore store, CancellationToken cancellationToken)
    {
        var document = await db.Objections.AsNoTracking().Where(o => o.Reference == reference).SelectMany(o => o.Documents)
            .SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        return document is null
            ? TypedResults.NotFound()
            : TypedResults.Stream(await store.OpenAsync(document.DocumentKey, cancellationToken), document.ContentType, document.FileName);
    }
}
