using System.Net;
using ClosedXML.Excel;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Portal;

/// <summary>The SLA workbook counts the days a response term was paused apart, and judges on time against the moved date.</summary>
public sealed class PausedDaysReportTests
{
    [Fact]
    public async Task A_response_late_against_the_rules_but_on_time_after_a_pause_counts_as_on_time_with_its_paused_days()
    {
        await using var app = new FocusApp();
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var today = AmsterdamTime.DateOf(DateTimeOffset.UtcNow);
        var received = DateTimeOffset.UtcNow.AddDays(-35);
        var reference = await Api.RegisterAsync(handler, received, channel: "Email", email: "klager@example.org");
        var ruleDue = DateOnly.Parse(Api.Term(await Api.CaseAsync(handler, reference), "Response").GetProperty("dueDate").GetString()!);
        Assert.True(ruleDue < today);
        Assert.Equal(HttpStatusCode.OK, (await handler.PostAsJsonAsync($"/api/cases/{reference}/acknowledgement", new { method = "Email", acknowledgedAt = received.AddDays(1) })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await handler.PostAsJsonAsync($"/api/cases/{reference}/information-request", new { request = "Uw polisnummer." })).StatusCode);
        // The request went out three weeks ago, before the term ran out.
        await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<HandlingDbContext>();
            var term = (await db.Cases.SingleAsync(c => c.Reference == reference)).Term(TermCodes.Response)!;
            db.Entry(term).Property(nameof(CaseTerm.PausedOn)).CurrentValue = today.AddDays(-21);
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.NoContent, (await handler.PostAsync($"/api/cases/{reference}/information-request/resume", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await handler.PostAsJsonAsync($"/api/cases/{reference}/response", new
        {
            summary = "Samenvatting", solution = "Oplossing", judgement = "Founded", letterDate = today.ToString("yyyy-MM-dd"),
        })).StatusCode);
        await Eventually.TrueAsync(() => app.InScopeAsync(services =>
            services.GetRequiredService<ReportingDbContext>().Facts.AnyAsync(f => f.Reference == reference && f.RespondedOn != null && f.ResponsePausedDays == 21)));

        var management = await app.ClientForAsync(AppRoles.Management);
        using var workbook = new XLWorkbook(new MemoryStream(await management.GetByteArrayAsync(
            $"/api/reports/sla.xlsx?from={AmsterdamTime.DateOf(received).AddDays(-1):yyyy-MM-dd}&to={today:yyyy-MM-dd}")));

        var data = workbook.Worksheet("Gegevens");
        Assert.Equal("Dagen opgeschort", data.Cell(1, 12).GetString());
        var row = data.RowsUsed().Single(r => r.Cell(1).GetString() == reference);
        Assert.Equal(ruleDue.AddDays(21).ToDateTime(TimeOnly.MinValue), row.Cell(10).GetDateTime());
        Assert.Equal(21, row.Cell(12).GetDouble());
        Assert.Equal("Ja", row.Cell(14).GetString());
    }
}
