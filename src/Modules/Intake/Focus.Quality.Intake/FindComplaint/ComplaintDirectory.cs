using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Intake.FindComplaint;

internal sealed class ComplaintDirectory(IntakeDbContext db) : IComplaintDirectory
{
    public Task<ComplaintDetails?> FindAsync(string reference, CancellationToken cancellationToken) =>
        db.Complaints.AsNoTracking()
            .Where(c => c.Reference == reference)
            .Select(c => new ComplaintDetails(
                c.Reference, c.Channel, c.Category, c.ReceivedAt, c.ComplainantName, c.Email, c.Phone, c.PreferredContact,
                c.Description, c.EmployeeConcerned, c.ContactPerson, c.RegisteredBy,
                c.StreetAndNumber == null ? null : new PostalAddress(c.StreetAndNumber, c.Postcode!, c.City!)))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> ReferencesByContactAsync(string text, int take, CancellationToken cancellationToken)
    {
        var lower = text.Trim().ToLowerInvariant();
        var digits = new string([.. lower.Where(char.IsAsciiDigit)]);
        var byPhone = digits.Length >= MinimumPhoneDigits;
        return await db.Complaints.AsNoTracking()
            .Where(c => (c.Email != null && c.Email.ToLower().Contains(lower))
                || (byPhone && c.Phone != null && c.Phone.Replace(" ", "").Replace("-", "").Contains(digits)))
            .OrderByDescending(c => c.Reference)
            .Select(c => c.Reference)
            .Take(take)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Fewer digits than this match too many numbers by chance (a house number, a year).</summary>
    private const int MinimumPhoneDigits = 6;

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> references, CancellationToken cancellationToken) =>
        await db.Complaints.AsNoTracking()
            .Where(c => references.Contains(c.Reference))
            .Select(c => new { c.Reference, c.ComplainantName })
            .ToDictionaryAsync(c => c.Reference, c => c.ComplainantName, StringComparer.Ordinal, cancellationToken);
}
