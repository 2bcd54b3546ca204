namespace Focus.Quality.Intake.Contracts;

/// <summary>How a complaint or signal reached Focus.</summary>
public enum ComplaintChannel
{
    Phone,
    Email,
    WebForm,
    ContactPerson,
}

public enum ComplaintCategory
{
    WayOfWorking,
    Accessibility,
    Treatment,
    Other,
}

/// <summary>How the complainant prefers to be contacted.</summary>
public enum ContactPreference
{
    Email,
    Phone,
}
