using ClosedXML.Excel;
using Focus.Quality.Reporting.Sla;

namespace Focus.Quality.Reporting.Excel;

/// <summary>The formatted sheets of the SLA workbook (ClosedXML): summary, one per breakdown, and the overdue list.</summary>
internal static class SummarySheets
{
    private static readonly (string, double)[] BreakdownColumns =
    [
        ("", 28), ("Klachten", 11), ("Signalen", 10), ("Bevestigd", 11), ("Bevestigd binnen termijn", 14), ("Afgehandeld", 12),
        ("Afgehandeld binnen termijn", 14), ("Niet in behandeling", 12), ("Bezwaren", 10), ("Gem. doorlooptijd (dagen)", 14),
        ("90% binnen (dagen)", 12), ("Open", 8), ("Te laat", 8),
    ];

    public static void AddSummary(XLWorkbook workbook, SlaFigures figures, SlaNorms norms)
    {
        var sheet = workbook.AddWorksheet("Samenvatting");
        sheet.Cell(1, 1).Text("SLA-rapportage klachten Focus Nederland").Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).Text("Periode (ontvangen)");
        sheet.Cell(2, 2).Date(figures.Filter.From);
        sheet.Cell(2, 3).Date(figures.Filter.To);
        sheet.Cell(3, 1).Text("Stand op");
        sheet.Cell(3, 2).Date(figures.Today);
        sheet.Cell(4, 1).Text("Filter");
        sheet.Cell(4, 2).Text(FilterText(figures.Filter));
        Cells.Header(sheet, 6, [("Indicator", 48), ("Waarde", 14), ("Norm", 12), ("Toelichting", 60)]);
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
        Kpi("Open klachten nu", total.Open, null, null, true, "Nog zonder reactie of besluit.");
        Kpi("Te laat nu", total.Overdue, null, 0, false, "Open met een verstreken termijn; zie het blad Te laat.");

        row += 1;
        Cells.Header(sheet, row, [("Niet in behandeling — reden", 48), ("Aantal", 14)]);
        sheet.SheetView.FreezeRows(6);
        foreach (var (reason, count) in figures.NotHandledByReason)
        {
            row++;
            sheet.Cell(row, 1).Text(reason);
            sheet.Cell(row, 2).Number(count);
        }

        row += 2;
        sheet.Cell(row, 1).Text("Bezwaren — uitkomst").Style.Font.SetBold();
        foreach (var (outcome, count) in figures.ObjectionOutcomes)
        {
            row++;
            sheet.Cell(row, 1).Text(Dutch.Of(outcome));
            sheet.Cell(row, 2).Number(count);
        }

        row++;
        sheet.Cell(row, 1).Text("Nog lopend");
        sheet.Cell(row, 2).Number(total.Objections - figures.ObjectionOutcomes.Values.Sum());
    }

    public static void AddBreakdown<TKey>(XLWorkbook workbook, string name, string keyTitle, IEnumerable<KeyValuePair<TKey, SlaCounts>> rows, Func<TKey, object> key, SlaNorms norms)
    {
        var sheet = workbook.AddWorksheet(name);
        Cells.Header(sheet, 1, [(keyTitle, 28), .. BreakdownColumns.Skip(1)]);
        var row = 1;
        foreach (var (k, counts) in rows)
        {
            row++;
            var keyCell = sheet.Cell(row, 1);
            if (key(k) is DateOnly month)
            {
                keyCell.Date(month).Style.DateFormat.Format = "mmmm yyyy";
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

        sheet.Range(1, 1, Math.Max(row, 2), BreakdownColumns.Length).SetAutoFilter();
    }

    public static void AddOverdue(XLWorkbook workbook, SlaFigures figures)
    {
        var sheet = workbook.AddWorksheet("Te laat");
        Cells.Header(sheet, 1, [("Kenmerk", 16), ("Ontvangen", 12), ("Kanaal", 24), ("Behandelaar", 30), ("Bevestiging uiterlijk", 14), ("Bevestigd", 12), ("Reactie uiterlijk", 14), ("Dagen over reactietermijn", 14)]);
        var row = 1;
        foreach (var overdue in figures.Overdue)
        {
            row++;
            sheet.Cell(row, 1).Text(overdue.Reference);
            sheet.Cell(row, 2).Date(overdue.ReceivedOn);
            sheet.Cell(row, 3).Text(Dutch.Of(overdue.Channel));
            sheet.Cell(row, 4).Text(overdue.Handler);
            sheet.Cell(row, 5).Date(overdue.AcknowledgementDue);
            sheet.Cell(row, 6).Date(overdue.AcknowledgedOn);
            sheet.Cell(row, 7).Date(overdue.ResponseDue);
            sheet.Cell(row, 8).Number(overdue.ResponseDue is { } due && due < figures.Today ? figures.Today.DayNumber - due.DayNumber : null);
        }

        sheet.Range(1, 1, Math.Max(row, 2), 8).SetAutoFilter();
    }

    private static string FilterText(SlaFilter filter) =>
        string.Join("; ", new[]
        {
            filter.Channel is { } channel ? $"kanaal {Dutch.Of(channel)}" : null,
            filter.Category is { } category ? $"categorie {Dutch.Of(category)}" : null,
            filter.Handler is { Length: > 0 } handler ? $"behandelaar {handler}" : null,
        }.Where(part => part is not null).DefaultIfEmpty("geen (alle klachten en signalen)"));
}
