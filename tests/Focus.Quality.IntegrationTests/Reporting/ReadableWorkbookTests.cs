using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Focus.Quality.Handling.Contracts;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Reporting;

/// <summary>
/// The workbooks management hands on (issue 17): every code in Dutch words, handlers by name, and ready to print —
/// landscape, one page wide, the header row on every page, no header cut off by its column.
/// </summary>
public sealed partial class ReadableWorkbookTests
{
    private static readonly DateOnly Today = AmsterdamTime.Today(TimeProvider.System);

    [Fact]
    public async Task The_SLA_and_annual_workbooks_name_every_code_in_Dutch_and_print_landscape_one_page_wide_with_their_headers()
    {
        await using var app = new FocusApp();
        await SeedAsync(app);
        var management = await app.ClientForAsync(AppRoles.Management);
        var sla = await management.GetByteArrayAsync($"/api/reports/sla.xlsx?from={ObjectionApi.Iso(Today.AddDays(-7))}&to={ObjectionApi.Iso(Today)}");
        var annual = await management.GetByteArrayAsync($"/api/reports/annual/{Today.Year}.xlsx");

        var slaText = Texts(sla);
        var annualText = Texts(annual);

        Assert.All(slaText.Concat(annualText), text => Assert.DoesNotMatch(Codes(), text));
        Assert.All(slaText.Concat(annualText), text => Assert.DoesNotContain("@focus.example", text, StringComparison.Ordinal));
        Assert.Contains("Buiten de invloedssfeer van Focus", slaText);
        Assert.Contains("Digitaal klachtenformulier", slaText);
        Assert.Contains("Telefoon", slaText);
        Assert.Contains("Signaal", slaText);
        Assert.Contains("Gedeeltelijk gegrond", slaText);
        Assert.Contains("Besloten", slaText);
        Assert.Contains("Anna de Vries", slaText);
        Assert.Contains("Niet in behandeling genomen", annualText);
        Assert.Contains("Besloten", annualText);
        AssertPrintable(sla);
        AssertPrintable(annual);
    }

    /// <summary>
    /// Every code a workbook could show: enum names, the rule names of the seed rules, and any word with a capital inside
    /// it (PascalCase), which Dutch text never has.
    /// </summary>
    private static Regex Codes()
    {
        var names = new[]
        {
            typeof(ComplaintChannel), typeof(ComplaintCategory), typeof(Judgement), typeof(NotHandledReason), typeof(ObjectionOutcome), typeof(AcknowledgementMethod),
        }.SelectMany(Enum.GetNames).Concat(RuleNames()).Distinct();
        return new Regex($@"\b({string.Join('|', names.Select(Regex.Escape))})\b|\b\p{{Lu}}\p{{Ll}}+\p{{Lu}}\w*", RegexOptions.CultureInvariant);
    }

    private static IEnumerable<string> RuleNames()
    {
        var rules = Path.Combine(RepositoryRoot(), "rules", "admissibility.json");
        using var json = JsonDocument.Parse(File.ReadAllText(rules));
        return [.. json.RootElement.EnumerateArray().SelectMany(w => w.GetProperty("Rules").EnumerateArray()).Select(r => r.GetProperty("RuleName").GetString()!)];
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Focus.Quality.sln")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }

    /// <summary>The text of every cell of every sheet, as the reader sees it.</summary>
    private static List<string> Texts(byte[] workbook)
    {
        using var book = new XLWorkbook(new MemoryStream(workbook));
        return [.. book.Worksheets.SelectMany(sheet => sheet.CellsUsed()).Where(c => c.DataType == XLDataType.Text).Select(c => c.GetString())];
    }

    private static void AssertPrintable(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false);
        var workbookPart = document.WorkbookPart!;
        var titles = workbookPart.Workbook.DefinedNames?.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList() ?? [];
        using var book = new XLWorkbook(new MemoryStream(workbook));
        var sheets = workbookPart.Workbook.Sheets!.Elements<Sheet>().ToList();
        for (var index = 0; index < sheets.Count; index++)
        {
            var name = sheets[index].Name!.Value!;
            var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheets[index].Id!)).Worksheet;
            var setup = worksheet.GetFirstChild<PageSetup>();
            Assert.NotNull(setup);
            Assert.True(setup.Orientation?.Value == OrientationValues.Landscape, $"{name} is not landscape");
            Assert.True((setup.FitToWidth?.Value ?? 1) == 1 && setup.FitToHeight?.Value == 0, $"{name} is not fitted to one page wide");
            Assert.True(worksheet.SheetProperties?.PageSetupProperties?.FitToPage?.Value == true, $"{name} does not fit to pages");
            var title = titles.SingleOrDefault(t => t.LocalSheetId?.Value == index);
            Assert.NotNull(title);
            var rows = PrintTitleRows().Match(title.Text);
            Assert.True(rows.Success, $"{name} repeats '{title.Text}', not rows");
            var headerRow = int.Parse(rows.Groups[2].Value, CultureInfo.InvariantCulture);

