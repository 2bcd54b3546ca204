using Focus.Quality.Reporting.Naming;
using Focus.Quality.Reporting.Sla;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Reporting.Excel;

/// <summary>Reads a period twice — once for the figures, once streamed into the data sheet — and writes the SLA workbook.</summary>
internal sealed class SlaReport(SlaQuery query, HandlerNames handlers, IOptions<SlaNorms> norms)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileName(SlaFilter filter) => $"sla-rapportage-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}.xlsx";

    public Task<SlaCount> CountAsync(SlaFilter filter, CancellationToken cancellationToken) => query.CountAsync(filter, cancellationToken);

    public async Task<int> WriteAsync(Stream target, SlaFilter filter, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        using var activity = ReportingTelemetry.Source.StartActivity("sla workbook");
        var figures = await query.FiguresAsync(filter, cancellationToken);
        var names = await handlers.NamesOfAsync(figures.ByHandler.Keys.Append(filter.Handler ?? string.Empty), cancellationToken);
        var rows = query.RowsAsync(filter).Select(async (row, ct) => row with { Handler = await handlers.NameOfAsync(row.Handler, ct) });
        var count = await SlaWorkbook.WriteAsync(target, figures, rows, names, norms.Value, progress, cancellationToken);
        activity?.SetTag("focus.rows", count);
        return count;
    }
}
