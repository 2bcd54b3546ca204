using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.Assign;

internal sealed record AssignRequest(string Assignee);

/// <summary>Assigns or reassigns a case to a handler.</summary>
internal sealed class AssignHandler(HandlingDbContext db, IStaffDirectory staff, IStringLocalizer<HandlingText> text, TimeProvider clock)
{
    public async Task<Result<string>> HandleAsync(string reference, AssignRequest request, string by, CancellationToken cancellationToken)
    {
        var handlers = await staff.InRoleAsync(AppRoles.Handler, cancellationToken);
        if (handlers.All(h => h.UserName != request.Assignee))
        {
            return Result<string>.Invalid(nameof(AssignRequest.Assignee), text["Validation.UnknownHandler"]);
        }

        var @case = await db.Cases.Include(c => c.Timeline).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null)
        {
            return Result<string>.NotFound();
        }

        db.Publish(@case.AssignTo(request.Assignee, by, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<string>.Conflict(text["Common.ChangedByOther"]);
        }

        return Result<string>.Success(request.Assignee);
    }
}
