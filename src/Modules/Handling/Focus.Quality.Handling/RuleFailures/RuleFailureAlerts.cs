using Focus.Quality.Handling.CaseFile;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Mail;
using Focus.Quality.Shared.Outbox;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.RuleFailures;

/// <summary>
/// A term rule that failed on a case: the quality officers get an e-mail (they own the rules) through the outbox, in the
/// same transaction that stores the case, and the administrator's failed-deliveries page lists it while the term waits
/// for a date set by hand. The case itself is not held back.
/// </summary>
internal sealed class RuleFailureAlerts(IServiceScopeFactory scopes) : IRuleFailureSource
{
    public const string Event = "RuleFailed";

    /// <summary>Queues the e-mail to every quality officer about the case's terms whose rule failed; none when no rule failed.</summary>
    public static async Task MailQualityOfficersAsync(
        HandlingDbContext db, Case @case, IStaffDirectory staff, IStringLocalizer<HandlingText> text, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var failed = @case.Terms.Where(t => t.NeedsDate).ToList();
        if (failed.Count == 0)
        {
            return;
        }

        foreach (var officer in await staff.InRoleAsync(AppRoles.QualityOfficer, cancellationToken))
        {
            db.Publish(DutchLetters.Compose(() => new MailRequested(
                Guid.CreateVersion7(), now, officer.Email, text["Mail.RuleFailed.Subject", @case.Reference],
                text["Mail.RuleFailed.Body", @case.Reference, string.Join("\n", failed.Select(t => Describe(text, @case.Reference, t.Code) + ": " + t.RuleFailure))],
                [])));
        }
    }

    public async Task<IReadOnlyList<FailedDelivery>> ListAsync(int max, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HandlingDbContext>();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<HandlingText>>();
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.Terms.Any(t => t.RuleFailure != null && t.CompletedOn == null))
            .OrderBy(c => c.ReceivedAt)
            .Take(max)
            .ToListAsync(cancellationToken);
        return [.. cases.SelectMany(c => c.Terms.Where(t => t.NeedsDate).Select(t => new FailedDelivery(
            t.Id, HandlingDbContext.SchemaName, Event, null, Describe(text, c.Reference, t.Code), 1,
            AmsterdamTime.FromLocal(t.StartDate.ToDateTime(TimeOnly.MinValue)), null, t.RuleFailure)))];
    }

    private static string Describe(IStringLocalizer<HandlingText> text, string reference, string code) =>
        text["RuleFailed.Summary", RuleWords.TermRule(text, code), reference, text[$"Term.{code}"]];
}
