using System.Security.Claims;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Handling.Attachments;

internal sealed record AttachmentAdded(Guid DocumentId);

internal static class AttachmentsEndpoint
{
    public static void MapAttachments(this IEndpointRouteBuilder api) =>
        api.MapPost("/cases/{reference}/attachments", AddAsync)
            .RequireAuthorization(AppPolicies.CaseWork)
            // API clients send a bearer token, which a foreign site cannot; the screens upload inside the Blazor circuit.
            .DisableAntiforgery()
            .WithName("AddAttachment")
            .WithSummary("Adds a file (pdf, docx, jpg, png, txt, eml; size-limited, content checked) to the case.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<AttachmentAdded>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status404NotFound);

    private static async Task<IResult> AddAsync(string reference, IFormFile? file, ClaimsPrincipal user, AttachmentsHandler handler, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [AttachmentsHandler.FileField] = ["No file was sent."] });
        }

        await using var content = file.OpenReadStream();
        var result = await handler.AddAsync(reference, file.FileName, content, user.Identity!.Name!, cancellationToken);
        return result.ToHttpResult(id => TypedResults.Created($"/api/cases/{reference}/documents/{id}", new AttachmentAdded(id)));
    }
}
