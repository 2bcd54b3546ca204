using System.Security.Claims;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Reporting.Annual;
using Focus.Quality.Reporting.ReadModel;
using Focus.Quality.Reporting.Sla;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Reporting.Excel;

internal static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder api)
    {
        var reports = api.MapGroup("/reports").RequireAuthorization(AppPolicies.Reports).WithTags("Reporting");
        reports.MapGet("/sla.xlsx", StreamAsync)
            .WithSummary("The SLA workbook for complaints received from..to (optionally one channel, category or handler), streamed as it is written.");
        reports.MapGet("/sla/exports/{id:guid}", DownloadAsync)
            .WithSummary("A workbook built in the background for the dashboard's download button; served once.");
        reports.MapGet("/annual/{year:int}.xlsx", AnnualAsync)
            .WithSummary("The annual registration of complaints: numbers per category and outcome, lead times, objections, measures taken.");
        reports.MapPost("/read-model/rebuild", async (ReadModelRebuild rebuild, CancellationToken ct) => TypedResults.Accepted((string?)null, new ReadModelRebuilt(await rebuild.RunAsync(ct))))
            .WithSummary("Empties the reporting read model and fills it again from every module's event history (asynchronously).");
        return api;
    }

    private static async Task<IResult> StreamAsync(
        DateOnly from, DateOnly to, ComplaintChannel? channel, ComplaintCategory? category, string? handler, SlaReport report, HttpContext http, CancellationToken ct)
    {
        if (from.Year < 1900 || to.Year > 2100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["Kies data tussen 1900 en 2100."] });
        }

        if (to < from || to.DayNumber - from.DayNumber > 366 * 10)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["Kies een periode van hoogstens tien jaar, met 'tot' na 'vanaf'."] });
        }

        // A query string binds enums from numbers too; an undefined one has no name to print in the workbook.
        if ((channel is { } c && !Enum.IsDefined(c)) || (category is { } k && !Enum.IsDefined(k)))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [channel is { } u && !Enum.IsDefined(u) ? "channel" : "category"] = ["Kies een kanaal en categorie uit de lijst."] });
        }

        var filter = new SlaFilter(from, to, channel, category, handler);
        // ZipArchive and OpenXmlWriter write synchronously; allowing it for this one response streams the workbook
        // as it is written instead of buffering a large file first.
        http.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        http.Response.ContentType = SlaReport.ContentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{SlaReport.FileName(filter)}\"";
        await report.WriteAsync(http.Response.Body, filter, null, ct);
        return TypedResults.Empty;
    }

    private static async Task<IResult> AnnualAsync(int year, AnnualReport report, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
        {
            return TypedResults.NotFound();
        }

        var figures = await report.FiguresAsync(year, ct);
        var file = new MemoryStream();
        AnnualReport.Write(file, figures);
        return TypedResults.File(file.ToArray(), SlaReport.ContentType, AnnualReport.FileName(year));
    }

    private static IResult DownloadAsync(Guid id, ClaimsPrincipal user, ReportExports exports, HttpContext http)
    {
        if (exports.Find(id, user.Identity!.Name!) is not { State: ExportState.Done } export)
        {
            return TypedResults.NotFound();
        }

        // The file goes once: removed when the response has been sent.
        http.Response.OnCompleted(() =>
        {
            exports.Remove(export);
            return Task.CompletedTask;
        });
        return TypedResults.PhysicalFile(export.Path, SlaReport.ContentType, export.FileName);
    }
}
