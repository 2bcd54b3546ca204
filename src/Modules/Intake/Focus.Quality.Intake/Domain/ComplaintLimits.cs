namespace Focus.Quality.Intake.Domain;

/// <summary>Field lengths shared by the database columns and the validators, so a valid input always fits.</summary>
internal static class ComplaintLimits
{
    public const int Name = 200;
    public const int Email = 254;
    public const int Phone = 30;
    public const int Description = 8000;
    public const int StreetAndNumber = 100;

    /// <summary>"1234 AB": the validator takes only Dutch postcodes and the handler stores them in this form.</summary>
    public const int Postcode = 7;
    public const int City = 80;
}
