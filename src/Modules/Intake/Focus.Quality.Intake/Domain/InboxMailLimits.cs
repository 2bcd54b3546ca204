namespace Focus.Quality.Intake.Domain;

/// <summary>Column lengths of a mail item; longer header values are cut to fit rather than refused, the .eml keeps them whole.</summary>
internal static class InboxMailLimits
{
    public const int Header = 998;
    public const int References = 4000;
    public const int Note = 2000;
}
