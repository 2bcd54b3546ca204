namespace Focus.Quality.Handling.Attachments;

internal sealed class AttachmentOptions
{
    public const string Section = "Handling:Attachments";

    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    public string[] AllowedExtensions { get; set; } = [".pdf", ".docx", ".jpg", ".jpeg", ".png", ".txt", ".eml"];
}
