namespace Focus.Quality.Handling.Portal;

/// <summary>The online objection form's text; its attachments come with the post as files named <see cref="AttachmentsField"/>.</summary>
internal sealed class ObjectOnlineForm
{
    public const string AttachmentsField = "Attachments";

    public string? Grounds { get; set; }
}
