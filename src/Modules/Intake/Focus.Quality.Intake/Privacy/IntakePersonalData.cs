using Focus.Quality.Intake.Persistence;
using Focus.Quality.Shared.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Intake.Privacy;

/// <summary>The complaints as filed: who, how to reach them, what they wrote.</summary>
internal sealed class IntakePersonalData(IntakeDbContext db) : IPersonalDataSource
{
    public string Section => "Klacht";

    public async Task<IReadOnlyCollection<string>> ReferencesOfAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        var complaints = db.Complaints.AsNoTracking();
        if (subject.Email is { } email)
        {
            var address = email.ToLowerInvariant();
            return await complaints.Where(c => c.Email != null && c.Email.ToLower() == address).Select(c => c.Reference).ToListAsync(cancellationToken);
        }

        // Numbers are stored as typed; without their separators they match one of the spellings of the number asked for.
        var spellings = subject.PhoneSpellings();
        return await complaints
            .Where(c => c.Phone != null && spellings.Contains(c.Phone.Replace(" ", "").Replace("-", "").Replace("(", "").Replace(")", "").Replace(".", "")))
            .Select(c => c.Reference)
            .ToListAsync(cancellationToken);
    }

    public async Task<object> ExportAsync(IReadOnlyCollection<string> references, CancellationToken cancellationToken) =>
        await db.Complaints.AsNoTracking().Where(c => references.Contains(c.Reference)).OrderBy(c => c.Reference).ToListAsync(cancellationToken);
}
