namespace Focus.Quality.Intake.RegisterComplaint;

/// <summary>The reference a submission got; <paramref name="IsNew"/> is false when an earlier submission with its idempotency key already stored it.</summary>
/// <param name="PortalToken">The secret of the complainant's status-page link, made for a new public-form complaint only; never stored here.</param>
internal sealed record Registration(string Reference, bool IsNew, string? PortalToken = null);
