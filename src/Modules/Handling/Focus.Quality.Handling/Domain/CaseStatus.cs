namespace Focus.Quality.Handling.Domain;

internal enum CaseStatus
{
    Registered,
    Acknowledged,
}
