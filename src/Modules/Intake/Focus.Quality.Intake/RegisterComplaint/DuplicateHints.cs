using Focus.Quality.Handling.Contracts;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Intake.Resources;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Intake.RegisterComplaint;

/// <summary>
/// Complaints the one being registered may repeat: an open case of the same e-mail address, or the same description
/// registered lately. A hint only; the handler decides whether it is the same complaint.
/// </summary>
internal sealed class DuplicateHints(IntakeDbContext db, ICaseStandings standings, IStringLocalizer<IntakeText> text, TimeProvider clock)
{
    public const int SameDescriptionDays = 14;

    private const int MaxHints = 5;

    public async Task<IReadOnlyList<DuplicateHint>> ForAsync(string? email, string? description, CancellationToken cancellationToken)
    {
        var address = string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
        var said = string.IsNullOrWhiteSpace(description) ? null : description.Trim().ToLowerInvariant();
        if (address is null && said is null)
        {
            return [];
        }

        var candidates = await db.Complaints.AsNoTracking()
            .Where(c => (address != null && c.Email != null && c.Email.ToLower() == address) || (said != null && c.Description.ToLower() == said))
            .OrderByDescending(c => c.Reference)
            .Select(c => new { c.Reference, c.Email, c.Description, c.RegisteredAt })
            .Take(MaxHints * 4)
            .ToListAsync(cancellationToken);
        var open = (await standings.OfAsync([.. candidates.Select(c => c.Reference)], cancellationToken)).Where(s => s.IsOpen).Select(s => s.Reference).ToHashSet();
        var since = clock.GetUtcNow().AddDays(-SameDescriptionDays);
        var hints = new List<DuplicateHint>();
        foreach (var complaint in candidates)
        {
            if (address is not null && string.Equals(complaint.Email, address, StringComparison.OrdinalIgnoreCase) && open.Contains(complaint.Reference))
            {
                hints.Add(new DuplicateHint(complaint.Reference, text["Register.Duplicate.SameAddress", complaint.Reference]));
            }
            else if (said is not null && complaint.RegisteredAt >= since && string.Equals(complaint.Description.Trim(), said, StringComparison.OrdinalIgnoreCase))
            {
                hints.Add(new DuplicateHint(complaint.Reference, text["Register.Duplicate.SameDescription", complaint.Reference, complaint.RegisteredAt.ToLocalDisplay()]));
            }
        }

        return [.. hints.Take(MaxHints)];
    }
}

internal sealed record DuplicateHint(string Reference, string Reason);
