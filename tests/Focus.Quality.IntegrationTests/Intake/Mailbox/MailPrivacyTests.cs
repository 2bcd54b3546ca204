using System.Text;
using Focus.Quality.Intake.Domain;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Intake.TriageMail;
using Focus.Quality.Shared.Privacy;
using Focus.Quality.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Intake.Mailbox;

/// <summary>Mails are personal data: an access request shows them, and one never joined to a case goes after the retention period.</summary>
public sealed class MailPrivacyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_access_request_export_holds_the_addresses_mails_and_a_set_aside_mail_is_erased_after_the_retention_period()
    {
        await using var imap = await ImapServer.StartAsync();
        await imap.DeliverAsync(MailMessages.Plain("Geen klacht maar een vraag"));
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), imap.AppSettings(new Dictionary<string, string?>
        {
            ["Privacy:Retention:Months"] = "0",
            ["Privacy:Retention:Interval"] = "00:00:00.200",
        }));
        var mail = await Eventually.GetAsync(async () => (await app.InScopeAsync(sp => sp.GetRequiredService<MailTriage>().OpenAsync(CancellationToken.None))).SingleOrDefault(), Patience);

        var export = await app.InScopeAsync(sp => sp.GetRequiredService<PersonalDataExport>().ExportAsync(DataSubject.Parse(MailMessages.ComplainantAddress)!, "test", CancellationToken.None));
        Assert.Contains("Geen klacht maar een vraag", Encoding.UTF8.GetString(export.Content), StringComparison.Ordinal);
        // Open, it waits for a handler however old it is.
        var stored = await ItemAsync(app, mail.Id);
        Assert.Null(stored.Note);

        await app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<MailTriage>().SetAsideAsync(mail.Id, "Vraag", FocusApp.UserFor(AppRoles.Handler), CancellationToken.None);
            return 0;
        });

        var erased = await Eventually.GetAsync(async () => await ItemAsync(app, mail.Id) is { Note: Anonymised.Text } item ? item : null, Patience);
        Assert.Null(erased.FromAddress);
        Assert.Null(erased.Subject);
        Assert.Null(erased.Text);
        Assert.False(File.Exists(Path.Combine(app.DataDirectory, "documents", stored.EmlDocumentKey)));
    }

    private static Task<InboxMail> ItemAsync(FocusApp app, Guid id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().InboxMails.AsNoTracking().SingleAsync(m => m.Id == id));
}