            var sheet = book.Worksheet(name);
            foreach (var header in sheet.Row(headerRow).CellsUsed())
            {
                var width = sheet.Column(header.Address.ColumnNumber).Width;
                Assert.True(width >= header.GetString().Length, $"{name}: column '{header.GetString()}' is {width} wide");
            }
        }
    }

    [GeneratedRegex(@"!\$?(\d+):\$?(\d+)$")]
    private static partial Regex PrintTitleRows();

    /// <summary>
    /// A web form complaint about UWV declared not handled, a phone complaint responded to whose objection the director
    /// decided, an open e-mail complaint and a signal — received today.
    /// </summary>
    private static async Task SeedAsync(FocusApp app)
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var director = await app.ClientForAsync(AppRoles.Director);
        var received = DateTimeOffset.UtcNow.AddMinutes(-5);

        var outside = await Api.SubmitPublicAsync(app.CreateClient(), new
        {
            category = "Other",
            complainantName = "Ali Yilmaz",
            email = "ali@example.org",
            preferredContact = "Email",
            description = "Het UWV heeft mijn uitkering verlaagd en dat is onterecht.",
        });
        await Api.CaseAsync(handler, outside);
        Assert.Equal(HttpStatusCode.Created, (await handler.PostAsJsonAsync($"/api/cases/{outside}/not-handled", new
        {
            reason = "OutsideSphereOfInfluence",
            motivation = "Uw klacht gaat over een besluit van UWV.",
            letterDate = ObjectionApi.Iso(Today),
        })).StatusCode);

        var objected = await Api.RegisterAsync(handler, received, channel: "Phone", email: "fatima@example.org");
        await Api.CaseAsync(handler, objected);
        Assert.Equal(HttpStatusCode.Created, (await Api.RespondAsync(handler, objected, Today)).StatusCode);
        await Eventually.TrueAsync(async () => (await director.GetFromJsonAsync<List<string>>("/api/objections/open-to-objection"))!.Contains(objected));
        Assert.Equal(HttpStatusCode.Created, (await ObjectionApi.RegisterAsync(director, objected, Today)).StatusCode);
        await ObjectionApi.StepAsync(director, objected, "waiver", new { waivedOn = ObjectionApi.Iso(Today), didNotAttend = false });
        await ObjectionApi.StepAsync(director, objected, "decision", new { decidedOn = ObjectionApi.Iso(Today), judgement = "Unfounded", decision = "De reactie blijft in stand." });

        await Api.RegisterAsync(handler, received, channel: "Email", email: "kees@example.org");
        Assert.Equal(HttpStatusCode.Created, (await handler.PostAsJsonAsync("/api/signals", new
        {
            channel = "ContactPerson", category = "Accessibility", receivedAt = received, description = "Adviseur niet bereikbaar.", resolution = "Teruggebeld.",
        })).StatusCode);

        await Eventually.TrueAsync(() => app.InScopeAsync(async services =>
        {
            var facts = services.GetRequiredService<ReportingDbContext>().Facts;
            return await facts.CountAsync() == 4
                && await facts.AnyAsync(f => f.Reference == outside && f.NotHandledReason != null)
                && await facts.AnyAsync(f => f.Reference == objected && f.ObjectionOutcome != null);
        }));
    }
}
