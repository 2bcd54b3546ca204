using Focus.Quality.Intake.Persistence;
using Focus.Quality.Shared.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Intake.Privacy;

/// <summary>The mails of the complaints mailbox from the person's address or on their complaints, registered or not.</summary>
internal sealed class MailPersonalData(IntakeDbContext db) : IPersonalDataSource
{
    public string Section => "E-mails";

    public Task<object> ExportAsync(IReadOnlyCollection<string> references, CancellationToken cancellationToken) =>
        ExportAsync(address: null, references, cancellationToken);

    public Task<object> ExportAsync(DataSubject subject, IReadOnlyCollection<string> references, CancellationToken cancellationToken) =>
        ExportAsync(subject.Email?.ToLowerInvariant(), references, cancellationToken);

    private async Task<object> ExportAsync(string? address, IReadOnlyCollection<string> references, CancellationToken cancellationToken) =>
        await db.InboxMails.AsNoTracking()
            .Where(m => (address != null && m.FromAddress != null && m.FromAddress.ToLower() == address)
                || (m.CaseReference != null && references.Contains(m.CaseReference)))
            .OrderBy(m => m.Id)
            .Select(m => new
            {
                m.ArrivedAt, m.FromAddress, m.FromName, m.Subject, m.Text, m.Status, m.CaseReference, m.SetAsideReason,
                Attachments = m.Attachments.Select(a => a.FileName).ToList(),
            })
            .ToListAsync(cancellationToken);
}
