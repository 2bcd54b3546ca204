using ClosedXML.Excel;
using Focus.Quality.Reporting.Naming;
using Focus.Quality.Reporting.Sla;

namespace Focus.Quality.Reporting.Excel;

/// <summary>
/// The formatted sheets of the SLA workbook (ClosedXML): summary, one per breakdown, and the overdue list. Handlers are
/// shown by name through <c>handler</c>, which maps an account (or none) to its name.
/// </summary>
internal static class SummarySheets
{
    private static readonly CodeNames Names = CodeNames.Dutch;

    private static readonly string[] BreakdownColumns =
    [
        "Klachten", "Signalen", "Bevestigd", "Bevestigd binnen termijn", "Afgehandeld", "Afgehandeld binnen termijn", "Niet in behandeling", "Bezwaren",
        "Gem. doorlooptijd (dagen)", "90% binnen (dagen)", "Open", "Te laat",
    ];

    public static void AddSummary(XLWorkbook workbook, SlaFigures figures, SlaNorms norms, Func<string?, string> handler)
    {
        var sheet = workbook.AddWorksheet("Samenvatting");
        sheet.Cell(1, 1).Text("SLA-rapportage klachten Focus Nederland").Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).Text("Periode (ontvangen)");
        sheet.Cell(2, 2).Date(figures.Filter.From);
        sheet.Cell(2, 3).Date(figures.Filter.To);
        sheet.Cell(3, 1).Text("Stand op");
        sheet.Cell(3, 2).Date(figures.Today);
        sheet.Cell(4, 1).Text("Filter");
        sheet.Cell(4, 2).Text(FilterText(figures.Filter, handler));
        Cells.Header(sheet, 6, ["Indicator", "Waarde", "Norm", "Toelichting"]);
        var total = figures.Total;
        var row = 7;
        void Kpi(string name, double? value, string? format, double? norm, bool higherIsBetter, string explanation)
        {
            sheet.Cell(row, 1).Text(name);
            var cell = sheet.Cell(row, 2).Number(value, format);
            sheet.Cell(row, 3).Number(norm, format);
            sheet.Cell(row, 4).Text(explanation);
            if (norm is { } n)
            {
                Cells.AgainstNorm(cell, n, higherIsBetter);
            }

            row++;
        }

        Kpi("Klachten ontvangen", total.Complaints, null, null, true, "Klachten met een kenmerk (KL-…), ontvangen in de periode.");
        Kpi("Signalen ontvangen", total.Signals, null, null, true, "Uitingen van ongenoegen zonder formele klacht.");
        Kpi("Ontvangst bevestigd binnen 5 werkdagen", total.AcknowledgedOnTimeShare, Cells.PercentFormat, norms.AcknowledgedOnTime, true, $"{total.AcknowledgedOnTime} van {total.Acknowledged} bevestigingen.");
        Kpi("Gereageerd of besloten binnen 4 weken", total.RespondedOnTimeShare, Cells.PercentFormat, norms.RespondedOnTime, true, $"{total.RespondedOnTime} van {total.Responded} reacties en besluiten (verlengde termijn telt).");
        Kpi("Niet in behandeling genomen", total.NotHandled, null, null, true, "Met gemotiveerde brief; per reden hieronder.");
        Kpi("Bezwaren bij de directeur", total.Objections, null, null, true, "Per uitkomst hieronder.");
        Kpi("Gemiddelde doorlooptijd (kalenderdagen)", total.AverageLeadDays, "0.0", norms.LeadDays, false, "Van ontvangst tot reactie of besluit.");
        Kpi("90% afgehandeld binnen (kalenderdagen)", total.Percentile90LeadDays, null, norms.LeadDays, false, "90e percentiel van de doorlooptijd.");
        Kpi("Open klachten nu", total.Open, null, null, true, "In behandeling: in een status van de soort ‘In behandeling’ van de werkwijze.");
        Kpi("Wachtend nu", total.Waiting, null, null, true, "Wacht op de bezwaartermijn, de directeur of de klager.");
        Kpi("Te laat nu", total.Overdue, null, 0, false, "Open met een verstreken termijn; zie het blad Te laat.");

        row += 1;
        Cells.Header(sheet, row, ["Niet in behandeling — reden", "Aantal"]);
        sheet.SheetView.FreezeRows(6);
        foreach (var (reason, count) in figures.NotHandledByReason)
        {
            row++;
            sheet.Cell(row, 1).Text(Names.NotHandledReason(reason));
            sheet.Cell(row, 2).Number(count);
        }

