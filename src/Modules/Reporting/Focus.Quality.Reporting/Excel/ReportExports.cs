using System.Collections.Concurrent;
using Focus.Quality.Reporting.Sla;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Focus.Quality.Reporting.Excel;

internal enum ExportState
{
    Running,
    Done,
    Failed,
}

/// <summary>One workbook being built for one user: how far it is, and the file when it is done.</summary>
internal sealed class ReportExport(Guid id, string owner, string fileName, SlaCount count)
{
    public Guid Id { get; } = id;

    public string Owner { get; } = owner;

    public string FileName { get; } = fileName;

    /// <summary>The complaints and signals the workbook will hold, one row each.</summary>
    public SlaCount Count { get; } = count;

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"focus-sla-{id:N}.xlsx");

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    public int Written { get; set; }

    public ExportState State { get; set; }
}

/// <summary>
/// Builds workbooks in the background so the page can show progress while a large report is written, then serves the
/// finished file once. Files live in the temp folder and are removed when downloaded or after an hour.
/// </summary>
internal sealed class ReportExports(IServiceScopeFactory scopes, ILogger<ReportExports> logger)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<Guid, ReportExport> _exports = new();

    public async Task<ReportExport> StartAsync(SlaFilter filter, string owner)
    {
        RemoveExpired();
        await using var scope = scopes.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<SlaReport>().CountAsync(filter, CancellationToken.None);
        var export = new ReportExport(Guid.NewGuid(), owner, SlaReport.FileName(filter), count);
        _exports[export.Id] = export;
        _ = Task.Run(() => BuildAsync(export, filter));
        return export;
    }

    public ReportExport? Find(Guid id, string owner) => _exports.TryGetValue(id, out var export) && export.Owner == owner ? export : null;

    public void Remove(ReportExport export)
    {
        _exports.TryRemove(export.Id, out _);
        File.Delete(export.Path);
    }

    private async Task BuildAsync(ReportExport export, SlaFilter filter)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await using (var file = File.Create(export.Path))
            {
                var progress = new Progress<int>(written => export.Written = written);
                await scope.ServiceProvider.GetRequiredService<SlaReport>().WriteAsync(file, filter, progress, CancellationToken.None);
            }

            export.State = ExportState.Done;
        }
        catch (Exception ex)
        {
            export.State = ExportState.Failed;
            logger.LogError(ex, "SLA workbook {Export} failed", export.Id);
            File.Delete(export.Path);
        }
    }

    private void RemoveExpired()
    {
        foreach (var expired in _exports.Values.Where(e => e.State != ExportState.Running && DateTimeOffset.UtcNow - e.StartedAt > KeepFor))
        {
            Remove(expired);
        }
    }
}
