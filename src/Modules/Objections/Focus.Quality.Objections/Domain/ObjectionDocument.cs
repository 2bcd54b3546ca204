namespace Focus.Quality.Objections.Domain;

internal enum ObjectionDocumentKind
{
    Original,

    /// <summary>A file the complainant attached to an objection made on the status page.</summary>
    ComplainantAttachment,
    InvitationLetter,
    SettlementLetter,
    DecisionLetter,

    /// <summary>The written report of the hearing, for the objection file; not sent.</summary>
    HearingReport,
}

/// <summary>A file of the objection; the bytes live in the document store under <see cref="DocumentKey"/>.</summary>
internal sealed record ObjectionDocument(
    Guid Id, ObjectionDocumentKind Kind, string FileName, string ContentType, long Size, string DocumentKey, DateTimeOffset CreatedAt, string CreatedBy);
