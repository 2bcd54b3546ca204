namespace Focus.Quality.Intake.RegisterComplaint;

/// <summary>The reference a submission got; <paramref name="IsNew"/> is false when an earlier submission with its idempotency key already stored it.</summary>
internal sealed record Registration(string Reference, bool IsNew);
