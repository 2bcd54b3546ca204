using System.Globalization;
using System.Text.RegularExpressions;
using Focus.Quality.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

/// <summary>
/// A mail in the complaints mailbox (a real dovecot) becomes a complaint from "Postvak klachten", and the sender's next
/// mail is added to that case.
/// </summary>
public sealed class MailInboxTests : IAsyncLifetime
{
    private const string Subject = "Klacht over de planning van mijn zorg";
    private const string FollowUp = "Aanvulling op mijn klacht";
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private readonly DateTimeOffset _arrivedAt = DateTimeOffset.UtcNow.AddDays(-1).AddMinutes(-17);
    private ImapServer _imap = null!;
    private MailboxApp _app = null!;

    public async Task InitializeAsync()
    {
        _imap = await ImapServer.StartAsync();
        await _imap.DeliverAsync(Mail(Subject, "Al drie weken wordt mijn afspraak op het laatste moment verzet."), _arrivedAt);
        _app = new MailboxApp(_imap.AppSettings().ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!));
        await _app.InitializeAsync();
    }

    [Fact]
    public async Task A_handler_registers_a_mail_as_a_complaint_received_at_its_arrival_and_adds_the_senders_next_mail_to_that_case()
    {
        var page = await _app.NewPageAsync();
        await _app.LogInAsync(page, "behandelaar@focus.example", "/postvak");
        await ReloadUntilVisibleAsync(page, page.GetByText(Subject));

        await page.Locator("[data-testid=register-mail]").First.ClickAsync();
        await Expect(page.Locator("[data-testid=from-mail]")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Naam")).ToHaveValueAsync("Jan Bakker");
        await _app.RetryAsync(page, () => page.Locator("[data-testid=register]").ClickAsync(), () => Expect(page).ToHaveURLAsync(new Regex(@"/zaken/KL-"), new() { Timeout = 3000 }));
        await _app.WaitForCaseAsync(page);

        var arrival = TimeZoneInfo.ConvertTime(_arrivedAt, Amsterdam).ToString("g", CultureInfo.GetCultureInfo("nl-NL"));
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ontvangen" }).First).ToContainTextAsync(arrival);
        await ReloadUntilVisibleAsync(page, page.GetByText(new Regex(@"^e-mail \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.eml$")).First);

        var reference = Regex.Match(page.Url, @"KL-\d{4}-\d{5}").Value;
        await _imap.DeliverAsync(Mail(FollowUp, "Gisteren is het wéér gebeurd."));
        await page.GotoAsync($"{_app.BaseUrl}/postvak");
        await ReloadUntilVisibleAsync(page, page.GetByText(FollowUp));
        await page.Locator("[data-testid=add-mail-to-case]").First.ClickAsync();
        await Expect(page.Locator("[data-testid=suggestion-reason]")).ToHaveTextAsync($"De afzender heeft een lopende klacht: {reference}");
        await page.Locator("[data-testid=add-to-case-confirm]").ClickAsync();
        await Expect(page.Locator("[data-testid=mail-added]")).ToContainTextAsync(reference);
        await Expect(page.GetByText(FollowUp)).ToHaveCountAsync(0);

        await page.GotoAsync($"{_app.BaseUrl}/zaken/{reference}");
        await ReloadUntilVisibleAsync(page, page.GetByText(FollowUp).First);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _imap.DisposeAsync();
    }

    private static MimeMessage Mail(string subject, string text)
    {
        var mail = new MimeMessage();
        mail.From.Add(new MailboxAddress("Jan Bakker", "jan.bakker@example.org"));
        mail.To.Add(MailboxAddress.Parse(ImapServer.UserName));
        mail.Subject = subject;
        mail.Body = new TextPart("plain") { Text = text };
        return mail;
    }

    /// <summary>The poller and the outbox work in the background; the page shows what was there when it loaded.</summary>
    private static async Task ReloadUntilVisibleAsync(IPage page, ILocator locator)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await locator.WaitForAsync(new() { Timeout = 5_000 });
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                await page.ReloadAsync();
            }
        }
    }

    private sealed class MailboxApp(IReadOnlyDictionary<string, string> settings) : RunningApp(settings);
}
