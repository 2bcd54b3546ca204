using System.Text.Json;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.Domain;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Intake.RecordSignal;
using Focus.Quality.Intake.TriageMail;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Intake.Mailbox;

/// <summary>"Postvak klachten": a mail from the mailbox becomes a complaint whose case keeps the mail, or is set aside.</summary>
public sealed class MailTriageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_mail_registered_as_a_complaint_puts_its_eml_and_attachment_on_the_case_as_incoming_mail()
    {
        await using var imap = await ImapServer.StartAsync();
        var arrivedAt = EarlierToday(TimeSpan.FromHours(3));
        await imap.DeliverAsync(MailMessages.WithAttachment("verslag.pdf", MailMessages.Pdf()), arrivedAt);
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), imap.AppSettings());
        var mail = await Eventually.GetAsync(async () => (await OpenAsync(app)).SingleOrDefault(), Patience);
        Assert.Equal(MailTriage.TermInWorkingDays, mail.WorkingDaysLeft);
        var handler = await app.ClientForAsync(AppRoles.Handler);

        var reference = await Api.RegisterAsync(handler, mail.ArrivedAt, "Email", MailMessages.ComplainantAddress);
        await app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<MailTriage>().RegisteredAsync(mail.Id, reference, FocusApp.UserFor(AppRoles.Handler), CancellationToken.None);
            return 0;
        });

        var @case = await Eventually.GetAsync<JsonElement?>(async () =>
            await Api.CaseAsync(handler, reference) is var found && found.GetProperty("documents").GetArrayLength() == 2 ? found : null, Patience);
        var documents = @case!.Value.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("fileName").GetString()!).ToList();
        Assert.Contains(documents, name => name.StartsWith("e-mail ", StringComparison.Ordinal) && name.EndsWith(".eml", StringComparison.Ordinal));
        Assert.Contains("verslag.pdf", documents);
        Assert.Contains(@case.Value.GetProperty("timeline").EnumerateArray(), e =>
            e.GetProperty("kind").GetString() == "Communication" && e.GetProperty("details").GetString() == "Email|Incoming|Klacht met bijlage");
        Assert.Empty(await OpenAsync(app));
        Assert.Equal(InboxMailStatus.RegisteredAsComplaint, (await app.InScopeAsync(sp =>
            sp.GetRequiredService<IntakeDbContext>().InboxMails.SingleAsync(m => m.Id == mail.Id))).Status);
    }

    [Fact]
    public async Task A_mail_set_aside_leaves_the_list_with_its_reason_and_can_be_taken_back()
    {
        await using var imap = await ImapServer.StartAsync();
        await imap.DeliverAsync(MailMessages.Plain("Vraag over openingstijden"));
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), imap.AppSettings());
        var mail = await Eventually.GetAsync(async () => (await OpenAsync(app)).SingleOrDefault(), Patience);

        await app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<MailTriage>().SetAsideAsync(mail.Id, "Een vraag, geen klacht", FocusApp.UserFor(AppRoles.Handler), CancellationToken.None);
            return 0;
        });
        Assert.Empty(await OpenAsync(app));
        var stored = await app.InScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().InboxMails.SingleAsync(m => m.Id == mail.Id));
        Assert.Equal("Een vraag, geen klacht", stored.SetAsideReason);
        Assert.Equal(FocusApp.UserFor(AppRoles.Handler), stored.HandledBy);

        await app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<MailTriage>().ReopenAsync(mail.Id, CancellationToken.None);
            return 0;
        });
        Assert.Equal(mail.Id, Assert.Single(await OpenAsync(app)).Id);
    }

    [Fact]
    public async Task A_mail_recorded_as_a_signal_leaves_the_list_with_its_arrival_as_the_signals_receipt()
    {
        await using var imap = await ImapServer.StartAsync();
        var arrivedAt = EarlierToday(TimeSpan.FromHours(1));
        await imap.DeliverAsync(MailMessages.Plain("Wachttijd aan de telefoon", "Ik hing twintig minuten in de wacht."), arrivedAt);
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), imap.AppSettings());
        var mail = await Eventually.GetAsync(async () => (await OpenAsync(app)).SingleOrDefault(), Patience);
        var form = new SignalForm
        {
            MailId = mail.Id, Channel = ComplaintChannel.Email, ReceivedAt = mail.ArrivedAt, Description = "Lange wachttijd", Resolution = "Teruggebeld en excuses gemaakt.",
        };

        var recorded = await app.InScopeAsync(sp => sp.GetRequiredService<RecordSignalHandler>().HandleAsync(form, FocusApp.UserFor(AppRoles.Handler), CancellationToken.None));
        var again = await app.InScopeAsync(sp => sp.GetRequiredService<RecordSignalHandler>().HandleAsync(form, FocusApp.UserFor(AppRoles.Handler), CancellationToken.None));

        Assert.True(recorded.IsSuccess);
        Assert.Equal(ResultStatus.Conflict, again.Status);
        Assert.Empty(await OpenAsync(app));
        var signal = await app.InScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().Signals.SingleAsync());
        Assert.Equal(arrivedAt.ToUnixTimeSeconds(), signal.ReceivedAt.ToUnixTimeSeconds());
        Assert.Equal(InboxMailStatus.RecordedAsSignal, (await app.InScopeAsync(sp =>
            sp.GetRequiredService<IntakeDbContext>().InboxMails.SingleAsync(m => m.Id == mail.Id))).Status);
    }

    [Fact]
    public async Task The_worklist_counts_waiting_mails_and_those_not_handled_within_a_working_day()
    {
        await using var imap = await ImapServer.StartAsync();
        await imap.DeliverAsync(MailMessages.Plain("Vandaag"), EarlierToday(TimeSpan.FromMinutes(5)));
        await imap.DeliverAsync(MailMessages.Plain("Vorige week"), DateTimeOffset.UtcNow.AddDays(-7));
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), imap.AppSettings());

        var mails = await Eventually.GetAsync(async () => await OpenAsync(app) is { Count: 2 } all ? all : null, Patience);

        Assert.Equal([("Vorige week", true), ("Vandaag", false)], mails.Select(m => (m.Subject, m.Overdue)));
        Assert.Equal(new MailboxCount(2, 1), await app.InScopeAsync(sp => sp.GetRequiredService<IMailboxCounts>().CountAsync(CancellationToken.None)));
    }

    /// <summary>Some time ago, but on today's Dutch date: a mail from before midnight would already have used a working day of its term.</summary>
    private static DateTimeOffset EarlierToday(TimeSpan ago)
    {
        var now = DateTimeOffset.UtcNow;
        var startOfToday = AmsterdamTime.FromLocal(AmsterdamTime.LocalNow(TimeProvider.System).Date);
        return now - ago > startOfToday ? now - ago : startOfToday;
    }

    private static Task<IReadOnlyList<OpenMail>> OpenAsync(FocusApp app) =>
        app.InScopeAsync(sp => sp.GetRequiredService<MailTriage>().OpenAsync(CancellationToken.None));
}
