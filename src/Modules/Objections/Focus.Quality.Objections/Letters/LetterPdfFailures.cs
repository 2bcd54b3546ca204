using Focus.Quality.Objections.Domain;
using Focus.Quality.Objections.Persistence;
using Focus.Quality.Objections.Resources;
using Focus.Quality.Shared.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Objections.Letters;

/// <summary>Letters of objections that went out as .docx because LibreOffice could not make their PDF/A, for the administrator.</summary>
internal sealed class LetterPdfFailures(IServiceScopeFactory scopes) : IRuleFailureSource
{
    public async Task<IReadOnlyList<FailedDelivery>> ListAsync(int max, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ObjectionsDbContext>();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<ObjectionsText>>();
        var objections = await db.Objections.AsNoTracking()
            .Where(o => o.Timeline.Any(e => e.Step == ObjectionStep.LetterPdfFailed))
            .OrderByDescending(o => o.ReceivedOn)
            .Take(max)
            .ToListAsync(cancellationToken);
        return [.. objections.SelectMany(o => o.Timeline.Where(e => e.Step == ObjectionStep.LetterPdfFailed && e.Details != null).Select(e =>
        {
            var (fileName, reason) = (e.Details!.Split('|', 2)[0], e.Details.Split('|', 2)[1]);
            return new FailedDelivery(e.Id, ObjectionsDbContext.SchemaName, nameof(ObjectionStep.LetterPdfFailed), null, text["LetterPdf.Failed", fileName, o.Reference], 1, e.At, null, reason);
        }))];
    }
}
