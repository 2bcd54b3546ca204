namespace Focus.Quality.Shared.Documents;

/// <summary>
/// The document store could not write (disk full, folder gone, no permission). Thrown before anything about the
/// document reaches a database, so the use case can refuse as a whole and the user can simply try again.
/// </summary>
public sealed class DocumentStoreUnavailableException(Exception cause) : Exception(UserMessage, cause)
{
    public const string UserMessage =
        "Het document kon niet worden opgeslagen: de documentopslag is vol of niet bereikbaar. Er is niets vastgelegd; " +
        "probeer het later opnieuw of meld het aan de beheerder.";
}
