namespace Focus.Quality.Handling.Domain;

/// <summary>
/// One personal link to a case's status page, by the hash of its secret. Every e-mail to the complainant carries a
/// link of its own, so a case may have several; revoking or renewing ends them all at once.
/// </summary>
internal sealed class PortalLink
{
    public Guid Id { get; init; }

    public required string Reference { get; init; }

    public required string TokenHash { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
