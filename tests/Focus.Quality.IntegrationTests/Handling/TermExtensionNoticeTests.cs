using System.Globalization;
using System.Net;
using Focus.Quality.Shared.Security;
using MimeKit;

namespace Focus.Quality.IntegrationTests.Handling;

public sealed class TermExtensionNoticeTests
{
    [Fact]
    public async Task Extending_a_term_mails_the_complainant_the_new_date_and_only_the_shared_reason_signed_by_the_handler()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), smtp.AppSettings());
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        var due = DateOnly.Parse(Api.Term(await Api.CaseAsync(handler, reference), "Response").GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture);

        var extended = await handler.PostAsJsonAsync($"/api/cases/{reference}/term-extension", new
        {
            termCode = "Response",
            newDueDate = due.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            reason = "Collega met verlof, intern",
            reasonForComplainant = "Wij wachten op informatie van uw werkgever.",
        });

        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        var notice = await Eventually.GetAsync(() => Task.FromResult(smtp.Messages()
            .Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m))))
            .FirstOrDefault(m => m.Subject == $"Nieuwe datum voor uw klacht {reference}")));
        Assert.Equal("jan@example.org", notice.To.Mailboxes.Single().Address);
        var body = notice.TextBody ?? string.Empty;
        Assert.Contains($"De termijn voor de schriftelijke reactie is verlengd tot {due.AddDays(14).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"))}.", body, StringComparison.Ordinal);
        Assert.Contains("De reden: Wij wachten op informatie van uw werkgever.", body, StringComparison.Ordinal);
        Assert.Contains("Anna de Vries\nKlachtbehandelaar, Focus Nederland", body.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("intern", body, StringComparison.Ordinal);
        Assert.DoesNotContain("@focus.example", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_reason_to_share_the_notice_gives_none_and_a_complainant_without_email_gets_a_letter_task()
    {
        await using var app = new FocusApp();
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var byMail = await Api.SubmitPublicAsync(app.CreateClient());
        var byPhone = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddDays(-1));

        foreach (var reference in new[] { byMail, byPhone })
        {
            var due = DateOnly.Parse(Api.Term(await Api.CaseAsync(handler, reference), "Response").GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture);
            var extended = await handler.PostAsJsonAsync($"/api/cases/{reference}/term-extension", new
            {
                termCode = "Response",
                newDueDate = due.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                reason = "Wachten op stukken",
            });
            Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        }

        var pickup = Path.Combine(app.DataDirectory, "mail-pickup");
        var notice = await Eventually.GetAsync(() => Task.FromResult(Directory.Exists(pickup)
            ? Directory.GetFiles(pickup, "*.eml").Select(f => MimeMessage.Load(f)).FirstOrDefault(m => m.Subject == $"Nieuwe datum voor uw klacht {byMail}")
            : null));
        Assert.DoesNotContain("reden", notice.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Wachten op stukken", notice.TextBody, StringComparison.Ordinal);
        var phoneTimeline = (await Api.CaseAsync(handler, byPhone)).GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Contains("TermExtended", phoneTimeline);
        Assert.Contains("LetterByPost", phoneTimeline);
        Assert.DoesNotContain("LetterMailed", phoneTimeline);
    }
}