        row += 2;
        sheet.Cell(row, 1).Text("Bezwaren — uitkomst").Style.Font.SetBold();
        foreach (var (outcome, count) in figures.ObjectionOutcomes)
        {
            row++;
            sheet.Cell(row, 1).Text(Names.Of(outcome));
            sheet.Cell(row, 2).Number(count);
        }

        row++;
        sheet.Cell(row, 1).Text("Nog lopend");
        sheet.Cell(row, 2).Number(total.Objections - figures.ObjectionOutcomes.Values.Sum());
        Cells.Printable(sheet, 6);
    }

    public static void AddBreakdown<TKey>(XLWorkbook workbook, string name, string keyTitle, IEnumerable<KeyValuePair<TKey, SlaCounts>> rows, Func<TKey, object> key, SlaNorms norms)
    {
        var sheet = workbook.AddWorksheet(name);
        Cells.Header(sheet, 1, [keyTitle, .. BreakdownColumns]);
        var row = 1;
        foreach (var (k, counts) in rows)
        {
            row++;
            var keyCell = sheet.Cell(row, 1);
            if (key(k) is DateOnly month)
            {
                keyCell.Date(month).Style.DateFormat.Format = Cells.MonthFormat;
            }
            else
            {
                keyCell.Text(key(k).ToString());
            }
            sheet.Cell(row, 2).Number(counts.Complaints);
            sheet.Cell(row, 3).Number(counts.Signals);
            sheet.Cell(row, 4).Number(counts.Acknowledged);
            Cells.AgainstNorm(sheet.Cell(row, 5).Number(counts.AcknowledgedOnTimeShare, Cells.PercentFormat), norms.AcknowledgedOnTime);
            sheet.Cell(row, 6).Number(counts.Responded);
            Cells.AgainstNorm(sheet.Cell(row, 7).Number(counts.RespondedOnTimeShare, Cells.PercentFormat), norms.RespondedOnTime);
            sheet.Cell(row, 8).Number(counts.NotHandled);
            sheet.Cell(row, 9).Number(counts.Objections);
            Cells.AgainstNorm(sheet.Cell(row, 10).Number(counts.AverageLeadDays, "0.0"), norms.LeadDays, higherIsBetter: false);
            sheet.Cell(row, 11).Number(counts.Percentile90LeadDays);
            sheet.Cell(row, 12).Number(counts.Open);
            sheet.Cell(row, 13).Number(counts.Overdue);
        }

        sheet.Range(1, 1, Math.Max(row, 2), BreakdownColumns.Length + 1).SetAutoFilter();
        Cells.Printable(sheet, 1);
    }

    public static void AddOverdue(XLWorkbook workbook, SlaFigures figures, Func<string?, string> handler)
    {
        var sheet = workbook.AddWorksheet("Te laat");
        Cells.Header(sheet, 1, ["Kenmerk", "Ontvangen", "Kanaal", "Behandelaar", "Bevestiging uiterlijk", "Bevestigd", "Reactie uiterlijk", "Dagen over reactietermijn"]);
        var row = 1;
        foreach (var overdue in figures.Overdue)
        {
            row++;
            sheet.Cell(row, 1).Text(overdue.Reference);
            sheet.Cell(row, 2).Date(overdue.ReceivedOn);
            sheet.Cell(row, 3).Text(Names.Of(overdue.Channel));
            sheet.Cell(row, 4).Text(handler(overdue.Handler));
            sheet.Cell(row, 5).Date(overdue.AcknowledgementDue);
            sheet.Cell(row, 6).Date(overdue.AcknowledgedOn);
            sheet.Cell(row, 7).Date(overdue.ResponseDue);
            sheet.Cell(row, 8).Number(overdue.ResponseDue is { } due && due < figures.Today ? figures.Today.DayNumber - due.DayNumber : null);
        }

        sheet.Range(1, 1, Math.Max(row, 2), 8).SetAutoFilter();
        Cells.Printable(sheet, 1);
    }

    private static string FilterText(SlaFilter filter, Func<string?, string> handler) =>
        string.Join("; ", new[]
        {
            filter.Channel is { } channel ? $"kanaal {Names.Of(channel)}" : null,
            filter.Category is { } category ? $"categorie {Names.Of(category)}" : null,
            filter.Handler is { Length: > 0 } account ? $"behandelaar {handler(account)}" : null,
        }.Where(part => part is not null).DefaultIfEmpty("geen (alle klachten en signalen)"));
}
