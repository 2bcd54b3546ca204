using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Shared.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.Letters;

/// <summary>Letters of cases that went out as .docx because LibreOffice could not make their PDF/A, for the administrator.</summary>
internal sealed class LetterPdfFailures(IServiceScopeFactory scopes) : IRuleFailureSource
{
    public async Task<IReadOnlyList<FailedDelivery>> ListAsync(int max, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HandlingDbContext>();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<HandlingText>>();
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.Timeline.Any(e => e.Kind == TimelineKind.LetterPdfFailed))
            .OrderByDescending(c => c.ReceivedAt)
            .Take(max)
            .ToListAsync(cancellationToken);
        return [.. cases.SelectMany(c => c.Timeline.Where(e => e.Kind == TimelineKind.LetterPdfFailed && e.Details != null).Select(e =>
        {
            var (fileName, reason) = (e.Details!.Split('|', 2)[0], e.Details.Split('|', 2)[1]);
            return new FailedDelivery(e.Id, HandlingDbContext.SchemaName, nameof(TimelineKind.LetterPdfFailed), null, text["LetterPdf.Failed", fileName, c.Reference], 1, e.At, null, reason);
        }))];
    }
}
