using Focus.Quality.Intake.Domain;
using Focus.Quality.Intake.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Intake.Mailbox;

/// <summary>The complaints mailbox read from a real IMAP server (dovecot): one item per message, moved only once stored.</summary>
public sealed class MailboxIntakeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Each_kind_of_message_becomes_one_item_with_its_eml_and_is_moved_to_Verwerkt()
    {
        await using var imap = await ImapServer.StartAsync();
        var arrivedAt = new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.FromHours(1));
        await imap.DeliverAsync(MailMessages.Plain(), arrivedAt);
        await imap.DeliverAsync(MailMessages.Html());
        await imap.DeliverAsync(MailMessages.WithAttachment("verslag.pdf", MailMessages.Pdf()));
        await imap.DeliverAsync(MailMessages.AutoReply());
        await imap.DeliverAsync(MailMessages.WithAttachment("factuur.pdf", MailMessages.Executable()));
        await imap.DeliverRawAsync(MailMessages.Malformed());

        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), imap.AppSettings());
        var items = await Eventually.GetAsync(async () => await ItemsAsync(app) is { Count: 6 } all ? all : null, Patience);
        await Eventually.TrueAsync(async () => await imap.CountAsync("INBOX") == 0 && await imap.CountAsync("Verwerkt") == 6, Patience);

        var plain = items.Single(i => i.Subject == "Klacht over mijn begeleiding");
        Assert.Equal(InboxMailKind.Mail, plain.Kind);
        Assert.Equal(arrivedAt, plain.ArrivedAt);
        Assert.Equal(MailMessages.ComplainantAddress, plain.FromAddress);
        Assert.Equal(MailMessages.Complainant, plain.FromName);
        Assert.Equal("Mijn begeleider kwam drie keer niet opdagen.", plain.Text);
        Assert.Contains("Klacht over mijn begeleiding", await File.ReadAllTextAsync(Document(app, plain.EmlDocumentKey)));

        var html = items.Single(i => i.Subject == "Klacht via webmail");
        Assert.Equal("Ik ben niet tevreden & wil een gesprek.", html.Text);

        var attached = items.Single(i => i.Subject == "Klacht met bijlage" && i.Attachments.Count == 1);
        Assert.Equal("verslag.pdf", attached.Attachments[0].FileName);
        Assert.Equal(MailMessages.Pdf(), await File.ReadAllBytesAsync(Document(app, attached.Attachments[0].DocumentKey)));

        var renamed = items.Single(i => i.Subject == "Klacht met bijlage" && i.Attachments.Count == 0);
        Assert.Contains("'factuur.pdf' is geweigerd", renamed.Note);
        Assert.Equal(InboxMailKind.Mail, renamed.Kind);

        Assert.Equal(InboxMailKind.AutoReply, items.Single(i => i.Subject?.StartsWith("Automatisch antwoord", StringComparison.Ordinal) == true).Kind);

        var malformed = items.Single(i => i.Kind == InboxMailKind.Unparseable);
        Assert.StartsWith("Het bericht", malformed.Note);
        // Dovecot hands out NUL bytes as 0x80; the rest is kept as the server gave it.
        Assert.Contains(" dit is geen e-mailbericht ", await File.ReadAllTextAsync(Document(app, malformed.EmlDocumentKey)));
    }

    [Fact]
    public async Task A_poller_that_dies_between_commit_and_move_leaves_one_item_per_message_after_restart()
    {
        await using var imap = await ImapServer.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            await imap.DeliverAsync(MailMessages.Plain($"Klacht {i}"));
        }

        var data = FocusApp.NewDataDirectory();
        await using (var dying = new FocusApp(data, imap.AppSettings(), services => services.AddSingleton<Focus.Quality.Intake.ReadMailbox.IProcessedMailMover, DiesAfterCommit>()))
        {
            await Eventually.TrueAsync(async () => (await ItemsAsync(dying)).Count > 0, Patience);
        }

        Assert.Equal(3, await imap.CountAsync("INBOX"));

        await using var restarted = new FocusApp(data, imap.AppSettings());
        _ = restarted.Services;
        var items = await Eventually.GetAsync(async () => await imap.CountAsync("Verwerkt") == 3 ? await ItemsAsync(restarted) : null, Patience);
        Assert.Equal(["Klacht 0", "Klacht 1", "Klacht 2"], items.Select(i => i.Subject).Order());
    }

    [Fact]
    public async Task Two_instances_polling_one_mailbox_make_one_item_per_message()
    {
        const int Messages = 20;
        await using var imap = await ImapServer.StartAsync();
        var data = FocusApp.NewDataDirectory();
        await using var first = new FocusApp(data, imap.AppSettings(pollInterval: "00:00:00.050"));
        await using var second = new FocusApp(data, imap.AppSettings(pollInterval: "00:00:00.050"));
        _ = first.Services;
        _ = second.Services;

        // Delivered while both poll, so both find the same new messages.
        for (var i = 0; i < Messages; i++)
        {
            await imap.DeliverAsync(MailMessages.Plain($"Klacht {i}"));
        }

        await Eventually.TrueAsync(async () => await imap.CountAsync("INBOX") == 0, Patience);
        var items = await ItemsAsync(first);
        Assert.Equal(Messages, items.Count);
        Assert.Equal(Messages, items.Select(i => i.MessageId).Distinct().Count());
        // Dovecot's MOVE is a copy and an expunge, so two sessions moving one message at once can leave two copies
        // in Verwerkt; what counts is that none stays behind and none became two items.
        Assert.True(await imap.CountAsync("Verwerkt") >= Messages);
        Assert.Equal(Messages, Directory.GetFiles(Path.Combine(data, "documents", "intake"), "*.eml", SearchOption.AllDirectories).Length);
    }

    private static Task<List<InboxMail>> ItemsAsync(FocusApp app) =>
        app.InScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().InboxMails.AsNoTracking().ToListAsync());

    private static string Document(FocusApp app, string key) => Path.Combine(app.DataDirectory, "documents", key);

    /// <summary>The poller's process ends right after the commit: nothing is ever moved.</summary>
    private sealed class DiesAfterCommit : Focus.Quality.Intake.ReadMailbox.IProcessedMailMover
    {
        public Task MoveAsync(MailKit.IMailFolder folder, MailKit.UniqueId uid, MailKit.IMailFolder processed, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The poller died between the commit and the move.");
    }
}
