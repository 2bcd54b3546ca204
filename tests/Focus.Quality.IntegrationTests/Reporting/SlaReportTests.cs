using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ClosedXML.Excel;
using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Reporting;

public sealed class SlaReportTests
{
    [Fact]
    public async Task Events_of_intake_and_handling_reach_the_read_model_and_the_workbook_management_downloads()
    {
        await using var app = new FocusApp();
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var friday = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));
        var answered = await Api.RegisterAsync(handler, friday, channel: "Email", email: "klager@example.org");
        var waiting = await Api.RegisterAsync(handler, friday.AddDays(3));
        await Api.CaseAsync(handler, answered);
        await Api.CaseAsync(handler, waiting);
        Assert.Equal(HttpStatusCode.OK, (await handler.PostAsJsonAsync($"/api/cases/{answered}/acknowledgement", new { method = "Email", acknowledgedAt = friday.AddDays(3) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await handler.PostAsJsonAsync($"/api/cases/{answered}/response", new
        {
            summary = "Samenvatting",
            solution = "Oplossing",
            judgement = "Founded",
            letterDate = "2026-12-01",
        })).StatusCode);
        await Eventually.TrueAsync(() => app.InScopeAsync(services =>
            services.GetRequiredService<ReportingDbContext>().Facts.AnyAsync(f => f.Reference == answered && f.RespondedOn != null && f.AcknowledgedOn != null && f.StateCategory == WorkflowStateCategory.Waiting)));

        var management = await app.ClientForAsync(AppRoles.Management);
        var download = await management.GetAsync("/api/reports/sla.xlsx?from=2026-11-01&to=2026-11-30");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType?.MediaType);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var summary = workbook.Worksheet("Samenvatting");
        Assert.Equal(2, Kpi(summary, "Klachten ontvangen"));
        Assert.Equal(1, Kpi(summary, "Ontvangst bevestigd binnen 5 werkdagen"));
        Assert.Equal(1, Kpi(summary, "Gereageerd of besloten binnen 4 weken"));
        Assert.Equal(11, Kpi(summary, "Gemiddelde doorlooptijd (kalenderdagen)"));
        Assert.Equal(1, Kpi(summary, "Open klachten nu"));
        Assert.Equal(1, Kpi(summary, "Wachtend nu"));
        var data = workbook.Worksheet("Gegevens");
        var row = data.RowsUsed().Single(r => r.Cell(1).GetString() == answered);
        Assert.Equal(new DateTime(2026, 11, 20), row.Cell(6).GetDateTime());
        Assert.Equal(new DateTime(2026, 12, 1), row.Cell(13).GetDateTime());
        Assert.Equal("Gegrond", row.Cell(16).GetString());
        Assert.Equal("E-mail", row.Cell(3).GetString());
        Assert.Contains(data.RowsUsed(), r => r.Cell(1).GetString() == waiting);

        Assert.Contains("Klachten ontvangen", await LibreOfficeCsvAsync(bytes), StringComparison.Ordinal);

        using var annual = new XLWorkbook(new MemoryStream(await management.GetByteArrayAsync("/api/reports/annual/2026.xlsx")));
        Assert.Equal(2, annual.Worksheet("Registratie").Cell(2, 2).GetDouble());
        Assert.Equal("Oplossing", annual.Worksheet("Maatregelen").RowsUsed().Single(r => r.Cell(1).GetString() == answered).Cell(5).GetString());
    }

    [Fact]
    public async Task Only_management_gets_the_report_and_a_reversed_period_is_refused()
    {
        await using var app = new FocusApp();

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(AppRoles.Handler)).GetAsync("/api/reports/sla.xlsx?from=2026-01-01&to=2026-12-31")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await (await app.ClientForAsync(AppRoles.Management)).GetAsync("/api/reports/sla.xlsx?from=2026-12-31&to=2026-01-01")).StatusCode);
    }

    [Fact]
    public async Task The_read_model_is_rebuilt_from_the_event_history_without_other_handlers_acting_twice()
    {
        await using var app = new FocusApp();
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, reference);
        Assert.Equal(HttpStatusCode.Created, (await handler.PostAsJsonAsync($"/api/cases/{reference}/response", new
        {
            summary = "Samenvatting",
            solution = "Oplossing",
            judgement = "Unfounded",
            letterDate = AmsterdamTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })).StatusCode);
        await Eventually.TrueAsync(() => FactAsync(app, reference, f => f.RespondedOn != null));
        var pickup = Path.Combine(app.DataDirectory, "mail-pickup");
        var mails = await Eventually.GetAsync(() => Task.FromResult(Directory.Exists(pickup) && Directory.GetFiles(pickup, "*.eml").Length >= 1 ? (int?)Directory.GetFiles(pickup, "*.eml").Length : null));

        var rebuild = await (await app.ClientForAsync(AppRoles.Management)).PostAsync("/api/reports/read-model/rebuild", null);

        Assert.Equal(HttpStatusCode.Accepted, rebuild.StatusCode);
        await Eventually.TrueAsync(() => FactAsync(app, reference, f => f.RespondedOn != null && f.ResponseDue != null));
        var @case = await Api.CaseAsync(handler, reference);
        Assert.Single(@case.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "Registered");
        Assert.Equal(mails, Directory.GetFiles(pickup, "*.eml").Length);
    }

    private static Task<bool> FactAsync(FocusApp app, string reference, System.Linq.Expressions.Expression<Func<Focus.Quality.Reporting.ReadModel.ComplaintFact, bool>> condition) =>
        app.InScopeAsync(services => services.GetRequiredService<ReportingDbContext>().Facts.Where(f => f.Reference == reference).AnyAsync(condition));

    private static double Kpi(IXLWorksheet summary, string name) =>
        summary.Column(1).CellsUsed().Single(c => c.GetString() == name).CellRight().GetDouble();

    /// <summary>LibreOffice refuses (or asks to repair) a broken workbook; headless, a clean one converts to CSV.</summary>
    private static async Task<string> LibreOfficeCsvAsync(byte[] workbook)
    {
        var folder = Directory.CreateTempSubdirectory("focus-lo-").FullName;
        var file = Path.Combine(folder, "sla.xlsx");
        await File.WriteAllBytesAsync(file, workbook);
        var start = new ProcessStartInfo("libreoffice", ["-env:UserInstallation=file://" + Path.Combine(folder, "profile"), "--headless", "--convert-to", "csv", "--outdir", folder, file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var office = Process.Start(start)!;
        await office.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        var csv = Path.Combine(folder, "sla.csv");
        Assert.True(File.Exists(csv), $"LibreOffice did not convert the workbook: {await office.StandardError.ReadToEndAsync()}");
        var text = await File.ReadAllTextAsync(csv);
        Directory.Delete(folder, recursive: true);
        return text;
    }
}
