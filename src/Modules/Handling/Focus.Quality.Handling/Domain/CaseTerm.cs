using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Privacy;

namespace Focus.Quality.Handling.Domain;

/// <summary>A term of a case; Focus's own terms can be extended once, keeping the date the rules gave.</summary>
internal sealed class CaseTerm : TrackedTerm
{
    /// <summary>The due date the rules gave, kept when the term is extended.</summary>
    public DateOnly? OriginalDueDate { get; private set; }

    public string? ExtensionReason { get; private set; }

    public static CaseTerm From(ComputedTerm term) => From<CaseTerm>(term);

    public bool CanBeExtended => IsOpen && Owner == TermOwner.Focus && OriginalDueDate is null;

    public void Extend(DateOnly newDueDate, DateOnly newWarnFrom, string reason)
    {
        if (!CanBeExtended || newDueDate <= DueDate)
        {
            throw new InvalidOperationException($"Term {Code} cannot be extended to {newDueDate}.");
        }

        OriginalDueDate = DueDate;
        DueDate = newDueDate;
        WarnFrom = newWarnFrom;
        ExtensionReason = reason;
    }

    /// <summary>The reason for an extension is free text and may name people; the dates stay.</summary>
    public void ForgetReason() => ExtensionReason = ExtensionReason is null ? null : Anonymised.Text;
}
