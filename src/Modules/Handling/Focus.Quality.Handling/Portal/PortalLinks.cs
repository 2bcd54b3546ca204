using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Portal;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Handling.Portal;

/// <summary>Issues, checks and ends the complainant's personal links to a case's status page.</summary>
internal sealed class PortalLinks(HandlingDbContext db, IComplaintDirectory complaints, IOptions<PortalOptions> options, IServer server, TimeProvider clock)
{
    /// <summary>How long a link waits for its case, which reaches Handling through the outbox a moment after the receipt.</summary>
    private static readonly TimeSpan ArrivalWait = TimeSpan.FromSeconds(15);

    private static readonly TimelineKind[] Closings = [TimelineKind.Closed, TimelineKind.ObjectionConcluded];

    /// <summary>
    /// A new link for an e-mail, stored with the caller's change (it saves it); returns the address to send: the status
    /// page, or its sub-page <paramref name="page"/> (same secret, same rules).
    /// </summary>
    public string Issue(string reference, DateTimeOffset now, string? page = null)
    {
        var token = PortalTokens.New();
        db.PortalLinks.Add(new PortalLink { Id = Guid.CreateVersion7(), Reference = reference, TokenHash = token.Hash, IssuedAt = now });
        var path = PortalTokens.PathFor(reference, token.Token);
        return new Uri(BaseUri(), page is null ? path : path.Replace("?t=", $"/{page}?t=", StringComparison.Ordinal)).ToString();
    }

    /// <summary>Keeps the link the public form's receipt showed, whose hash Intake sent with the registration.</summary>
    public void Keep(string reference, string tokenHash, DateTimeOffset issuedAt) =>
        db.PortalLinks.Add(new PortalLink { Id = Guid.CreateVersion7(), Reference = reference, TokenHash = tokenHash, IssuedAt = issuedAt });

    /// <summary>Ends every link of the case (the caller saves).</summary>
    public async Task<int> RevokeAllAsync(string reference, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var links = await db.PortalLinks.Where(l => l.Reference == reference && l.RevokedAt == null).ToListAsync(cancellationToken);
        links.ForEach(l => l.Revoke(now));
        return links.Count;
    }

    /// <summary>
    /// Like <see cref="OpensAsync"/>, but for a complaint Intake registered whose case has not arrived yet, it waits for
    /// the case first: the receipt's link is clicked at once. Only then is a wrong secret refused, with the same answer.
    /// </summary>
    public async Task<bool> OpensOnArrivalAsync(string reference, string? token, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + ArrivalWait;
        while (true)
        {
            // Looked at before the link: the case and the receipt's link arrive in one transaction, so a case seen here has
            // its link seen below. Looked at after, a case arriving between the two looks refused a good link.
            var arrived = await db.Cases.AnyAsync(c => c.Reference == reference, cancellationToken);
            if (await OpensAsync(reference, token, cancellationToken))
            {
                return true;
            }

            if (arrived || clock.GetUtcNow() > deadline || await complaints.FindAsync(reference, cancellationToken) is null)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), clock, cancellationToken);
        }
    }

    /// <summary>
    /// Whether <paramref name="token"/> opens the status page of <paramref name="reference"/>: a link of that case, not
    /// revoked, on a case not anonymised and closed less than <see cref="PortalOptions.LinkValidMonths"/> ago.
    /// </summary>
    public async Task<bool> OpensAsync(string reference, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return false;
        }

        var hash = PortalTokens.HashOf(token);
        if (!await db.PortalLinks.AnyAsync(l => l.TokenHash == hash && l.Reference == reference && l.RevokedAt == null, cancellationToken))
        {
            return false;
        }

        var endings = await db.Cases.Where(c => c.Reference == reference).SelectMany(c => c.Timeline)
            .Where(e => Closings.Contains(e.Kind) || e.Kind == TimelineKind.Anonymised).Select(e => new { e.Kind, e.At }).ToListAsync(cancellationToken);
        if (endings.Any(e => e.Kind == TimelineKind.Anonymised))
        {
            return false;
        }

        var category = await db.Cases.Where(c => c.Reference == reference).Select(c => (WorkflowStateCategory?)c.StateCategory).SingleOrDefaultAsync(cancellationToken);
        return category switch
        {
            null => false,
            WorkflowStateCategory.Closed => endings.Where(e => Closings.Contains(e.Kind)).Select(e => e.At).DefaultIfEmpty(clock.GetUtcNow()).Max()
                .AddMonths(options.Value.LinkValidMonths) > clock.GetUtcNow(),
            _ => true,
        };
    }

    private Uri BaseUri()
    {
        var configured = options.Value.BaseUrl;
        var address = string.IsNullOrWhiteSpace(configured)
            ? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost"
            : configured;
        return new Uri(address.TrimEnd('/') + "/");
    }
}
