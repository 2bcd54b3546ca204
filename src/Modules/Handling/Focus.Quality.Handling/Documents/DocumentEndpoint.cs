using Focus.Quality.Handling.Persistence;
using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Handling.Documents;

internal static class DocumentEndpoint
{
    public static void MapDocuments(this IEndpointRouteBuilder api) =>
        api.MapGet("/cases/{reference}/documents/{documentId:guid}", DownloadAsync)
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("DownloadCaseDocument")
            .WithSummary("Downloads a letter or other document of a case.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status404NotFound);

    private static async Task<IResult> DownloadAsync(
        string reference, Guid documentId, HandlingDbContext db, IDocumentStore store, CancellationToken cancellationToken)
    {
        var document = await db.Cases.AsNoTracking()
            .Where(c => c.Reference == reference)
            .SelectMany(c => c.Documents)
            .SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        return document is null
            ? TypedResults.NotFound()
            : TypedResults.Stream(await store.OpenAsync(document.DocumentKey, cancellationToken), document.ContentType, document.FileName);
    }
}
