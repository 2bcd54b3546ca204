using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Shared.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Handling.Portal;

internal static class PortalEndpoints
{
    /// <summary>The complainant's letters, opened with the status page's own secret; anything else is the same 404.</summary>
    public static void MapPortalLetters(this IEndpointRouteBuilder app) =>
        app.MapGet("/mijn-klacht/{reference}/brieven/{documentId:guid}", DownloadAsync)
            .AllowAnonymous()
            .ExcludeFromDescription();

    private static async Task<IResult> DownloadAsync(
        string reference, Guid documentId, string? t, HttpContext context, PortalAccessLimiter limiter, PortalLinks links, HandlingDbContext db,
        IDocumentStore store, CancellationToken cancellationToken)
    {
        if (!limiter.Admits(context, reference))
        {
            return TypedResults.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var document = await links.OpensAsync(reference, t, cancellationToken)
            ? await db.Cases.AsNoTracking().Where(c => c.Reference == reference).SelectMany(c => c.Documents)
                .Where(d => d.Kind == DocumentKind.ResponseLetter || d.Kind == DocumentKind.NotHandledLetter)
                .SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken)
            : null;
        if (document is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Stream(await store.OpenAsync(document.DocumentKey, cancellationToken), document.ContentType, document.FileName);
    }
}
