using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Letters;
using Focus.Quality.Handling.Outcomes;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Mail;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Handling.TermSignals;

internal sealed class TermSignalsOptions
{
    public const string Section = "Handling:TermSignals";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Raises a warning when a term enters its warning window and a breach when it passes, once per term: what was raised is
/// stored on the term, and the case's concurrency token keeps two app instances from raising it twice. The e-mail to
/// the assigned handler goes through the outbox in the same transaction.
/// </summary>
internal sealed class TermSignalsJob(IServiceScopeFactory scopes, IOptions<TermSignalsOptions> options, TimeProvider clock, ILogger<TermSignalsJob> logger)
    : BackgroundService
{
    private const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await SignalDueTermsAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Raising term warnings and breaches failed; trying again next round");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SignalDueTermsAsync(CancellationToken cancellationToken)
    {
        var today = AmsterdamTime.Today(clock);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HandlingDbContext>();
        var candidates = await db.Cases
            .Where(c => c.NextDueDate != null)
            .Where(c => c.Terms.Any(t => t.CompletedOn == null && t.Owner == TermOwner.Focus &&
                ((t.BreachedAt == null && t.DueDate < today) || (t.WarnedAt == null && t.BreachedAt == null && t.WarnFrom <= today))))
            .Select(c => c.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            await SignalCaseAsync(id, today, cancellationToken);
        }
    }

    private async Task SignalCaseAsync(Guid caseId, DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HandlingDbContext>();
        var @case = await db.Cases.Include(c => c.Timeline).SingleAsync(c => c.Id == caseId, cancellationToken);
        var now = clock.GetUtcNow();
        var signalled = @case.SignalTerms(today, now);
        if (signalled.Count == 0)
        {
            return;
        }

        var assignee = @case.AssignedTo is { } assigned
            ? (await scope.ServiceProvider.GetRequiredService<IStaffDirectory>().InRoleAsync(AppRoles.Handler, cancellationToken)).FirstOrDefault(s => s.UserName == assigned)
            : null;
        if (assignee is not null)
        {
            db.Publish(Mail(scope.ServiceProvider.GetRequiredService<IStringLocalizer<HandlingText>>(), @case, signalled, assignee.Email, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance (or a handler) changed the case first; the next round sees what is still due.
            return;
        }

        foreach (var (term, breached) in signalled)
        {
            (breached ? HandlingTelemetry.TermBreaches : HandlingTelemetry.TermWarnings).Add(1, new KeyValuePair<string, object?>("term", term.Code));
        }
    }

    private static MailRequested Mail(
        IStringLocalizer<HandlingText> text, Case @case, IReadOnlyList<(CaseTerm Term, bool Breached)> signalled, string to, DateTimeOffset now) =>
        CaseOutcomeWriter.InDutch(() =>
        {
            var lines = signalled.Select(s => text[s.Breached ? "Mail.Signal.Breached" : "Mail.Signal.Warning", text[$"Term.{s.Term.Code}"], LetterComposer.LongDate(s.Term.DueDate)].Value);
            var subject = text[signalled.Any(s => s.Breached) ? "Mail.Signal.SubjectBreached" : "Mail.Signal.SubjectWarning", @case.Reference];
            return new MailRequested(Guid.CreateVersion7(), now, to, subject, text["Mail.Signal.Body", @case.Reference, string.Join("\n", lines)], []);
        });
}
