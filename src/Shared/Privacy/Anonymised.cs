namespace Focus.Quality.Shared.Privacy;

/// <summary>What stands where personal data was, once the retention period has passed.</summary>
public static class Anonymised
{
    public const string Text = "(geanonimiseerd)";
}
