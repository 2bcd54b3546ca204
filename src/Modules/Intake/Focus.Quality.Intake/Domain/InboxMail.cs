namespace Focus.Quality.Intake.Domain;

/// <summary>
/// One message read from a complaints mailbox, kept whole as .eml. Its Message-ID is unique, so a message read again
/// (after a crash before the server-side move, or by a second instance) never becomes a second item.
/// </summary>
internal sealed class InboxMail
{
    public Guid Id { get; init; }

    /// <summary>The Message-ID header, or for a message without one a hash of its bytes (the same on every read).</summary>
    public required string MessageId { get; init; }

    /// <summary>The configured name of the mailbox it came from.</summary>
    public required string Mailbox { get; init; }

    public long UidValidity { get; init; }

    public long Uid { get; init; }

    /// <summary>When the mail server received it: the start of the complaint's term, not when it was read.</summary>
    public DateTimeOffset ArrivedAt { get; init; }

    public DateTimeOffset StoredAt { get; init; }

    public required string EmlDocumentKey { get; init; }

    public InboxMailKind Kind { get; init; }

    public string? FromAddress { get; set; }

    public string? FromName { get; set; }

    public string? Subject { get; set; }

    /// <summary>The body as plain text; an HTML body is sanitised to text and never rendered.</summary>
    public string? Text { get; set; }

    public string? InReplyTo { get; init; }

    /// <summary>The References header's message ids, space separated.</summary>
    public string? References { get; init; }

    /// <summary>Why the message was not parsed, or which attachments were refused (they stay in the .eml).</summary>
    public string? Note { get; set; }

    public List<InboxMailAttachment> Attachments { get; init; } = [];

    /// <summary>Where triage took it; <see cref="InboxMailStatus.Open"/> until a handler decides.</summary>
    public InboxMailStatus Status { get; set; }

    /// <summary>The case it became or was added to.</summary>
    public string? CaseReference { get; set; }

    /// <summary>Why a handler set it aside (spam, a question, wrong address).</summary>
    public string? SetAsideReason { get; set; }

    public string? HandledBy { get; set; }

    public DateTimeOffset? HandledAt { get; set; }

    /// <summary>After the retention period: who wrote what is gone (the .eml is deleted by the caller); the Message-ID stays, so the message is never taken in again.</summary>
    public void Anonymise()
    {
        FromAddress = null;
        FromName = null;
        Subject = null;
        Text = null;
        SetAsideReason = null;
        Note = Focus.Quality.Shared.Privacy.Anonymised.Text;
    }

    public void Decide(InboxMailStatus status, string by, DateTimeOffset now)
    {
        Status = status;
        HandledBy = by;
        HandledAt = now;
    }
}

internal enum InboxMailStatus
{
    Open,
    RegisteredAsComplaint,
    RecordedAsSignal,
    AddedToCase,
    SetAside,

    /// <summary>A handler took it for an objection to the case's letter; it waits for the director to register it.</summary>
    ForObjection,

    RegisteredAsObjection,
}

/// <summary>What the message is; only <see cref="Mail"/> can be a complaint.</summary>
internal enum InboxMailKind
{
    Mail,
    AutoReply,
    Bounce,
    OwnSender,
    Unparseable,
}

/// <summary>An attachment that passed the upload checks and is stored on its own, besides the .eml.</summary>
internal sealed class InboxMailAttachment
{
    public Guid Id { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public required string DocumentKey { get; init; }
}
